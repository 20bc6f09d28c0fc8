import { Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@streamscape/api-graphql';
import { LandscapeStats } from './landscape-stats.model';
import { LandscapeStatsService } from './landscape-stats.service';

@Resolver(() => LandscapeStats)
export class LandscapeStatsResolver {
  constructor(private readonly stats: LandscapeStatsService) {}

  @Query(() => LandscapeStats, { description: 'Node counts per label and relationship counts per type' })
  @Roles(Role.VIEWER)
  landscapeStats(): Promise<LandscapeStats> {
    return this.stats.stats();
  }
}
