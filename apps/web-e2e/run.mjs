#!/usr/bin/env node
// End-to-end run: builds the web app, imports the demo landscape into Neo4j, starts the API (AUTH_MODE=oidc)
// and `next start` on free ports, both trusting one Keycloak, runs Playwright with Debian's Chromium, stops
// everything it started.
// Neo4j: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD when given (npm test passes its throwaway one), else a
// throwaway Neo4j of its own. Keycloak: KEYCLOAK_TEST_URL / KEYCLOAK_TEST_ADMIN_USER /
// KEYCLOAK_TEST_ADMIN_PASSWORD when given (npm test), else a throwaway Keycloak of its own, started while the
// rest gets ready. E2E_SKIP_BUILD=1 reuses an existing build.
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
const cleanups = [];

const log = (m) =>
  process.stdout.write(`\x1b[35m[e2e]\x1b[0m ${m} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
const fail = async (m) => {
  process.stderr.write(`\x1b[31m[e2e]\x1b[0m ${m}\n`);
  await stopAll();
  process.exit(1);
};

ensureChromium();

// Keycloak takes longest to start (30-70 s on 2 cores): it starts first, Neo4j, the import and the build overlap it
const dataRoot = mkdtempSync(join(tmpdir(), 'streamscape-e2e-'));
const keycloakReady = useOrStartKeycloak();
// a rejection is handled where it is awaited; this only keeps Node from reporting it as unhandled meanwhile
keycloakReady.catch(() => {});

let neo4j = process.env.NEO4J_URI
  ? {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD,
    }
  : null;
if (!neo4j) {
  const { startNeo4j } = await import('../../infra/neo4j/neo4j.mjs');
  const handle = await startNeo4j({
    port: 0,
    dataDir: join(dataRoot, 'neo4j'),
    password: randomBytes(12).toString('hex'),
    log,
  });
  neo4j = handle;
  cleanups.push(() => handle.stop());
}
const dbEnv = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
process.on('SIGINT', () => stopAll().then(() => process.exit(130)));
process.on('SIGTERM', () => stopAll().then(() => process.exit(143)));

// three months of generated flow facts feed the performance view (a few seconds to generate, ~40 s to import)
log('Generating three months of demo facts ...');
const factsRoot = mkdtempSync(join(tmpdir(), 'streamscape-e2e-facts-'));
const generated = spawnSync(
  process.execPath,
  [
    join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
    '--tsconfig',
    'tsconfig.base.json',
    'tools/demo/src/main.ts',
    '--out',
    factsRoot,
    '--months',
    '3',
  ],
  { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (generated.status !== 0) await fail('Generating the demo facts failed (see above).');
log('Importing the demo landscape and its facts ...');
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
    join(factsRoot, 'facts'),
  ],
  { cwd: ROOT, env: { ...process.env, ...dbEnv }, stdio: ['ignore', 'ignore', 'inherit'] },
);
rmSync(factsRoot, { recursive: true, force: true });
if (imported.status !== 0) await fail('The demo import failed (see above).');

// the build overlaps Keycloak's start and the API's; the build does not depend on Keycloak (the app reads
// its sign-in settings from the server at run time)
const [apiPort, webPort] = [await freePort(), await freePort()];
const apiUrl = `http://127.0.0.1:${apiPort}`;
const webUrl = `http://127.0.0.1:${webPort}`;
let built = Promise.resolve(0);
if (process.env.E2E_SKIP_BUILD && existsSync(join(ROOT, 'apps/web/.next/BUILD_ID'))) {
  log('Reusing the existing web build (E2E_SKIP_BUILD).');
} else {
  log('Building the web app (next build) ...');
  built = exited(
    start(
      process.execPath,
      [join(ROOT, 'node_modules/next/dist/bin/next'), 'build'],
      {},
      join(ROOT, 'apps/web'),
      'inherit',
    ),
  );
}
let keycloak;
try {
  keycloak = await keycloakReady;
  await allowWebOrigin(keycloak, webUrl);
} catch (error) {
  await fail(`Keycloak is not available: ${error?.message ?? error}`);
}
log(`Starting the API on ${apiUrl} (tokens of ${keycloak.issuer}) ...`);
const api = start(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
  ...dbEnv,
  SWC_NODE_PROJECT: 'tsconfig.base.json',
  NODE_ENV: 'production',
  AUTH_MODE: 'oidc',
  OIDC_ISSUER: keycloak.issuer,
  API_PORT: String(apiPort),
  LOG_LEVEL: 'warn',
});
if ((await built) !== 0) await fail('next build failed (see above).');
if (!(await waitFor(`${apiUrl}/health`, 90_000, api)))
  await fail(`The API did not become ready on ${apiUrl}.`);

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
  { API_URL: `${apiUrl}/graphql`, AUTH_MODE: 'oidc', OIDC_ISSUER: keycloak.issuer },
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
    {
      WEB_URL: webUrl,
      API_URL: `${apiUrl}/graphql`,
      CHROMIUM_PATH: CHROMIUM,
      KEYCLOAK_TEST_URL: keycloak.url,
      KEYCLOAK_TEST_ISSUER: keycloak.issuer,
      KEYCLOAK_TEST_ADMIN_USER: keycloak.adminUser,
      KEYCLOAK_TEST_ADMIN_PASSWORD: keycloak.adminPassword,
      // the signed-in state of the setup project, per run: parallel runs use different Keycloaks
      E2E_AUTH_STATE: join(dataRoot, 'auth', 'ada.admin.json'),
    },
    ROOT,
    'inherit',
  ),
);
await stopAll();
log(code === 0 ? 'End-to-end tests passed' : 'End-to-end tests FAILED');
process.exit(code);

