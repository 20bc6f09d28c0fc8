// Jest global setup for integration tests: uses the Neo4j that `npm test` started (NEO4J_TEST_URI),
// or starts a throwaway one on a free port with its own data folder, stopped in the teardown.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function setup() {
  if (process.env.NEO4J_TEST_URI) return;
  const { startNeo4j } = await import('../../infra/neo4j/neo4j.mjs');
  const dataDir = join(mkdtempSync(join(tmpdir(), 'streamscape-test-')), 'neo4j');
  const neo4j = await startNeo4j({ port: 0, dataDir, password: 'streamscape-test', quiet: true });
  process.env.NEO4J_TEST_URI = neo4j.uri;
  process.env.NEO4J_TEST_PASSWORD = neo4j.password;
  globalThis.__STREAMSCAPE_NEO4J__ = neo4j;
};
