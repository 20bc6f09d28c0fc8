module.exports = {
  displayName: 'cli (integration)',
  preset: '../../tools/testing/jest.int.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  // the specs spawn the CLI (tsx compiles it first)
  testTimeout: 60_000,
};
