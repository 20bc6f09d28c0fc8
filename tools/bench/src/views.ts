// View latency: generates a landscape (tools/demo, entities only) at a scale, imports it into a throwaway
// Neo4j (or NEO4J_URI/NEO4J_PASSWORD), starts the API on it as its own process, and measures p50/p95 of
// enterpriseLandscape and domainLandscape over HTTP next to the raw Cypher the resolvers run (the floor).
// Usage: npm run bench:views -- [--scale 10] [--requests 200]
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Graph, migrate, readDomainIds, rows, type Tx, viewsCypher } from '@streamscape/graph';
import { importLandscape } from '@streamscape/landscape-io';
import { machine } from './machine';
import { benchNeo4j, ensureLandscape, ROOT } from './setup';

const ENTERPRISE = `query EnterpriseLandscape {
  enterpriseLandscape {
    name domains valueStreams budgets integrationPoints integrationPointsWithoutResponsible crossDomainDependencyWeight
    nodes { id kind label parent attributes { name value text } }
    edges { id source target kind weight label attributes { name value text } }
    fundingTotals { model fiscalYear currency amount budgets }
    findings { id rule source kind severity status title description about }
  }
}`;

const DOMAIN = `query DomainLandscape($domainId: ID!) {
  domainLandscape(domainId: $domainId) {
    domain name valueStreams stages components teams products variants generations legacyGenerations
    nodes { id kind label parent attributes { name value text } }
    edges { id source target kind weight label attributes { name value text } }
    coupling { density crossWeight totalWeight pairs { source target weight dependencies density } }
    findings { id rule source kind severity status title description about }
  }
}`;

/** The statements each resolver runs, pipelined in one read transaction, without conversion: the floor. */
const ENTERPRISE_STATEMENTS = [
  viewsCypher.enterprise,
  viewsCypher.domains,
  viewsCypher.budgets,
  viewsCypher.orgUnits,
  viewsCypher.integrationPoints,
  viewsCypher.domainDependencies,
  viewsCypher.multiDomainTeams,
  viewsCypher.storedFindings,
];
const DOMAIN_STATEMENTS = [
  viewsCypher.domain,
  viewsCypher.domainComponents,
  viewsCypher.domainExternalComponents,
  viewsCypher.domainTeams,
  viewsCypher.domainProducts,
  viewsCypher.domainIntegrationPoints,
  viewsCypher.storedFindings,
];

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) || fallback : fallback;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function startApi(uri: string, password: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json'),
      NODE_ENV: 'production',
      API_PORT: String(port),
      // no sign-in for the views' latency (tools/bench/src/auth.ts measures what tokens cost)
      AUTH_MODE: process.env['AUTH_MODE'] ?? 'local',
      NEO4J_URI: uri,
      NEO4J_PASSWORD: password,
    },
    // the API logs a line per request, as in production; the benchmark does not read them
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return { url, process: child };
    await new Promise((ok) => setTimeout(ok, 200));
  }
  child.kill();
  throw new Error('the API did not become ready within 120 s');
}

async function main() {
  const scale = arg('scale', 10);
  const requests = arg('requests', 200);
  const data = ensureLandscape(scale, { facts: false });

  const stops: (() => Promise<void>)[] = [];
  try {
    const neo4j = await benchNeo4j();
    stops.unshift(() => neo4j.stop());
    const { uri, password } = neo4j;
    const graph = await Graph.connect({
      uri,
      user: 'neo4j',
      password,
      database: 'neo4j',
      readTimeoutMs: 60_000,
    });
    stops.unshift(() => graph.close());
    await migrate(graph);
    const imported = await importLandscape(graph, [join(data, 'landscape')], { mode: 'replace' });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems.slice(0, 5)));
    const domainIds = await graph.read('bench: domains', readDomainIds);

    const api = await startApi(uri, password);
    stops.unshift(async () => {
      api.process.kill('SIGTERM');
      await new Promise((ok) => api.process.once('exit', ok));
    });
    let bytes = 0;
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      if (response.status !== 200 || text.includes('"errors"')) throw new Error(text.slice(0, 500));
      bytes = text.length;
      return text;
    };
    const floor = (statements: readonly string[], params: Record<string, unknown> = {}) =>
      graph.read('bench: floor', (tx: Tx) => Promise.all(statements.map((s) => rows(tx, s, params))));

    const cases = [
      {
        name: 'enterpriseLandscape',
        api: () => post(ENTERPRISE),
        floor: () => floor(ENTERPRISE_STATEMENTS),
      },
      {
        name: 'domainLandscape',
        api: (i: number) => post(DOMAIN, { domainId: domainIds[i % domainIds.length] }),
        floor: (i: number) => floor(DOMAIN_STATEMENTS, { domainIds: [domainIds[i % domainIds.length]] }),
      },
    ];
    const lines: string[] = [];
    for (const c of cases) {
      // warm-up: query plans, JIT, connection pools
      for (let i = 0; i < 30; i++) {
        await c.api(i);
        await c.floor(i);
      }
      const apiMs: number[] = [];
      const floorMs: number[] = [];
      let largest = 0;
      // interleaved, so that both see the same machine
      for (let i = 0; i < requests; i++) {
        apiMs.push(await time(() => c.api(i)));
        largest = Math.max(largest, bytes);
        floorMs.push(await time(() => c.floor(i)));
      }
      const [a50, a95, f50, f95] = [
        percentile(apiMs, 50),
        percentile(apiMs, 95),
        percentile(floorMs, 50),
        percentile(floorMs, 95),
      ];
      lines.push(
        `${c.name.padEnd(20)} API p50 ${a50.toFixed(1)} ms, p95 ${a95.toFixed(1)} ms | raw Cypher p50 ${f50.toFixed(1)} ms, p95 ${f95.toFixed(1)} ms` +
          ` | ratio p50 ${(a50 / f50).toFixed(2)}x, p95 ${(a95 / f95).toFixed(2)}x | largest answer ${(largest / 1024).toFixed(0)} KiB`,
      );
    }
    const enterprise = JSON.parse(await post(ENTERPRISE)).data.enterpriseLandscape;
    process.stdout.write(
      [
        `view benchmark, scale ${scale} (${domainIds.length} domains; enterprise view: ${enterprise.nodes.length} nodes, ${enterprise.edges.length} edges, ${enterprise.findings.length} findings), ${requests} requests each`,
        `machine: ${machine()}`,
        ...lines,
      ].join('\n') + '\n',
    );
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
