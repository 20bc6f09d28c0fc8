import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, testEnv, type TestApp } from './testing/test-app';

const ROOT = join(__dirname, '../../..');
const PASSWORD = 'streamscape-resilience';
const STATS = 'query LandscapeStats { landscapeStats { nodes { name count } } }';

interface Neo4jCli {
  readonly code: number | null;
  readonly output: string;
}

/**
 * `node infra/neo4j/neo4j.mjs start|stop` on our own data folder. The launcher is an ES module, and Jest
 * (CommonJS in a VM) cannot import one without --experimental-vm-modules, so the test drives its CLI.
 */
function neo4jCli(command: 'start' | 'stop', dataDir: string, port: number): Promise<Neo4jCli> {
  const child = spawn(process.execPath, ['infra/neo4j/neo4j.mjs', command], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(port),
      NEO4J_PASSWORD: PASSWORD,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

async function startNeo4j(dataDir: string, port: number): Promise<{ uri: string; port: number }> {
  const started = await neo4jCli('start', dataDir, port);
  const ready = /Neo4j ready on (bolt:\/\/127\.0\.0\.1:(\d+))/.exec(started.output);
  if (started.code !== 0 || !ready) throw new Error(`Neo4j did not start:\n${started.output}`);
  return { uri: ready[1], port: Number(ready[2]) };
}

async function stopNeo4j(dataDir: string, port: number): Promise<void> {
  const stopped = await neo4jCli('stop', dataDir, port);
  if (stopped.code !== 0) throw new Error(`Neo4j did not stop:\n${stopped.output}`);
}

interface Answer {
  readonly text: string;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

// bounded: an answer that never comes fails the test instead of hanging it
async function graphql(url: string, query: string): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return { text, body: JSON.parse(text) as Answer['body'] };
}

async function health(url: string): Promise<number> {
  return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(30_000) })).status;
}

/** Polls until `ok` holds, at most `timeoutMs`; a slow machine only waits longer, it does not fail. */
async function until(what: string, ok: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe('the API when its own Neo4j stops and starts again', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'streamscape-resilience-')), 'neo4j');
  let neo4j: { uri: string; port: number } | undefined;
  let api: TestApp | undefined;
  let url: string;

  beforeAll(async () => {
    neo4j = await startNeo4j(dataDir, 0);
    api = await startTestApp(testEnv({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: PASSWORD }));
    url = api.url;
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    // stops whatever runs on the folder, also after a failed step
    await stopNeo4j(dataDir, neo4j?.port ?? 0);
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }, 120_000);

  it('answers UNAVAILABLE while Neo4j is down and recovers by itself once it is back', async () => {
    const port = neo4j?.port ?? 0;
    await until('the API answers from Neo4j', async () => !(await graphql(url, STATS)).body.errors, 60_000);
    expect(await health(url)).toBe(200);

    await stopNeo4j(dataDir, port);

    const down = await graphql(url, STATS);
    expect(down.body).toEqual({
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
    expect(down.text).not.toMatch(/stacktrace|\bat .*\.(js|ts):\d+|bolt:|127\.0\.0\.1/);
    expect(await health(url)).toBe(503);

    neo4j = await startNeo4j(dataDir, port);
    expect(neo4j.port).toBe(port);

    await until('the API answers again', async () => !(await graphql(url, STATS)).body.errors, 120_000);
    expect((await graphql(url, STATS)).body).toEqual({ data: { landscapeStats: { nodes: [] } } });
    await until('/health says 200 again', async () => (await health(url)) === 200, 60_000);
  }, 480_000);
});
