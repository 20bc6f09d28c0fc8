module.exports = {
  displayName: 'api-reviews (integration)',
  preset: '../../../tools/testing/jest.int.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
};
