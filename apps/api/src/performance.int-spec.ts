import type { Graph } from '@streamscape/graph';
import { join } from 'node:path';
import { releaseTestGraph, startTestApp, testGraphWith, type TestApp } from './testing/test-app';

// The performance view through the real app over HTTP.
const LINE = join(__dirname, '../../../libs/api/feature-performance/src/fixtures/line');

const QUERY = `query Performance($scope: ScopeInput!, $window: WindowInput!) {
  performanceLandscape(scope: $scope, window: $window, bucket: DAY, metrics: ["flow-velocity", "change-failure-rate", "wait-time"]) {
    scope { kind id name nodeId }
    window { from to days }
    source
    metrics { metric value sampleSize band }
    nodes { id kind parent metrics { metric value } }
    trends { metric points { label value } }
    findings { rule severity nodeIds }
  }
}`;

describe('performanceLandscape and kpiBoard over HTTP', () => {
  let graph: Graph;
  let api: TestApp;

  const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
    const answer = await api.request(query, variables);
    expect(answer.status).toBe(200);
    return answer.body;
  };

  beforeAll(async () => {
    graph = await testGraphWith([LINE]);
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.close();
    await releaseTestGraph(graph);
  });

  it('answers the view of a scope with the metrics asked for', async () => {
    const answer = await graphql(QUERY, {
      scope: { kind: 'VALUE_STREAM', id: 'line' },
      window: { from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z' },
    });
    expect(answer.errors).toBeUndefined();
    const view = answer.data!['performanceLandscape'] as {
      scope: unknown;
      window: unknown;
      metrics: { metric: string; value: number | null; band: string | null }[];
      nodes: { id: string; parent: string | null; metrics: unknown[] }[];
      trends: { metric: string; points: { label: string; value: number }[] }[];
    };
    expect(view.scope).toEqual({
      kind: 'VALUE_STREAM',
      id: 'line',
      name: 'Line',
      nodeId: 'value-stream:line',
    });
    expect(view.window).toEqual({
      from: '2026-03-02T00:00:00.000Z',
      to: '2026-03-09T00:00:00.000Z',
      days: 7,
    });
    expect(view.metrics.map((m) => [m.metric, m.value, m.band])).toEqual([
      ['change-failure-rate', 2 / 3, 'LOW'],
      ['flow-velocity', 4, null],
      ['wait-time', 147 / 9 / 24, null],
    ]);
    expect(view.nodes.map((n) => [n.id, n.parent])).toEqual([
      ['value-stream:line', null],
      ['value-stream:sub', 'value-stream:line'],
      ['stage:line-sys', 'value-stream:line'],
      ['stage:line-veh', 'value-stream:line'],
      ['stage:sub-comp', 'value-stream:sub'],
      ['stage:sub-int', 'value-stream:sub'],
      ['integration-point:ip1', 'value-stream:line'],
    ]);
    expect(view.trends.find((t) => t.metric === 'flow-velocity')!.points.map((p) => p.value)).toEqual([
      0, 0, 1, 1, 1, 0, 1,
    ]);
  });

  it('evaluates the KPI board', async () => {
    const answer = await graphql(`
      {
        kpiBoard(at: "2026-03-09T00:00:00Z", trendPoints: 2) {
          at
          groups {
            parameter
            kpis {
              id
              status
              current {
                value
              }
              keyResults {
                id
                status
              }
            }
          }
        }
      }
    `);
    expect(answer.errors).toBeUndefined();
    const board = answer.data!['kpiBoard'] as {
      groups: { parameter: string; kpis: { id: string; status: string }[] }[];
    };
    expect(board.groups.map((g) => [g.parameter, g.kpis.map((k) => [k.id, k.status])])).toEqual([
      ['TIME_TO_MARKET', [['line-lead-time', 'ON_TRACK']]],
      ['PRODUCTIVITY', [['velocity', 'ON_TRACK']]],
      ['QUALITY', [['line-sys-escape', 'OFF_TRACK']]],
      ['ENGAGEMENT', [['unit-engagement', 'ON_TRACK']]],
    ]);
  });

  it('tells the days the facts cover, ending where the KPI board evaluates', async () => {
    const answer = await graphql('{ factHorizon { from to } kpiBoard(trendPoints: 1) { at } }');
    expect(answer.errors).toBeUndefined();
    const horizon = answer.data!['factHorizon'] as { from: string; to: string };
    expect(horizon.to).toBe((answer.data!['kpiBoard'] as { at: string }).at);
    expect(horizon.from < horizon.to).toBe(true);
    expect(horizon.from).toMatch(/T00:00:00\.000Z$/);
  });

  it('lists the metric definitions', async () => {
    const answer = await graphql('{ metricDefinitions { id unit direction parameter doraLimits } }');
    const definitions = answer.data!['metricDefinitions'] as { id: string; doraLimits: number[] | null }[];
    expect(definitions).toHaveLength(19);
    expect(definitions.find((d) => d.id === 'change-failure-rate')!.doraLimits).toEqual([0.05, 0.1, 0.15]);
  });

  it('answers an unknown scope with NOT_FOUND and a bad metric id with BAD_USER_INPUT', async () => {
    const window = { from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z' };
    const missing = await graphql(QUERY, { scope: { kind: 'DOMAIN', id: 'nope' }, window });
    expect(missing.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
    const bad = await graphql(
      `
        query ($w: WindowInput!) {
          performanceLandscape(scope: { kind: ENTERPRISE }, window: $w, metrics: ["happiness"]) {
            source
          }
        }
      `,
      { w: window },
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
