import type { ApolloServerPlugin } from '@apollo/server';
import { Injectable } from '@nestjs/common';
import { InjectMetric, makeCounterProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';

export const GRAPHQL_DURATION = 'streamscape_graphql_request_duration_seconds';
export const GRAPHQL_REQUESTS = 'streamscape_graphql_requests_total';

type Label = 'operation' | 'status';

/** distinct operation names kept as labels; clients choose names, so the series count needs a bound */
const MAX_OPERATIONS = 200;

export const graphqlMetricProviders = [
  makeHistogramProvider({
    name: GRAPHQL_DURATION,
    help: 'Duration of GraphQL requests, by operation name and outcome',
    labelNames: ['operation', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  }),
  makeCounterProvider({
    name: GRAPHQL_REQUESTS,
    help: 'GraphQL requests, by operation name and outcome',
    labelNames: ['operation', 'status'],
  }),
];

/**
 * Feeds the GraphQL metrics from an Apollo plugin. Labels hold only the operation name (or `anonymous`,
 * `unresolved`, `other`) and the outcome: `ok`, `error` (ran, with errors) or `rejected` (never ran:
 * parse, validation or limits).
 */
@Injectable()
export class GraphqlMetrics {
  private readonly operations = new Set<string>();

  constructor(
    @InjectMetric(GRAPHQL_DURATION) private readonly duration: Histogram<Label>,
    @InjectMetric(GRAPHQL_REQUESTS) private readonly requests: Counter<Label>,
  ) {}

  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const started = performance.now();
        let operation = 'unresolved';
        let executed = false;
        let failed = false;
        return {
          didResolveOperation: async ({ operationName }) => {
            operation = this.label(operationName);
          },
          executionDidStart: async () => {
            executed = true;
          },
          didEncounterErrors: async () => {
            failed = true;
          },
          willSendResponse: async () => {
            const labels = { operation, status: !failed ? 'ok' : executed ? 'error' : 'rejected' };
            this.requests.inc(labels);
            this.duration.observe(labels, (performance.now() - started) / 1000);
          },
        };
      },
    };
  }

  private label(name: string | null): string {
    if (!name) return 'anonymous';
    if (this.operations.size < MAX_OPERATIONS) this.operations.add(name);
    return this.operations.has(name) ? name : 'other';
  }
}
