module.exports = async function teardown() {
  await globalThis.__STREAMSCAPE_NEO4J__?.stop();
};
