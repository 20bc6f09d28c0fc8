module.exports = {
  displayName: 'api (integration)',
  preset: '../../tools/testing/jest.int.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  // @nestjs/config ships ES modules only: compile it like our sources
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/config/|jose/)'],
};
