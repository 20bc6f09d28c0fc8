module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // @nestjs/config ships ES modules only: compile it like our sources
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/config/|jose/)'],
};
