import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { ADMIN_STATE } from './src/support/state';

/**
 * Runs against a web app and API that are already up (run.mjs starts them): WEB_URL and API_URL, signing in
 * through the Keycloak at KEYCLOAK_TEST_URL. The `setup` project signs in once as ada.admin and saves the
 * browser state every other spec starts from. Debian's Chromium, never a downloaded browser.
 */
export default defineConfig({
  testDir: join(__dirname, 'src'),
  outputDir: join(__dirname, '..', '..', 'tmp', 'web-e2e', 'results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env['WEB_URL'] ?? 'http://localhost:3000',
    viewport: { width: 1600, height: 1000 },
    launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    {
      name: 'chromium',
      testMatch: /\.spec\.ts$/,
      dependencies: ['setup'],
      use: { storageState: ADMIN_STATE },
    },
  ],
});
