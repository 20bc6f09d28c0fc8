const { rmSync } = require('node:fs');
const { dirname } = require('node:path');

module.exports = async function teardown() {
  const neo4j = globalThis.__STREAMSCAPE_NEO4J__;
  if (!neo4j) return;
  await neo4j.stop();
  // the setup made a temporary folder around the data dir
  rmSync(dirname(neo4j.dataDir), { recursive: true, force: true });
};
