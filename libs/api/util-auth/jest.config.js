module.exports = {
  displayName: 'auth',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // jose ships ES modules only: compile it like our sources
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
