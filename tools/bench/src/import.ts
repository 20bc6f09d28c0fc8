// Import throughput: generates a landscape (tools/demo) at a scale, imports it into a throwaway Neo4j
// (or NEO4J_URI), and prints rows per second and peak memory. Usage: npm run bench:import -- [--scale 10]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Graph, migrate } from '@streamscape/graph';
import { importLandscape } from '@streamscape/landscape-io';
import { machine } from './machine';

const ROOT = resolve(__dirname, '../../..');

async function main() {
  const scale = Number(process.argv[process.argv.indexOf('--scale') + 1] ?? 1) || 1;
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
    readTimeoutMs: 60_000,
  });
  try {
    await migrate(graph);
    const paths = [join(data, 'landscape'), join(data, 'facts')];
    const runs: string[] = [];
    for (const label of ['first import (empty graph)', 'second import (nothing changes)']) {
      const t0 = process.hrtime.bigint();
      const result = await importLandscape(graph, paths);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
      const rows = Object.values(result.summary.facts).reduce((a, b) => a + (b ?? 0), 0);
      runs.push(
        `${label.padEnd(32)} ${result.summary.entities.total} entities + ${rows.toLocaleString('en')} fact rows in ${seconds.toFixed(1)} s` +
          ` = ${Math.round(rows / seconds).toLocaleString('en')} rows/s${result.summary.journaled ? ' (journaled)' : ' (one transaction)'}`,
      );
    }
    process.stdout.write(
      [
        `import benchmark, scale ${scale}`,
        `machine: ${machine()}`,
        ...runs,
        `peak RSS of the importing process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
      ].join('\n') + '\n',
    );
  } finally {
    await graph.close();
    await stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
