#!/usr/bin/env node
// `npm start`: installs what is missing, starts Neo4j, migrates, loads the demo landscape into an
// empty graph, and keeps running until Ctrl-C, which stops what it started.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkNode, ensureDependencies, fail, log, ROOT, run } from './lib/setup.mjs';
import { startWeb } from './lib/web.mjs';

const started = Date.now();
checkNode();
ensureDependencies();

const { startNeo4j, Neo4jLauncherError } = await import('../../infra/neo4j/neo4j.mjs');
const { startKeycloak, KeycloakLauncherError } = await import('../../infra/keycloak/keycloak.mjs');
// Neo4j and Keycloak start side by side; Keycloak runs detached like `npm run idp:start` and stops with us
const [neo4jStart, keycloakStart] = await Promise.allSettled([
  startNeo4j({ log }),
  startKeycloak({ log, detached: true }),
]);
const neo4j = neo4jStart.status === 'fulfilled' ? neo4jStart.value : undefined;
const keycloak = keycloakStart.status === 'fulfilled' ? keycloakStart.value : undefined;
if (!neo4j || !keycloak) {
  if (neo4j && !neo4j.alreadyRunning) await neo4j.stop();
  if (keycloak && !keycloak.alreadyRunning) await keycloak.stop();
  const error = neo4jStart.reason ?? keycloakStart.reason;
  const known = error instanceof Neo4jLauncherError || error instanceof KeycloakLauncherError;
  fail(known ? error.message : `${neo4j ? 'Keycloak' : 'Neo4j'} did not start: ${error?.stack ?? error}`);
}

const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
const tsx = (script, args, options = {}) =>
  run(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.base.json', script, ...args],
    { env, ...options },
  );
const CLI = 'apps/cli/src/main.ts';

let stopping = false;
let api;
let web;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (web) {
    log('Stopping the web app ...');
    await web.stop();
  }
  if (api && api.exitCode === null) {
    log('Stopping the API ...');
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
  }
  if (!neo4j.alreadyRunning) {
    log('Stopping Neo4j ...');
    await neo4j.stop();
  }
  if (!keycloak.alreadyRunning) {
    log('Stopping Keycloak ...');
    await keycloak.stop();
  }
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

// `stats` migrates the schema and tells whether the graph holds a landscape yet
const stats = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.base.json', CLI, 'stats', '--json'],
  { cwd: ROOT, env, encoding: 'utf8' },
);
if (stats.status !== 0) {
  process.stderr.write(stats.stderr);
  await shutdown(2);
}
const held = JSON.parse(stats.stdout.slice(stats.stdout.indexOf('{')));
const enterprises = held.nodes.Enterprise ?? 0;
const hasFacts = ['WorkItem', 'Deployment', 'Incident', 'Measure'].some((label) => held.nodes[label] > 0);
if (enterprises === 0) {
  const demo = join('.data', 'demo');
  if (!existsSync(join(ROOT, demo, 'facts', 'work-items.csv'))) {
    log('Generating the demo flow facts (12 months) ...');
    if ((await tsx('tools/demo/src/main.ts', ['--out', demo, '--scale', '1'])) !== 0) await shutdown(2);
  }
  log('Loading the demo landscape into the empty graph ...');
  if ((await tsx(CLI, ['import', 'examples/demo/landscape', join(demo, 'facts')])) !== 0) await shutdown(2);
} else {
  log(
    `The graph already holds a landscape (${enterprises} enterprise${enterprises === 1 ? '' : 's'}); leaving it as it is.`,
  );
  // a graph from a version without the performance rollups would keep the views on the slow path
  if (hasFacts && !held.rollups && (await tsx(CLI, ['rollups', '--if-missing'])) !== 0) await shutdown(2);
}

// the API, from source (swc-node keeps decorator metadata); it serves until Ctrl-C
const apiPort = process.env.API_PORT ?? '4000';
const apiUrl = `http://127.0.0.1:${apiPort}`;
api = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
  cwd: ROOT,
  env: {
    ...env,
    SWC_NODE_PROJECT: 'tsconfig.base.json',
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    API_PORT: apiPort,
    // tokens from the Keycloak started above; AUTH_MODE=local in the environment still wins (loopback only)
    AUTH_MODE: process.env.AUTH_MODE ?? 'oidc',
    OIDC_ISSUER: process.env.OIDC_ISSUER ?? keycloak.issuer,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
api.on('exit', (code) => {
  if (!stopping) {
    process.stderr.write(`The API stopped unexpectedly (exit ${code}).\n`);
    shutdown(2);
  }
});
log(`Starting the GraphQL API on ${apiUrl} ...`);
if (!(await waitForHealth(`${apiUrl}/health`, 60_000))) {
  process.stderr.write(`The API did not become ready within 60 s on ${apiUrl}.\n`);
  await shutdown(2);
}

try {
  web = await startWeb({
    apiUrl,
    port: Number(process.env.WEB_PORT ?? 3000),
    log,
    // the web app signs in where the API takes its tokens from; none when the API runs AUTH_MODE=local
    oidcIssuer: process.env.AUTH_MODE === 'local' ? undefined : (process.env.OIDC_ISSUER ?? keycloak.issuer),
  });
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  await shutdown(2);
}

const rule = '─'.repeat(72);
process.stdout.write(`
${rule}
  Streamscape is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

  GraphQL API  ${apiUrl}/graphql   (sandbox in the browser; health ${apiUrl}/health)
  Neo4j        ${neo4j.uri}   user ${neo4j.user}, password in .data/neo4j-password
  Keycloak     ${keycloak.url}/admin/   realm streamscape; demo users and passwords: docs/operations/keycloak.md
               API token for scripts: npm run streamscape -- token
  Landscape    npm run streamscape -- stats
               npm run streamscape -- export out/
               npm run streamscape -- import --mode replace your-landscape/

  Web app      ${web.url}   (the four views, findings, entities; Ctrl+K searches)
  Press Ctrl-C to stop${neo4j.alreadyRunning ? ' (Neo4j was already running and stays up)' : ''}.
${rule}
`);
// stay up until Ctrl-C: Neo4j and the API live as long as this process
setInterval(() => {}, 1 << 30);

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}
