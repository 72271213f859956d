import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { e2ePort, freshDbPath, serverEnv } from './tests/e2e/server-env';

const port = e2ePort;
// Debian's Chromium where present (Playwright cannot download browsers on these machines).
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  fullyParallel: true,
  // One worker per core (2 on the CI machine).
  workers: availableParallelism(),
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace costs every test about 15 % on the CI machine, and CI keeps no artifacts to
    // read it from; a local run keeps the trace of each failure (npx playwright show-trace).
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production start wrapper, in one process (not npm), so stopping it stops the server too.
    command: `node scripts/start.mjs --port ${port} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // DATABASE_URL is cleared so the browser tests always use a fresh SQLite file.
    env: { ...serverEnv(freshDbPath('e2e')), DATABASE_URL: '' },
  },
});
