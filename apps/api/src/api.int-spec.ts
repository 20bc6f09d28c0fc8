import type { Graph } from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import { createServer } from 'node:net';
import { startTestApp, testEnv, type TestApp } from './testing/test-app';

const graphql = (api: TestApp, query: string, operationName?: string) =>
  api.request(query, {}, { operationName });

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const STATS = 'query LandscapeStats { landscapeStats { nodes { name count } relationships { name count } } }';

describe('the API on a real Neo4j', () => {
  let graph: Graph;
  let api: TestApp;

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetGraph(graph);
    await graph.write('test: seed', (tx) =>
      tx.run(
        'CREATE (o:OrgUnit {id: $org, name: $org}) WITH o UNWIND $teams AS id CREATE (:Team {id: id, name: id})-[:MEMBER_OF]->(o)',
        {
          org: 'engineering',
          teams: ['platform', 'checkout', 'search'],
        },
      ),
    );
    api = await startTestApp(testEnv());
  });

  afterAll(async () => {
    await api?.close();
    await resetGraph(graph);
    await graph?.close();
  });

  it('answers landscapeStats from the graph', async () => {
    const answer = await graphql(api, STATS, 'LandscapeStats');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: {
        landscapeStats: {
          nodes: [
            { name: 'OrgUnit', count: 1 },
            { name: 'Team', count: 3 },
          ],
          relationships: [{ name: 'MEMBER_OF', count: 3 }],
        },
      },
    });
  });

  it('is ready and live', async () => {
    const ready = await fetch(`${api.url}/health`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', details: { neo4j: { status: 'up' } } });
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
  });

  it('counts and times GraphQL requests in /metrics, by operation name only', async () => {
    await graphql(api, STATS, 'LandscapeStats');
    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const metrics = await response.text();
    expect(metrics).toMatch(
      /^streamscape_graphql_request_duration_seconds_bucket\{le="0\.05",operation="LandscapeStats",status="ok"\} \d+$/m,
    );
    expect(metrics).toMatch(
      /^streamscape_graphql_requests_total\{operation="LandscapeStats",status="ok"\} [1-9]\d*$/m,
    );
    expect(metrics).toMatch(/^process_cpu_user_seconds_total /m);
    expect(metrics).not.toMatch(/MEMBER_OF|OrgUnit|engineering|platform|checkout/);
  });

  it('answers an unknown field with a validation error and no stack trace', async () => {
    const answer = await graphql(api, '{ landscapeStats { nodes { name } } secrets }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message: 'Cannot query field "secrets" on type "Query".',
        locations: [{ line: 1, column: 37 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    expect(answer.text).not.toMatch(/stacktrace|\bat .*\.(js|ts):\d+/);
  });

  it('offers no sandbox outside development', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });

  describe('with a complexity limit of 50, in development', () => {
    let limited: TestApp;

    beforeAll(async () => {
      limited = await startTestApp(testEnv({ NODE_ENV: 'development', GRAPHQL_MAX_COMPLEXITY: '50' }));
    });

    afterAll(async () => {
      await limited?.close();
    });

    it('rejects an over-complex query, stating its complexity and the limit', async () => {
      const aliases = Array.from({ length: 60 }, (_, i) => `n${i}: count`).join(' ');
      const answer = await graphql(limited, `{ landscapeStats { nodes { ${aliases} } } }`);
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([
        {
          message: 'Query complexity 62 exceeds the limit of 50: ask for fewer fields or smaller pages',
          extensions: { code: 'BAD_USER_INPUT', complexity: 62, maxComplexity: 50 },
        },
      ]);
    });

    it('serves the Apollo sandbox', async () => {
      const page = await fetch(`${limited.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('embeddable-sandbox');
    });
  });

  describe('with a depth limit of 2', () => {
    let shallow: TestApp;

    beforeAll(async () => {
      shallow = await startTestApp(testEnv({ GRAPHQL_MAX_DEPTH: '2' }));
    });

    afterAll(async () => {
      await shallow?.close();
    });

    it('rejects a query deeper than the limit, stating its depth and the limit', async () => {
      const answer = await graphql(shallow, '{ landscapeStats { nodes { name } } }');
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([
        {
          message: 'Query depth 3 exceeds the limit of 2',
          extensions: { code: 'BAD_USER_INPUT', depth: 3, maxDepth: 2 },
        },
      ]);
    });

    it('lets tools introspect the schema (introspection does not count towards depth)', async () => {
      const answer = await graphql(
        shallow,
        '{ __schema { queryType { fields { name type { ofType { name } } } } } }',
      );
      expect(answer.body.errors).toBeUndefined();
    });
  });

  describe('when Neo4j cannot be reached', () => {
    let offline: TestApp;

    beforeAll(async () => {
      offline = await startTestApp(testEnv({ NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}` }));
    });

    afterAll(async () => {
      await offline?.close();
    });

    it('still starts; readiness says 503, liveness 200', async () => {
      const ready = await fetch(`${offline.url}/health`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({
        status: 'error',
        details: { neo4j: { status: 'down', message: 'not connected yet' } },
      });
      expect((await fetch(`${offline.url}/health/live`)).status).toBe(200);
    });

    it('answers a query with UNAVAILABLE and keeps serving', async () => {
      for (let i = 0; i < 2; i++) {
        const answer = await graphql(offline, STATS);
        expect(answer.body).toEqual({
          data: null,
          errors: [
            {
              message: 'The graph database is not reachable now; try again shortly',
              locations: [{ line: 1, column: 24 }],
              path: ['landscapeStats'],
              extensions: { code: 'UNAVAILABLE' },
            },
          ],
        });
        expect(answer.text).not.toMatch(/127\.0\.0\.1|bolt:|stacktrace/);
      }
    });
  });
});
