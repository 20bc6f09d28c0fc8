module.exports = {
  displayName: 'web-api',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // codegen runs in-process in the drift test and needs more than the default 5 s on a busy machine
  testTimeout: 60_000,
};
