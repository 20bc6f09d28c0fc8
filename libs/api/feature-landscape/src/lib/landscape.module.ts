import { Module } from '@nestjs/common';
import { LandscapeStatsResolver } from './landscape-stats.resolver';
import { LandscapeStatsService } from './landscape-stats.service';

/** Queries about the landscape as a whole. */
@Module({ providers: [LandscapeStatsService, LandscapeStatsResolver] })
export class LandscapeModule {}
