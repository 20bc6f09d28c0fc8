// What token verification costs: starts the API twice on the same Neo4j, once with AUTH_MODE=local and once
// with AUTH_MODE=oidc against a real Keycloak, and measures p50/p95 of the same query over HTTP, alternating
// between the two so that load on the machine hits both alike; then times TokenVerifier.verify in-process.
// Keycloak: KEYCLOAK_URL (e.g. http://127.0.0.1:8080 of `npm run idp:start`) or a throwaway one (its start
// time is printed). Neo4j: NEO4J_URI/NEO4J_PASSWORD or a throwaway one.
// Usage: npx tsx --tsconfig tsconfig.base.json tools/bench/src/auth.ts [--requests 300]
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { TokenVerifier } from '@streamscape/auth';
import { Graph, migrate } from '@streamscape/graph';
import { machine } from './machine';
import { benchNeo4j, ROOT } from './setup';

const QUERY = '{ landscapeStats { nodes { name count } relationships { name count } } }';
const REALM = 'streamscape';

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

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

interface BenchKeycloak {
  readonly url: string;
  readonly startupMs?: number;
  stop(): Promise<void>;
}

async function benchKeycloak(): Promise<BenchKeycloak> {
  const url = process.env['KEYCLOAK_URL'];
  if (url) return { url: url.replace(/\/+$/, ''), stop: async () => undefined };
  // a real dynamic import (the launcher is an ES module; compiled CommonJS would turn import() into require)
  const { startKeycloak } = await (Function(
    'p',
    'return import(p)',
  )(join(ROOT, 'infra/keycloak/keycloak.mjs')) as Promise<{
    startKeycloak(o: object): Promise<{ url: string; startupMs: number; stop(): Promise<void> }>;
  }>);
  const dir = mkdtempSync(join(tmpdir(), 'streamscape-bench-kc-'));
  const kc = await startKeycloak({ port: 0, managementPort: 0, dataDir: join(dir, 'keycloak'), quiet: true });
  return {
    url: kc.url,
    startupMs: kc.startupMs,
    stop: async () => {
      await kc.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function viewerToken(keycloakUrl: string): Promise<string> {
  const realm = JSON.parse(readFileSync(join(ROOT, 'infra/keycloak/realm-streamscape.json'), 'utf8')) as {
    users: { username: string; credentials?: { value: string }[] }[];
  };
  const vera = realm.users.find((u) => u.username === 'vera.viewer')!;
  const response = await fetch(`${keycloakUrl}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'streamscape-test',
      username: vera.username,
      password: vera.credentials![0].value,
    }),
  });
  if (!response.ok) throw new Error(`no token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function startApi(vars: Record<string, string>): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json'),
      NODE_ENV: 'production',
      API_PORT: String(port),
      ...vars,
    },
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

async function ask(url: string, token?: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`the query failed: ${JSON.stringify(body.errors)}`);
}

async function main() {
  const requests = arg('requests', 300);
  console.log(
    `Machine: ${machine()}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const [neo4j, keycloak] = await Promise.all([benchNeo4j(), benchKeycloak()]);
  if (keycloak.startupMs !== undefined) {
    console.log(`Keycloak (throwaway, new data dir) ready in ${(keycloak.startupMs / 1000).toFixed(1)} s`);
  }
  const apis: ChildProcess[] = [];
  try {
    const graph = await Graph.connect({
      uri: neo4j.uri,
      user: 'neo4j',
      password: neo4j.password,
      database: 'neo4j',
      readTimeoutMs: 30_000,
    });
    await migrate(graph);
    await graph.close();
    const issuer = `${keycloak.url}/realms/${REALM}`;
    const base = { NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password };
    const [local, oidc] = await Promise.all([
      startApi({ ...base, AUTH_MODE: 'local' }),
      startApi({ ...base, AUTH_MODE: 'oidc', OIDC_ISSUER: issuer }),
    ]);
    apis.push(local.process, oidc.process);
    const token = await viewerToken(keycloak.url);

    // warm-up: JIT, connection pools, the JWKS fetch
    for (let i = 0; i < 30; i++) {
      await ask(local.url);
      await ask(oidc.url, token);
    }
    const samples = { local: [] as number[], oidc: [] as number[] };
    for (let i = 0; i < requests; i++) {
      samples.local.push(await time(() => ask(local.url)));
      samples.oidc.push(await time(() => ask(oidc.url, token)));
    }
    const line = (name: string, s: number[]) =>
      `${name.padEnd(34)} p50 ${percentile(s, 50).toFixed(2).padStart(6)} ms   p95 ${percentile(s, 95).toFixed(2).padStart(6)} ms   (${s.length} requests)`;
    console.log(`\nThe same query (landscapeStats) over HTTP, alternating between the two APIs:`);
    console.log(line('AUTH_MODE=local (no token)', samples.local));
    console.log(line('AUTH_MODE=oidc (viewer token)', samples.oidc));
    console.log(
      `Difference of the medians: ${(percentile(samples.oidc, 50) - percentile(samples.local, 50)).toFixed(2)} ms`,
    );

    // the verification alone, in this process, with the keys cached
    const verifier = new TokenVerifier({ issuer, audience: 'streamscape-api' });
    await verifier.verify(token);
    const verify: number[] = [];
    for (let i = 0; i < 2_000; i++) verify.push(await time(() => verifier.verify(token)));
    console.log(line('TokenVerifier.verify (in-process)', verify).replace('requests', 'calls'));
    console.log(
      `Load average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    for (const api of apis) api.kill('SIGTERM');
    await Promise.allSettled([neo4j.stop(), keycloak.stop()]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
