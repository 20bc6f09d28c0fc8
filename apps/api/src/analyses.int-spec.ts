import type { Graph } from '@streamscape/graph';
import { join } from 'node:path';
import { releaseTestGraph, startTestApp, testEnv, testGraphWith, type TestApp } from './testing/test-app';

const ROOT = join(__dirname, '../../..');
const LANDSCAPE = [
  join(ROOT, 'libs/api/feature-landscape-io/src/fixtures/mini'),
  join(ROOT, 'libs/api/feature-analyses/src/fixtures/dependencies'),
];

const IMPACT = `query Impact($id: ID!, $depth: Int!) {
  componentImpact(componentId: $id, maxDepth: $depth) {
    root { id depth }
    nodes { id kind depth via }
    streams { id }
    domains { id }
    teams { id }
    truncated
  }
}`;

const CYPHER = `query Cypher($query: String!, $params: JSON) {
  cypher(query: $query, params: $params) { columns rows truncated elapsedMs }
}`;

describe('the analyses over HTTP', () => {
  let graph: Graph;
  let api: TestApp;
  const graphql = (query: string, variables?: Record<string, unknown>) => api.request(query, variables);

  beforeAll(async () => {
    graph = await testGraphWith(LANDSCAPE);
    api = await startTestApp(testEnv({ CYPHER_CONSOLE_MAX_ROWS: '5', CYPHER_CONSOLE_TIMEOUT_MS: '1000' }));
  });

  afterAll(async () => {
    await api?.close();
    await releaseTestGraph(graph);
  });

  it('answers componentImpact with the exact dependents, streams, domains and teams', async () => {
    const answer = await graphql(IMPACT, { id: 'brake-ecu', depth: 10 });
    expect(answer.body).toEqual({
      data: {
        componentImpact: {
          root: { id: 'brake-ecu', depth: 0 },
          nodes: [
            { id: 'abs-sw', kind: 'Component', depth: 1, via: 'brake-ecu' },
            { id: 'esc-sw', kind: 'Component', depth: 1, via: 'brake-ecu' },
            { id: 'dashboard', kind: 'Component', depth: 2, via: 'esc-sw' },
          ],
          streams: [{ id: 'brakes' }, { id: 'abs' }, { id: 'cockpit' }],
          domains: [{ id: 'chassis' }, { id: 'infotainment' }],
          teams: [{ id: 'gamma' }, { id: 'delta' }],
          truncated: false,
        },
      },
    });
  });

  it('answers NOT_FOUND and BAD_USER_INPUT in the API error shape', async () => {
    const unknown = await graphql(IMPACT, { id: 'nope', depth: 3 });
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ message: 'No component "nope"', extensions: { code: 'NOT_FOUND' } }),
    ]);
    const tooDeep = await graphql(IMPACT, { id: 'brake-ecu', depth: 51 });
    expect(tooDeep.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'maxDepth', message: 'maxDepth must not be greater than 50' }],
    });
  });

  it('answers the other analyses', async () => {
    const answer = await graphql(`
      {
        dependencyPath(fromId: "dashboard", toId: "can-stack") {
          length
          components {
            id
          }
        }
        dependencyCycles {
          cycles {
            componentIds
          }
          truncated
        }
        centralComponents(limit: 1) {
          id
          rank
          weightedDegree
        }
      }
    `);
    expect(answer.body).toEqual({
      data: {
        dependencyPath: {
          length: 4,
          components: [
            { id: 'dashboard' },
            { id: 'esc-sw' },
            { id: 'brake-ecu' },
            { id: 'inverter-sw' },
            { id: 'can-stack' },
          ],
        },
        dependencyCycles: {
          cycles: [{ componentIds: ['logger', 'telemetry'] }, { componentIds: ['hmi', 'nav', 'maps'] }],
          truncated: false,
        },
        centralComponents: [{ id: 'inverter-sw', rank: 1, weightedDegree: 5 }],
      },
    });
  });

  it('runs a read-only query with JSON parameters, up to the configured row limit', async () => {
    const answer = await graphql(CYPHER, {
      query: 'MATCH (c:Component) WHERE c.id IN $ids RETURN c.id AS id, c ORDER BY id',
      params: { ids: ['hmi', 'nav'] },
    });
    const result = answer.body.data?.['cypher'] as {
      columns: string[];
      rows: unknown[][];
      truncated: boolean;
    };
    expect(result.columns).toEqual(['id', 'c']);
    expect(result.rows.map((row) => row[0])).toEqual(['hmi', 'nav']);
    expect(result.rows[0][1]).toMatchObject({
      labels: ['Component'],
      properties: { id: 'hmi', name: 'HMI' },
    });
    expect(result.truncated).toBe(false);

    const many = await graphql(CYPHER, { query: 'UNWIND range(1, 100000000) AS n RETURN n' });
    expect(many.body.data?.['cypher']).toMatchObject({ rows: [[1], [2], [3], [4], [5]], truncated: true });
  });

  it('refuses a write with BAD_USER_INPUT, and a slow query at the time limit with UNAVAILABLE', async () => {
    const write = await graphql(CYPHER, { query: "MERGE (c:Component {id: 'intruder'}) RETURN c" });
    expect(write.body).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          path: ['cypher'],
          message:
            'The console only reads: this query writes to the graph (CREATE, MERGE, SET, REMOVE, DELETE or a writing procedure)',
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ],
    });
    const slow = await graphql(CYPHER, {
      query: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n',
    });
    expect(slow.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^The query hit the console's time limit of 1000 ms/),
        extensions: { code: 'UNAVAILABLE' },
      }),
    ]);
    expect(slow.text).not.toMatch(/stacktrace|Neo\.ClientError/);
  });
});
