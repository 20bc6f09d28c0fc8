import type { GraphQLRequestListener } from '@apollo/server';
import { Counter, Histogram, Registry } from 'prom-client';
import { GraphqlMetrics } from './graphql-metrics';

describe('GraphqlMetrics', () => {
  const registry = new Registry();
  const duration = new Histogram({
    name: 'd',
    help: 'd',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  });
  const requests = new Counter({
    name: 'r',
    help: 'r',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  });
  const metrics = new GraphqlMetrics(duration, requests);

  async function request(hooks: (listener: GraphQLRequestListener<object>) => Promise<void>): Promise<void> {
    const listener = (await metrics.plugin().requestDidStart!({} as never)) as GraphQLRequestListener<object>;
    await hooks(listener);
    await listener.willSendResponse!({} as never);
  }

  it('counts and times requests by operation name and outcome', async () => {
    await request(async (l) => {
      await l.didResolveOperation!({ operationName: 'Stats' } as never);
      await l.executionDidStart!({} as never);
    });
    await request(async (l) => {
      await l.didResolveOperation!({ operationName: null } as never);
      await l.executionDidStart!({} as never);
      await l.didEncounterErrors!({} as never);
    });
    await request(async (l) => {
      await l.didEncounterErrors!({} as never);
    });
    const counts = (await requests.get()).values.map((v) => [
      v.labels['operation'],
      v.labels['status'],
      v.value,
    ]);
    expect(counts).toEqual([
      ['Stats', 'ok', 1],
      ['anonymous', 'error', 1],
      ['unresolved', 'rejected', 1],
    ]);
    const observed = (await duration.get()).values.filter(
      (v) => v.metricName === 'd_count' && v.labels['operation'] === 'Stats',
    );
    expect(observed).toEqual([expect.objectContaining({ value: 1 })]);
  });
});
