import { defineConfig } from '@playwright/test'
import { E2E_APP_URL } from './tests/e2e/harness/address'

const isCi = Boolean(process.env['CI'])

/**
 * Browser e2e in Debian's Chromium (Playwright can't download its own browsers here) against the
 * built renderer with the real services bound, plus an Electron smoke test that runs wherever
 * Electron's binary is installed.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: isCi,
  retries: 0,
  workers: isCi ? 2 : 1,
  reporter: isCi ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: E2E_APP_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /smoke-electron\.spec\.ts/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 860 },
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron', testMatch: /smoke-electron\.spec\.ts/ },
  ],
  webServer: {
    command: 'npx tsx tests/e2e/harness/serve.ts',
    url: E2E_APP_URL,
    reuseExistingServer: !isCi,
    // The server builds the app first when the bundle is missing or stale.
    timeout: 240_000,
    stdout: 'pipe',
  },
})
