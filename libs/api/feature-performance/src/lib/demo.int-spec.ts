import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dropPerformanceRollups,
  readFactHorizon,
  refreshPerformanceRollups,
  rows,
  type Graph,
} from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import type { GraphHost } from '@streamscape/graph-nest';
import { exportLandscape, importLandscape } from '@streamscape/landscape-io';
import { DAY_MS } from '@streamscape/metrics';
import { MetricBucket, MetricsSource, ScopeKind } from './models/enums';
import type { PerformanceFinding } from './models/landscape.model';
import { PerformanceService } from './performance.service';

const ROOT = join(__dirname, '../../../../..');

// The demo's flow phenomena (tools/demo/README.md, e and f) must be found by the performance rules.
describe('the demo landscape with three months of generated facts', () => {
  let graph: Graph;
  let service: PerformanceService;
  let scratch: string;
  let window: { from: Date; to: Date };

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetGraph(graph);
    scratch = await fs.mkdtemp(join(tmpdir(), 'streamscape-performance-'));
    const generated = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        '--tsconfig',
        join(ROOT, 'tsconfig.base.json'),
        join(ROOT, 'tools/demo/src/main.ts'),
        '--out',
        scratch,
        '--months',
        '3',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (generated.status !== 0) throw new Error(generated.stderr);
    const result = await importLandscape(graph, [
      join(ROOT, 'examples/demo/landscape'),
      join(scratch, 'facts'),
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    // the import refreshed the rollups: the views below read them
    if (!result.summary.rollups) throw new Error('the import did not refresh the rollups');
    service = new PerformanceService({
      read: (operation, work, options) => graph.read(operation, work, options),
    } as GraphHost);
    const horizon = (await graph.read('test: horizon', readFactHorizon))!;
    const to = new Date((horizon.lastDay + 1) * DAY_MS);
    window = { from: new Date(to.getTime() - 90 * DAY_MS), to };
    // generating, importing and rolling up three months of facts: minutes on a busy 2-core machine
  }, 600_000);

  afterAll(async () => {
    await resetGraph(graph);
    await graph.close();
    await fs.rm(scratch, { recursive: true, force: true });
  });

  const about = (findings: readonly PerformanceFinding[], rule: string, node: string) =>
    findings.filter((f) => f.rule === rule && f.nodeIds.includes(node));

  it('finds the queue in front of adas-l2-plus-system-integration, at the enterprise and in its domain', async () => {
    for (const scope of [{ kind: ScopeKind.ENTERPRISE }, { kind: ScopeKind.DOMAIN, id: 'adas' }]) {
      const view = await service.landscape({ scope, window, bucket: MetricBucket.WEEK, metrics: null });
      const [queue] = about(view.findings, 'queue-before-stage', 'stage:adas-l2-plus-system-integration');
      expect(queue).toMatchObject({
        severity: 'high',
        nodeIds: ['stage:adas-l2-plus-system-integration', 'integration-point:sensor-fusion-integration'],
      });
      // the only queue
      expect(view.findings.filter((f) => f.rule === 'queue-before-stage')).toHaveLength(1);
    }
  });

  it('finds defects escaping to ev-drive-vehicle-integration, from the stages and streams that made them', async () => {
    const view = await service.landscape({
      scope: { kind: ScopeKind.DOMAIN, id: 'powertrain' },
      window,
      bucket: MetricBucket.MONTH,
      metrics: null,
    });
    expect(view.source).toBe(MetricsSource.ROLLUPS);
    const escapes = about(view.findings, 'high-defect-escape', 'stage:ev-drive-vehicle-integration');
    // the gates that let them through are stages of ev-drive and its sub-streams
    expect(escapes.length).toBeGreaterThan(0);
    for (const f of escapes) expect(f.nodeIds[0]).toMatch(/^stage:ev-drive-/);
    const late = about(view.findings, 'late-integration', 'stage:ev-drive-vehicle-integration');
    expect(late.map((f) => f.nodeIds[0]).sort()).toEqual([
      'value-stream:ev-drive-inverter',
      'value-stream:ev-drive-motor',
    ]);
  });

  it('reads the enterprise from the rollups as from the facts', async () => {
    const args = { scope: { kind: ScopeKind.ENTERPRISE }, window, bucket: MetricBucket.WEEK, metrics: null };
    const fromRollups = await service.landscape(args);
    await dropPerformanceRollups(graph);
    const fromFacts = await service.landscape(args);
    await refreshPerformanceRollups(graph);
    expect([fromRollups.source, fromFacts.source]).toEqual([MetricsSource.ROLLUPS, MetricsSource.FACTS]);
    expect(round({ ...fromRollups, source: null })).toEqual(round({ ...fromFacts, source: null }));
  });

  it('evaluates every KPI of the demo', async () => {
    const board = await service.kpiBoard({ at: window.to, trendPoints: 4 });
    const kpis = board.groups.flatMap((g) => g.kpis);
    expect(new Set(kpis.map((k) => k.id)).size).toBe(18);
    expect(board.groups.map((g) => g.parameter)).toEqual([
      'time-to-market',
      'productivity',
      'quality',
      'engagement',
    ]);
    for (const k of kpis) {
      expect([k.id, k.current.value === null, k.problem]).toEqual([k.id, false, null]);
      expect(k.trend).toHaveLength(4);
    }
    expect(kpis.find((k) => k.id === 'sensor-fusion-wait-time')).toMatchObject({ status: 'off-track' });
  });

  it('builds the same rollups, bit for bit, from the same facts imported again', async () => {
    const rollups = () =>
      graph.read('test: rollups', (tx) =>
        rows<{ id: string; h: string }>(
          tx,
          'MATCH (r) WHERE r:MetricsStageWeek OR r:MetricsStreamWeek OR r:MetricsRouteWeek RETURN labels(r)[0] + r.id AS id, r.h AS h ORDER BY id',
        ),
      );
    const before = await rollups();
    const out = join(scratch, 'export');
    await exportLandscape(graph, out, { facts: true });
    await resetGraph(graph);
    const again = await importLandscape(graph, [out]);
    if (!again.ok) throw new Error(JSON.stringify(again.problems.slice(0, 5)));
    expect(again.summary.rollups).not.toBeNull();
    expect(await rollups()).toEqual(before);
  }, 600_000);
});

/** Numbers to 9 significant digits: sums in a different order differ in the last bits. */
function round<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_, v) => (typeof v === 'number' ? Number(v.toPrecision(9)) : v)));
}
