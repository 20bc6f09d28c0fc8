#!/usr/bin/env node
// `npm test`: every test of the project. Installs what is missing, starts a throwaway Neo4j and a throwaway
// Keycloak on free ports with their own data folders, runs type checks, lint, unit and integration tests,
// stops both.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkNode, ensureDependencies, fail, log, run } from './lib/setup.mjs';

const started = Date.now();
checkNode();
ensureDependencies();

// formatting first: it is the cheapest check and the one most often forgotten
if ((await run('npx', ['prettier', '--check', '.', '--log-level', 'warn'])) !== 0) {
  fail('Formatting differs from Prettier (files above): run `npm run format`.', 1);
}

const { startNeo4j, Neo4jLauncherError } = await import('../../infra/neo4j/neo4j.mjs');
const { startKeycloak, KeycloakLauncherError } = await import('../../infra/keycloak/keycloak.mjs');
const dataRoot = mkdtempSync(join(tmpdir(), 'streamscape-test-'));
// a throwaway Neo4j and a throwaway Keycloak (fresh realm, free ports) start side by side
const [neo4jStart, keycloakStart] = await Promise.allSettled([
  startNeo4j({ port: 0, dataDir: join(dataRoot, 'neo4j'), password: randomBytes(12).toString('hex'), log }),
  startKeycloak({
    port: 0,
    managementPort: 0,
    dataDir: join(dataRoot, 'keycloak'),
    adminPassword: randomBytes(12).toString('hex'),
    heap: '512m',
    log,
  }),
]);
const neo4j = neo4jStart.status === 'fulfilled' ? neo4jStart.value : undefined;
const keycloak = keycloakStart.status === 'fulfilled' ? keycloakStart.value : undefined;
if (!neo4j || !keycloak) {
  await Promise.allSettled([neo4j?.stop(), keycloak?.stop()]);
  rmSync(dataRoot, { recursive: true, force: true });
  const error = neo4jStart.reason ?? keycloakStart.reason;
  const known = error instanceof Neo4jLauncherError || error instanceof KeycloakLauncherError;
  fail(known ? error.message : `${neo4j ? 'Keycloak' : 'Neo4j'} did not start: ${error?.stack ?? error}`);
}

const stop = async () => {
  await Promise.allSettled([neo4j.stop(), keycloak.stop()]);
  rmSync(dataRoot, { recursive: true, force: true });
};
process.on('SIGINT', () => stop().then(() => process.exit(130)));
process.on('SIGTERM', () => stop().then(() => process.exit(143)));

const env = {
  ...process.env,
  NEO4J_TEST_URI: neo4j.uri,
  NEO4J_TEST_PASSWORD: neo4j.password,
  KEYCLOAK_TEST_URL: keycloak.url,
  KEYCLOAK_TEST_ADMIN_USER: keycloak.adminUser,
  KEYCLOAK_TEST_ADMIN_PASSWORD: keycloak.adminPassword,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  CI: process.env.CI ?? 'true',
};
const nx = (...args) => run('npx', ['nx', ...args, '--outputStyle=static'], { env });

let code = await nx('run-many', '-t', 'typecheck', 'lint', 'test');
// integration tests share the one database, so one project at a time
if (code === 0) code = await nx('run-many', '-t', 'int-test', '--parallel=1');
// end to end: next build, the API (AUTH_MODE=oidc, this Keycloak) and `next start` on free ports against
// this Neo4j with the demo landscape, Playwright with Debian's Chromium (apps/web-e2e/run.mjs)
if (code === 0) {
  log('End-to-end tests of the web app ...');
  code = await run(process.execPath, ['apps/web-e2e/run.mjs'], {
    env: { ...env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
  });
}
await stop();
log(
  `${code === 0 ? 'All tests passed' : 'Tests FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
process.exit(code);
