module.exports = {
  displayName: 'api-graphql',
  preset: '../../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // jose (behind @streamscape/auth) ships ES modules only: compile it like our sources
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
