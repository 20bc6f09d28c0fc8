#!/usr/bin/env node
// End-to-end run: builds the web app, imports the demo landscape into Neo4j, starts the API (AUTH_MODE=local)
// and `next start` on free ports, runs Playwright with Debian's Chromium, stops everything it started.
// Neo4j: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD when given (npm test passes its throwaway one), else a
// throwaway Neo4j of its own. E2E_SKIP_BUILD=1 reuses an existing build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const started = Date.now();
const children = [];
let cleanup = async () => {};

const log = (m) =>
  process.stdout.write(`\x1b[35m[e2e]\x1b[0m ${m} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
const fail = async (m) => {
  process.stderr.write(`\x1b[31m[e2e]\x1b[0m ${m}\n`);
  await stopAll();
  process.exit(1);
};

ensureChromium();

let neo4j = process.env.NEO4J_URI
  ? {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD,
    }
  : null;
if (!neo4j) {
  const { startNeo4j } = await import('../../infra/neo4j/neo4j.mjs');
  const dataRoot = mkdtempSync(join(tmpdir(), 'streamscape-e2e-'));
  const handle = await startNeo4j({
    port: 0,
    dataDir: join(dataRoot, 'neo4j'),
    password: randomBytes(12).toString('hex'),
    log,
  });
  neo4j = handle;
  cleanup = async () => {
    await handle.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  };
}
const dbEnv = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
process.on('SIGINT', () => stopAll().then(() => process.exit(130)));
process.on('SIGTERM', () => stopAll().then(() => process.exit(143)));

// the landscape only: the enterprise and domain views and their findings need no flow facts
log('Importing the demo landscape ...');
const imported = spawnSync(
  process.execPath,
  [
    join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
    '--tsconfig',
    'tsconfig.base.json',
    'apps/cli/src/main.ts',
    'import',
    '--mode',
    'replace',
    'examples/demo/landscape',
  ],
  { cwd: ROOT, env: { ...process.env, ...dbEnv }, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (imported.status !== 0) await fail('The demo import failed (see above).');

// build and API start overlap: the API starts while Next compiles
const [apiPort, webPort] = [await freePort(), await freePort()];
const apiUrl = `http://127.0.0.1:${apiPort}`;
log(`Starting the API on ${apiUrl} ...`);
const api = start(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
  ...dbEnv,
  SWC_NODE_PROJECT: 'tsconfig.base.json',
  NODE_ENV: 'production',
  AUTH_MODE: 'local',
  API_PORT: String(apiPort),
  LOG_LEVEL: 'warn',
});
if (process.env.E2E_SKIP_BUILD && existsSync(join(ROOT, 'apps/web/.next/BUILD_ID'))) {
  log('Reusing the existing web build (E2E_SKIP_BUILD).');
} else {
  log('Building the web app (next build) ...');
  const built = await exited(
    start(
      process.execPath,
      [join(ROOT, 'node_modules/next/dist/bin/next'), 'build'],
      {},
      join(ROOT, 'apps/web'),
      'inherit',
    ),
  );
  if (built !== 0) await fail('next build failed (see above).');
}
if (!(await waitFor(`${apiUrl}/health`, 90_000, api)))
  await fail(`The API did not become ready on ${apiUrl}.`);

const webUrl = `http://127.0.0.1:${webPort}`;
log(`Starting the web app on ${webUrl} ...`);
const web = start(
  process.execPath,
  [
    join(ROOT, 'node_modules/next/dist/bin/next'),
    'start',
    '--port',
    String(webPort),
    '--hostname',
    '127.0.0.1',
  ],
  { API_URL: `${apiUrl}/graphql` },
  join(ROOT, 'apps/web'),
);
if (!(await waitFor(`${webUrl}/enterprise`, 60_000, web)))
  await fail(`The web app did not become ready on ${webUrl}.`);

log('Running Playwright ...');
const code = await exited(
  start(
    process.execPath,
    [
      join(ROOT, 'node_modules/@playwright/test/cli.js'),
      'test',
      '-c',
      'apps/web-e2e/playwright.config.ts',
      ...process.argv.slice(2),
    ],
    { WEB_URL: webUrl, API_URL: `${apiUrl}/graphql`, CHROMIUM_PATH: CHROMIUM },
    ROOT,
    'inherit',
  ),
);
await stopAll();
log(code === 0 ? 'End-to-end tests passed' : 'End-to-end tests FAILED');
process.exit(code);

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const install = ['apt-get', 'install', '-y', 'chromium'];
  const isRoot = process.getuid?.() === 0;
  log(`${CHROMIUM} is missing: installing Debian's chromium ...`);
  const result = isRoot
    ? spawnSync(install[0], install.slice(1), { stdio: 'inherit' })
    : spawnSync('sudo', ['-n', ...install], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(CHROMIUM)) {
    process.stderr.write(
      `\x1b[31m[e2e]\x1b[0m The end-to-end tests need Chromium at ${CHROMIUM} and could not install it. ` +
        `Run \`sudo apt-get install -y chromium\` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary.\n`,
    );
    process.exit(1);
  }
}

function start(command, args, env, cwd = ROOT, stdio = 'ignore') {
  // its own process group, so stopping it stops what it spawned (next start runs a next-server child)
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', stdio, 'inherit'],
    detached: true,
  });
  children.push(child);
  return child;
}

function exited(child) {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
}

async function stopAll() {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await Promise.race([exited(child), new Promise((r) => setTimeout(r, 5000))]);
  }
  await cleanup();
  cleanup = async () => {};
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}
