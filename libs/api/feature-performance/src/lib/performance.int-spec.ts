import { join } from 'node:path';
import { ApiError, ApiErrorCode } from '@streamscape/api-graphql';
import {
  dropPerformanceRollups,
  graphStats,
  readCellsFromFacts,
  readRollupState,
  refreshPerformanceRollups,
  rows,
  toJs,
  type Graph,
} from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import type { GraphHost } from '@streamscape/graph-nest';
import { importLandscape } from '@streamscape/landscape-io';
import { FAMILIES, weekOf, type FamilyName } from '@streamscape/metrics';
import { MetricBucket, MetricsSource, ScopeKind } from './models/enums';
import type { PerformanceLandscape } from './models/landscape.model';
import { PerformanceService } from './performance.service';

const LINE = join(__dirname, '..', 'fixtures', 'line');
const W = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-09T00:00:00Z') };

let graph: Graph;
let service: PerformanceService;

const value = (view: PerformanceLandscape, metric: string) => view.metrics.find((m) => m.metric === metric)!;
const landscape = (kind: ScopeKind, id?: string, bucket = MetricBucket.WEEK, window = W) =>
  service.landscape({ scope: { kind, id }, window, bucket, metrics: null });

beforeAll(async () => {
  graph = await connectTestGraph();
  service = new PerformanceService({
    read: (operation, work, options) => graph.read(operation, work, options),
  } as GraphHost);
});

afterAll(async () => {
  await resetGraph(graph);
  await graph.close();
});

