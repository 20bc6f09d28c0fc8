import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@streamscape/api-graphql';
import { KpiBoardArgs, PerformanceLandscapeArgs } from './models/args';
import { KpiBoard } from './models/kpi.model';
import { PerformanceLandscape } from './models/landscape.model';
import { FactHorizon, MetricDefinition } from './models/metric.model';
import { PerformanceService } from './performance.service';

@Resolver()
export class PerformanceResolver {
  constructor(private readonly performance: PerformanceService) {}

  @Query(() => [MetricDefinition], {
    description: 'Every metric the engine computes: ids, units, directions, DORA bands',
  })
  @Roles(Role.VIEWER)
  metricDefinitions(): MetricDefinition[] {
    return this.performance.definitions();
  }

  @Query(() => PerformanceLandscape, {
    description:
      'The performance & observability view of a scope over a time window: heat-map nodes with metric values, flows and feedback loops, the domains compared, trends, and findings',
  })
  @Roles(Role.VIEWER)
  performanceLandscape(@Args() args: PerformanceLandscapeArgs): Promise<PerformanceLandscape> {
    return this.performance.landscape(args);
  }

  @Query(() => KpiBoard, {
    description:
      'The measurement system: every KPI evaluated against its target, grouped by performance parameter',
  })
  @Roles(Role.VIEWER)
  kpiBoard(@Args() args: KpiBoardArgs): Promise<KpiBoard> {
    return this.performance.kpiBoard(args);
  }

  @Query(() => FactHorizon, {
    nullable: true,
    description:
      'The days the flow facts cover (null without facts): cheap, for windows ending at the last facts',
  })
  @Roles(Role.VIEWER)
  factHorizon(): Promise<FactHorizon | null> {
    return this.performance.factHorizon();
  }
}
