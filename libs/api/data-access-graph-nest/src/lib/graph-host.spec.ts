import { Logger } from '@nestjs/common';
import { GraphError, GraphErrorCode } from '@streamscape/graph';
import { GraphHost } from './graph-host';

const config = {
  uri: 'bolt://127.0.0.1:1',
  user: 'neo4j',
  password: 'x',
  database: 'neo4j',
  readTimeoutMs: 1000,
};

async function rejection(promise: Promise<unknown>): Promise<GraphError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GraphError)) throw new Error(`expected a GraphError, got ${String(error)}`);
  return error;
}

describe('GraphHost', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('answers UNAVAILABLE before it is connected', async () => {
    const host = new GraphHost({ config, connect: false });
    await host.onModuleInit();
    expect(host.ready).toBe(false);
    expect((await rejection(host.read('x', async () => 1))).code).toBe(GraphErrorCode.UNAVAILABLE);
    expect((await rejection(host.ping())).code).toBe(GraphErrorCode.UNAVAILABLE);
  });

  it('starts without Neo4j, says so, and keeps retrying until shut down', async () => {
    const host = new GraphHost({ config, retry: { initialDelayMs: 20, maxDelayMs: 40 } });
    await host.onModuleInit();
    expect(host.ready).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const warnings = jest.mocked(Logger.prototype.warn).mock.calls.map(([message]) => String(message));
    expect(warnings[0]).toMatch(
      /^Neo4j at bolt:\/\/127\.0\.0\.1:1 is not ready yet \(attempt 1, GRAPH_UNAVAILABLE: .*\); retrying in 0\.02 s$/,
    );
    expect(warnings.length).toBeGreaterThanOrEqual(3);
    await host.onApplicationShutdown();
    const attempts = warnings.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(jest.mocked(Logger.prototype.warn).mock.calls.length).toBe(attempts);
  });
});
