import { chromium, defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { scaled, TIME_SCALE } from './tests/helpers/timing';

/**
 * E2E runs the real renderer in Debian's Chromium against the real backend (see
 * tests/e2e/fixtures.ts); the Electron binary cannot be downloaded here. Browsers are never
 * downloaded: Debian's Chromium if present, else a Playwright browser only if already installed.
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function chromiumExecutable(): string | undefined {
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // No Playwright browser registry entry: fall through.
  }
  // Playwright will fail with "Executable doesn't exist"; .ci/run installs Debian's Chromium.
  return undefined;
}

const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: Math.max(1, Math.min(2, os.availableParallelism())),
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Limits for a hang, scaled for slow or loaded machines (tests/helpers/timing.ts).
  timeout: scaled(30_000),
  expect: { timeout: scaled(5_000) },
  metadata: { timeScale: TIME_SCALE },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    headless: true,
    locale: 'tr-TR',
    viewport: { width: 1280, height: 800 },
    // Recording a trace for every test (to keep only the failures') made the screen specs take
    // 1.4x the CPU time; CI keeps the failure screenshot and error context, and a failing spec is
    // re-run locally with EMANET_E2E_TRACE=1 for the full trace.
    trace: process.env.EMANET_E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--headless',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    {
      // Real Electron app; every test skips itself when the Electron binary is absent.
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
