// Import throughput: generates a landscape (tools/demo) at a scale, imports it into a throwaway Neo4j
// (or NEO4J_URI), and prints rows per second and peak memory. Usage: npm run bench:import -- [--scale 10]
import { join } from 'node:path';
import { Graph, migrate } from '@streamscape/graph';
import { importLandscape } from '@streamscape/landscape-io';
import { machine } from './machine';
import { benchNeo4j, ensureLandscape } from './setup';

async function main() {
  const scale = Number(process.argv[process.argv.indexOf('--scale') + 1] ?? 1) || 1;
  const data = ensureLandscape(scale, { facts: true });
  const neo4j = await benchNeo4j();
  const { uri, password } = neo4j;
  const graph = await Graph.connect({
    uri,
    user: 'neo4j',
    password,
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
    await neo4j.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
