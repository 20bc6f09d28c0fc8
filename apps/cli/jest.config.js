module.exports = {
  displayName: 'cli',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // the specs spawn the CLI (tsx compiles it first): seconds each on a busy machine
  testTimeout: 30_000,
};
