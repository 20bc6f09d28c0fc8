import { Module } from '@nestjs/common';
import { LandscapeStatsResolver } from './landscape-stats.resolver';
import { LandscapeStatsService } from './landscape-stats.service';
import { LandscapeImportController } from './landscape-import.controller';
import { LandscapeImportService } from './landscape-import.service';
import { LandscapeWorkbookController } from './landscape-workbook.controller';
import { LandscapeWorkbookService } from './landscape-workbook.service';

/** Queries about the landscape as a whole; the landscape as a workbook, and imports through the API. */
@Module({
  controllers: [LandscapeWorkbookController, LandscapeImportController],
  providers: [
    LandscapeStatsService,
    LandscapeStatsResolver,
    LandscapeWorkbookService,
    LandscapeImportService,
  ],
})
export class LandscapeModule {}
