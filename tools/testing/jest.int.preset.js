// Integration tests (`*.int-spec.ts`) run against a real Neo4j, one file at a time, as they share it.
const base = require('../../jest.preset.js');

module.exports = {
  ...base,
  globalSetup: require.resolve('./neo4j-global-setup.js'),
  globalTeardown: require.resolve('./neo4j-global-teardown.js'),
  maxWorkers: 1,
  testTimeout: 120_000,
};
