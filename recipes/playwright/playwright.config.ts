import { defineConfig } from '@playwright/test'
import { pingone } from './src/pingone'

export default defineConfig({
  testDir: 'tests',
  // One emulator for the whole run, reset before each test: run the tests one at a time.
  workers: 1,
  forbidOnly: true,
  reporter: 'list',
  // A dev server's first page load compiles the app; give a busy CI machine some room.
  expect: { timeout: 10_000 },
  use: {
    baseURL: 'http://localhost:5190',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      // A local PingOne that lets http://localhost:5190 sign in (CORS, redirect URI, login page).
      command: 'npx pingone-emulator --port 4110 --app-origin http://localhost:5190',
      url: `${pingone.authBaseUrl}/${pingone.environmentId}/as/.well-known/openid-configuration`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 },
    },
    {
      command: 'vite --port 5190 --strictPort',
      url: 'http://localhost:5190/',
      reuseExistingServer: false,
    },
  ],
})