describe('the line fixture on a real Neo4j', () => {
  beforeAll(async () => {
    await resetGraph(graph);
    const result = await importLandscape(graph, [LINE]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
  });

  it('computes every metric from the facts as the hand computation says (docs/metrics.md)', async () => {
    await dropPerformanceRollups(graph);
    const view = await landscape(ScopeKind.ENTERPRISE);
    expect(view.source).toBe(MetricsSource.FACTS);
    expect(view.window).toEqual({ from: W.from, to: W.to, days: 7 });
    expect(value(view, 'deployment-frequency')).toMatchObject({ value: 3, band: 'high' });
    expect(value(view, 'lead-time-for-changes').value).toBeCloseTo(56 / 3 / 24, 10);
    expect(value(view, 'change-failure-rate')).toMatchObject({ value: 2 / 3, band: 'low' });
    expect(value(view, 'time-to-restore')).toMatchObject({ value: 3, sampleSize: 1 });
    expect(value(view, 'flow-velocity').value).toBe(5);
    expect(value(view, 'flow-time').value).toBeCloseTo(222 / 5 / 24, 10);
    expect(value(view, 'flow-load').value).toBeCloseTo(306 / 168, 10);
    expect(value(view, 'flow-efficiency').value).toBeCloseTo(41 / 222, 10);
    expect(value(view, 'flow-distribution').value).toBeCloseTo(0.2, 10);
    expect(value(view, 'defect-escape-rate')).toMatchObject({ value: 1, sampleSize: 2 });
    expect(value(view, 'defect-resolution-time').value).toBeCloseTo(3, 10);
    expect(value(view, 'defect-resolution-time').breakdown?.map((b) => [b.key, b.value])).toEqual([
      ['backlog', 0.25],
      ['stage:sub-comp', 1],
      ['stage:sub-int', 0.75],
      ['stage:line-sys', 1],
    ]);
    expect(value(view, 'defect-inflow').value).toBe(4);
    expect(value(view, 'defect-outflow').value).toBe(3);
    expect(value(view, 'defect-backlog').value).toBeCloseTo(220 / 168, 10);
    expect(value(view, 'duplicate-ratio').value).toBeCloseTo(1 / 3, 10);
    expect(value(view, 'non-defect-ratio').value).toBeCloseTo(1 / 3, 10);
    expect(value(view, 'feedback-cycle-time').value).toBeCloseTo(30 / 24, 10);
    expect(value(view, 'wait-time')).toMatchObject({ value: 169 / 10 / 24, sampleSize: 10 });
    expect(value(view, 'engagement')).toMatchObject({ value: 4.25, sampleSize: 2 });
  });

  it('measures a stage and its integration point by passages, and escape past the stage', async () => {
    const view = await landscape(ScopeKind.INTEGRATION_POINT, 'ip1');
    expect(view.scope).toEqual({
      kind: 'integration-point',
      id: 'ip1',
      name: 'Line integration',
      nodeId: 'integration-point:ip1',
    });
    expect(value(view, 'flow-velocity').value).toBe(2);
    expect(value(view, 'wait-time').value).toBeCloseTo(22 / 24, 10);
    expect(value(view, 'defect-escape-rate')).toMatchObject({ value: 0.5, sampleSize: 2 });
    expect(value(view, 'change-failure-rate').value).toBe(0.5);
    expect(view.nodes.map((n) => n.id)).toEqual(['stage:line-sys', 'integration-point:ip1']);
  });

  it('reads the same view from the rollups as from the facts, for every scope kind and bucket', async () => {
    await dropPerformanceRollups(graph);
    const cases: [ScopeKind, string | undefined, MetricBucket, { from: Date; to: Date }][] = [
      [ScopeKind.ENTERPRISE, undefined, MetricBucket.DAY, W],
      [
        ScopeKind.DOMAIN,
        'd1',
        MetricBucket.WEEK,
        { from: new Date('2026-02-25T13:00:00+02:00'), to: new Date('2026-04-20') },
      ],
      [
        ScopeKind.VALUE_STREAM,
        'line',
        MetricBucket.MONTH,
        { from: new Date('2026-01-01'), to: new Date('2026-06-01') },
      ],
      [ScopeKind.STAGE, 'sub-comp', MetricBucket.WEEK, W],
      [ScopeKind.TEAM, 't2', MetricBucket.WEEK, W],
      [ScopeKind.ORG_UNIT, 'ou1', MetricBucket.WEEK, W],
    ];
    const fromFacts = await Promise.all(cases.map(([k, id, b, w]) => landscape(k, id, b, w)));
    const report = await refreshPerformanceRollups(graph);
    expect(report.written.stage).toBeGreaterThan(0);
    const fromRollups = await Promise.all(cases.map(([k, id, b, w]) => landscape(k, id, b, w)));
    fromRollups.forEach((view, i) => {
      expect(view.source).toBe(MetricsSource.ROLLUPS);
      expect(round({ ...view, source: null })).toEqual(round({ ...fromFacts[i], source: null }));
    });
  });

  it('keeps rollups equal to a full recomputation from the facts, week by week', async () => {
    await refreshPerformanceRollups(graph);
    const state = (await graph.read('test: state', readRollupState))!;
    for (const family of ['stage', 'stream', 'route'] as FamilyName[]) {
      const range = { firstDay: state.firstWeek, endDay: state.lastWeek + 7 };
      const facts = await graph.read('test: facts', (tx) => readCellsFromFacts(tx, family, null, range));
      const width = FAMILIES[family].fields.length;
      const stored = await graph.read('test: rollups', (tx) =>
        rows<{ key: string; week: unknown; c: number[] }>(
          tx,
          `MATCH (r:${{ stage: 'MetricsStageWeek', stream: 'MetricsStreamWeek', route: 'MetricsRouteWeek' }[family]}) WHERE r.key <> '*' RETURN r.key AS key, r.week AS week, r.c AS c`,
        ),
      );
      const expected = new Map<string, number[]>();
      for (const [key, days] of facts) {
        for (const [day, cells] of days) {
          const id = `${key}|${weekOf(day)}`;
          const sum = expected.get(id) ?? new Array<number>(FAMILIES[family].fields.length).fill(0);
          cells.forEach((v, i) => (sum[i] += v));
          expected.set(id, sum);
        }
      }
      // a week's totals are its last cumulative day; dense families also keep weeks without cells
      const totals = stored
        .map((r) => [`${r.key}|${toJs(r.week)}`, round(r.c.slice(6 * width))] as const)
        .filter(([, t]) => t.some((v) => v !== 0));
      expect(new Map(totals)).toEqual(new Map([...expected].map(([id, t]) => [id, round(t)])));
    }
  });

  it('updates only what changed, and nothing on a second run', async () => {
    await refreshPerformanceRollups(graph);
    expect((await refreshPerformanceRollups(graph)).written).toEqual({ stage: 0, stream: 0, route: 0 });
    // r1 is reopened once more in the next week: a new passage and a later doneAt
    await graph.write('test: change a fact', (tx) =>
      tx.run(`MATCH (w:WorkItem {id: 'r1'}), (s:Stage {id: 'line-veh'})
              SET w.doneAt = datetime('2026-03-10T00:00:00Z')
              CREATE (w)-[:PASSED {enteredAt: datetime('2026-03-09T00:00:00Z'), leftAt: datetime('2026-03-10T00:00:00Z'), activeHours: 5.0}]->(s)`),
    );
    const report = await refreshPerformanceRollups(graph);
    expect(report.written.stage).toBeGreaterThan(0);
    expect(report.written.stage + report.written.stream).toBeLessThan(
      report.unchanged.stage + report.unchanged.stream,
    );
    const view = await landscape(ScopeKind.STAGE, 'line-veh', MetricBucket.WEEK, {
      from: new Date('2026-03-09T00:00:00Z'),
      to: new Date('2026-03-16T00:00:00Z'),
    });
    expect(value(view, 'flow-velocity').value).toBe(1);
    expect(view.source).toBe(MetricsSource.ROLLUPS);
  });

  it('evaluates the KPIs, grouped by performance parameter', async () => {
    await resetGraph(graph);
    const result = await importLandscape(graph, [LINE]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const board = await service.kpiBoard({ at: W.to, trendPoints: 2 });
    expect(board.at).toEqual(W.to);
    const groups = Object.fromEntries(
      board.groups.map((g) => [g.parameter, g.kpis.map((k) => [k.id, k.status])]),
    );
    expect(groups).toEqual({
      'time-to-market': [['line-lead-time', 'on-track']],
      productivity: [['velocity', 'on-track']],
      quality: [['line-sys-escape', 'off-track']],
      engagement: [['unit-engagement', 'on-track']],
    });
    const kpi = (id: string) => board.groups.flatMap((g) => g.kpis).find((k) => k.id === id)!;
    expect(kpi('line-lead-time').current.value).toBeCloseTo(56 / 3 / 24, 10);
    expect(kpi('line-lead-time').keyResults.map((r) => [r.id, r.status])).toEqual([
      ['lead-time-a-day', 'achieved'],
    ]);
    expect(kpi('line-sys-escape')).toMatchObject({ windowDays: 7, current: { value: 0.5 } });
    expect(kpi('line-sys-escape').keyResults.map((r) => r.status)).toEqual(['missed']);
    expect(kpi('velocity').trend.map((p) => [p.at.toISOString().slice(0, 10), p.value])).toEqual([
      ['2026-03-02', 0],
      ['2026-03-09', 5],
    ]);
    expect(kpi('velocity').trendDirection).toBe('improving');
    expect(kpi('unit-engagement').current).toMatchObject({ value: 4.25, sampleSize: 2 });
    expect(board.objectives.map((o) => [o.id, o.parameter, o.keyResults.map((r) => r.id)])).toEqual([
      ['better', 'quality', ['escape-below-40']],
      ['faster', 'time-to-market', ['lead-time-a-day']],
    ]);
  });

  it('answers an unknown scope with NOT_FOUND and an inverted window with BAD_USER_INPUT', async () => {
    await expect(landscape(ScopeKind.DOMAIN, 'nope')).rejects.toMatchObject({ code: ApiErrorCode.NOT_FOUND });
    await expect(landscape(ScopeKind.DOMAIN)).rejects.toMatchObject({ code: ApiErrorCode.BAD_USER_INPUT });
    await expect(
      landscape(ScopeKind.ENTERPRISE, undefined, MetricBucket.WEEK, { from: W.to, to: W.from }),
    ).rejects.toBeInstanceOf(ApiError);
    await expect(
      landscape(ScopeKind.ENTERPRISE, undefined, MetricBucket.DAY, {
        from: new Date('2025-01-01'),
        to: new Date('2026-03-01'),
      }),
    ).rejects.toMatchObject({ code: ApiErrorCode.BAD_USER_INPUT });
  });
});

describe('without facts', () => {
  it('removes every rollup and answers with empty values', async () => {
    await resetGraph(graph);
    const result = await importLandscape(graph, [join(LINE, 'landscape.yaml')]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const report = await refreshPerformanceRollups(graph);
    expect(report).toMatchObject({ firstDay: null, weeks: 0 });
    const { nodes } = await graph.read('test: stats', graphStats);
    expect(Object.keys(nodes).filter((l) => l.startsWith('Metrics'))).toEqual([]);
    const view = await landscape(ScopeKind.ENTERPRISE);
    expect(value(view, 'flow-velocity').value).toBe(0);
    expect(value(view, 'flow-time').value).toBeNull();
  });
});

/** Numbers to 9 significant digits: sums in a different order differ in the last bits. */
function round<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_, v) => (typeof v === 'number' ? Number(v.toPrecision(9)) : v)));
}