/** npm test's Keycloak (KEYCLOAK_TEST_*), else a throwaway one on free ports, stopped with the rest. */
async function useOrStartKeycloak() {
  const given = process.env.KEYCLOAK_TEST_URL;
  if (given) {
    const url = given.replace(/\/+$/, '');
    const adminUser = process.env.KEYCLOAK_TEST_ADMIN_USER ?? 'admin';
    const adminPassword = process.env.KEYCLOAK_TEST_ADMIN_PASSWORD;
    if (!adminPassword) throw new Error('KEYCLOAK_TEST_URL is set without KEYCLOAK_TEST_ADMIN_PASSWORD');
    // the issuer as Keycloak states it, which is what the API must check `iss` against
    const discovery = await fetch(`${url}/realms/streamscape/.well-known/openid-configuration`);
    if (!discovery.ok)
      throw new Error(`${url} does not serve the realm streamscape (HTTP ${discovery.status})`);
    const { issuer } = await discovery.json();
    log(`Using the Keycloak at ${url} (KEYCLOAK_TEST_URL).`);
    return { url, issuer, adminUser, adminPassword };
  }
  const { startKeycloak } = await import('../../infra/keycloak/keycloak.mjs');
  log('Starting a throwaway Keycloak ...');
  const kc = await startKeycloak({
    port: 0,
    managementPort: 0,
    dataDir: join(dataRoot, 'keycloak'),
    adminPassword: randomBytes(12).toString('hex'),
    heap: '512m',
    quiet: true,
    log,
  });
  cleanups.push(() => kc.stop());
  log(`Keycloak ready on ${kc.url}.`);
  return kc;
}

/**
 * The realm lets the web client back only to port 3000 (npm start). The app under test runs on a free port:
 * its origin is added to the client's redirect URIs, web origins (CORS of the token endpoint) and
 * post-logout redirects through the admin REST API, in this throwaway Keycloak only.
 */
async function allowWebOrigin(kc, origin) {
  const { fetchToken } = await import('../../infra/keycloak/keycloak.mjs');
  // the admin signs in to the master realm; fetchToken throws with Keycloak's answer when that fails
  const admin = await fetchToken(
    { ...kc, realm: 'master' },
    { username: kc.adminUser, password: kc.adminPassword, clientId: 'admin-cli' },
  );
  const headers = { authorization: `Bearer ${admin.access_token}`, 'content-type': 'application/json' };
  const clients = `${kc.url}/admin/realms/streamscape/clients`;
  const [client] = await (await fetch(`${clients}?clientId=streamscape-web`, { headers })).json();
  if (!client) throw new Error('the realm has no client streamscape-web');
  const union = (list, value) => [...new Set([...(list ?? []), value])];
  client.redirectUris = union(client.redirectUris, `${origin}/*`);
  client.webOrigins = union(client.webOrigins, origin);
  const logout = (client.attributes?.['post.logout.redirect.uris'] ?? '').split('##').filter(Boolean);
  client.attributes = {
    ...client.attributes,
    'post.logout.redirect.uris': union(logout, `${origin}/*`).join('##'),
  };
  const updated = await fetch(`${clients}/${client.id}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify(client),
  });
  if (!updated.ok) throw new Error(`updating streamscape-web failed (HTTP ${updated.status})`);
}

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
  await Promise.allSettled(cleanups.splice(0).map((stop) => stop()));
  rmSync(dataRoot, { recursive: true, force: true });
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
