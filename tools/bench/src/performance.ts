// performanceLandscape speed: generates a landscape (tools/demo) at a scale, imports it into a throwaway Neo4j
// (or NEO4J_URI), and prints p50/p95 for the enterprise and one domain over 90 days, from the facts and from the
// rollups. Usage: npm run bench:performance -- [--scale 10] [--runs 20] [--raw-runs 3] [--domain powertrain] [--no-import]
// (--no-import with NEO4J_URI/NEO4J_PASSWORD measures a graph imported before)
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MetricBucket, PerformanceService, ScopeKind } from '@streamscape/api-performance';
import {
  dropPerformanceRollups,
  Graph,
  graphStats,
  migrate,
  readFactHorizon,
  refreshPerformanceRollups,
} from '@streamscape/graph';
import type { GraphHost } from '@streamscape/graph-nest';
import { importLandscape } from '@streamscape/landscape-io';
import { DAY_MS } from '@streamscape/metrics';
import { machine } from './machine';

const ROOT = resolve(__dirname, '../../..');

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] && !process.argv[at + 1].startsWith('--')
    ? process.argv[at + 1]
    : fallback;
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - t0) / 1e6, result];
}

async function main() {
  const scale = Number(arg('scale', '10')) || 10;
  const runs = Number(arg('runs', '20')) || 20;
  const rawRuns = Number(arg('raw-runs', '3')) || 3;
  const warmup = Number(arg('warmup', '3'));
  const domain = arg('domain', 'powertrain');
  const data = join(ROOT, '.data', `bench-scale-${scale}`);
  if (!existsSync(join(data, 'facts', 'work-items.csv'))) {
    const gen = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        '--tsconfig',
        join(ROOT, 'tsconfig.base.json'),
        join(ROOT, 'tools/demo/src/main.ts'),
        '--out',
        data,
        '--scale',
        String(scale),
      ],
      { stdio: 'inherit' },
    );
    if (gen.status !== 0) throw new Error('generation failed');
  }

  let stop = async () => undefined as void;
  let uri = process.env['NEO4J_URI'];
  let password = process.env['NEO4J_PASSWORD'];
  if (!uri) {
    // a real dynamic import (the launcher is an ES module; compiled CommonJS would turn import() into require)
    const { startNeo4j } = await (Function(
      'p',
      'return import(p)',
    )(join(ROOT, 'infra/neo4j/neo4j.mjs')) as Promise<typeof import('../../../infra/neo4j/neo4j.mjs')>);
    const dir = mkdtempSync(join(tmpdir(), 'streamscape-bench-'));
    const neo4j = await startNeo4j({
      port: 0,
      dataDir: join(dir, 'neo4j'),
      password: 'streamscape-bench',
      heap: process.env['NEO4J_HEAP'] ?? '2g',
      pageCache: process.env['NEO4J_PAGECACHE'] ?? '2g',
      quiet: true,
    });
    ({ uri, password } = neo4j);
    stop = async () => {
      await neo4j.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const graph = await Graph.connect({
    uri: uri!,
    user: 'neo4j',
    password: password!,
    database: 'neo4j',
    readTimeoutMs: 600_000,
  });
  const lines: string[] = [`performance benchmark, scale ${scale}`, `machine: ${machine()}`];
  try {
    await migrate(graph);
    if (!process.argv.includes('--no-import')) {
      const [ms, result] = await timed(() =>
        // the refresh is measured on its own below
        importLandscape(graph, [join(data, 'landscape'), join(data, 'facts')], { rollups: false }),
      );
      if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
      lines.push(`import: ${(ms / 1000).toFixed(1)} s`);
    }
    const { nodes } = await graph.read('bench: stats', graphStats);
    const { relationships } = await graph.read('bench: stats', graphStats);
    lines.push(
      `facts: ${nodes['WorkItem'] ?? 0} work items, ${relationships['PASSED'] ?? 0} passages, ${nodes['Deployment'] ?? 0} deployments, ${nodes['Incident'] ?? 0} incidents; ${nodes['Stage'] ?? 0} stages, ${nodes['ValueStream'] ?? 0} streams, ${nodes['Domain'] ?? 0} domains`,
    );

    const horizon = await graph.read('bench: horizon', readFactHorizon);
    if (!horizon) throw new Error('no facts');
    const to = new Date((horizon.lastDay + 1) * DAY_MS);
    const from = new Date(to.getTime() - 90 * DAY_MS);
    const host = { read: (op, work, options) => graph.read(op, work, options) } as GraphHost;
    const service = new PerformanceService(host);
    // a heat map colours by a few metrics at a time: the lighter request a client makes
    const heatMap = ['flow-time', 'wait-time', 'defect-escape-rate'];
    const cases = [
      { label: 'enterprise, 90 days', scope: { kind: ScopeKind.ENTERPRISE }, metrics: null },
      { label: 'enterprise, 90 days, 3 metrics', scope: { kind: ScopeKind.ENTERPRISE }, metrics: heatMap },
      { label: `domain ${domain}, 90 days`, scope: { kind: ScopeKind.DOMAIN, id: domain }, metrics: null },
    ];
    const measure = async (label: string, n: number, warm: number) => {
      for (const c of cases) {
        const call = () =>
          service.landscape({
            scope: c.scope,
            window: { from, to },
            bucket: MetricBucket.WEEK,
            metrics: c.metrics,
          });
        for (let i = 0; i < warm; i++) await call();
        const times: number[] = [];
        let nodeCount = 0;
        let findings = 0;
        for (let i = 0; i < n; i++) {
          const [ms, view] = await timed(call);
          times.push(ms);
          nodeCount = view.nodes.length;
          findings = view.findings.length;
        }
        times.sort((a, b) => a - b);
        lines.push(
          `${label.padEnd(8)} ${c.label.padEnd(32)} p50 ${percentile(times, 50).toFixed(0).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(0).padStart(6)} ms  (${n} runs, ${nodeCount} nodes, ${findings} findings)`,
        );
      }
    };

    await dropPerformanceRollups(graph);
    await measure('facts', rawRuns, 0);
    const [refreshMs, report] = await timed(() => refreshPerformanceRollups(graph));
    lines.push(
      `rollup refresh (first): ${(refreshMs / 1000).toFixed(1)} s, ${report.weeks} weeks, written ${JSON.stringify(report.written)}`,
    );
    const [againMs] = await timed(() => refreshPerformanceRollups(graph));
    lines.push(`rollup refresh (nothing changed): ${(againMs / 1000).toFixed(1)} s`);
    await measure('rollups', runs, warmup);
    const [boardMs, board] = await timed(() => service.kpiBoard({ at: null, trendPoints: 6 }));
    lines.push(
      `kpiBoard: ${boardMs.toFixed(0)} ms for ${board.groups.reduce((a, g) => a + g.kpis.length, 0)} KPI entries`,
    );
    lines.push(`peak RSS of the benchmark process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await graph.close();
    await stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
