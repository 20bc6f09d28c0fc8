import { Module } from '@nestjs/common';
import { LandscapeStatsResolver } from './landscape-stats.resolver';
import { LandscapeStatsService } from './landscape-stats.service';
import { LandscapeWorkbookController } from './landscape-workbook.controller';
import { LandscapeWorkbookService } from './landscape-workbook.service';

/** Queries about the landscape as a whole, and the landscape as a workbook. */
@Module({
  controllers: [LandscapeWorkbookController],
  providers: [LandscapeStatsService, LandscapeStatsResolver, LandscapeWorkbookService],
})
export class LandscapeModule {}
