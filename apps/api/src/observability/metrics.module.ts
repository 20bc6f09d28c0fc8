import { Controller, Get, Module, Res } from '@nestjs/common';
import { PrometheusController, PrometheusModule } from '@willsoto/nestjs-prometheus';
import { Public } from '@streamscape/api-graphql';
import { GraphqlMetrics, graphqlMetricProviders } from './graphql-metrics';

/** /metrics, open like /health: it holds only counts and latencies, labelled by operation name. */
@Public()
@Controller()
export class MetricsController extends PrometheusController {
  @Get()
  override index(@Res({ passthrough: true }) response: unknown) {
    return super.index(response);
  }
}

@Module({
  // registered once per process: the default process metrics live in prom-client's global registry
  imports: [
    PrometheusModule.register({
      path: '/metrics',
      controller: MetricsController,
      defaultMetrics: { enabled: true },
    }),
  ],
  providers: [...graphqlMetricProviders, GraphqlMetrics],
  exports: [GraphqlMetrics],
})
export class MetricsModule {}
