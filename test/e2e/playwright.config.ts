import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from './artifacts';

/**
 * The host (ASP.NET Core serving the Angular build) is started by the caller, not by Playwright;
 * point E2E_BASE_URL at it. Browsers cannot be downloaded here, so Debian's Chromium is used.
 *
 * E2E_BASE_URLS (comma-separated) runs one worker per URL instead: each worker process evaluates this file
 * with its own TEST_PARALLEL_INDEX and drives only its own host, so a host (and its database) still sees one
 * test at a time, as with a single worker. The specs run against any host in any order: each one leaves the
 * demo data as it found it or writes only data of its own (see README).
 */
const baseUrls = (process.env['E2E_BASE_URLS'] ?? process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:5123')
  .split(',').map(url => url.trim()).filter(url => url.length > 0);
const parallelIndex = Number(process.env['TEST_PARALLEL_INDEX'] ?? 0);

/**
 * Debian's headless shell (package chromium-headless-shell, the old headless mode that Playwright itself uses for
 * headless runs) when it is installed, else the full Chromium in its new headless mode. Same engine and fonts; the
 * shell has no browser UI to run: measured on the whole suite with two hosts (/proc CPU of Chromium and the runner),
 * 140 and 159 CPU-s with the shell, 187 with the full browser. CHROMIUM_PATH overrides both.
 */
const headlessShell = '/usr/bin/chromium-headless-shell';
const chromiumPath = process.env['CHROMIUM_PATH'] ?? (existsSync(headlessShell) ? headlessShell : '/usr/bin/chromium');

export default defineConfig({
  testDir: './tests',
  outputDir: join(ARTIFACTS_DIR, 'test-output'),
  fullyParallel: false,
  workers: baseUrls.length,
  // A failed test runs once more, recording a trace (see `trace`); the test command still counts it as failed
  // (results.json's "flaky"), so a retry never hides a flake.
  retries: 1,
  forbidOnly: !!process.env['CI'],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: join(ARTIFACTS_DIR, 'results.json') }]],
  use: {
    baseURL: baseUrls[parallelIndex % baseUrls.length],
    locale: 'zh-CN',
    // Recording a trace for every test cost a quarter of the browser tests' time (the planning flow: 32 s with,
    // 23 s without, on an idle machine); only the retry of a failed test records one. E2E_TRACE=1 records all.
    trace: process.env['E2E_TRACE'] === '1' ? 'retain-on-failure' : 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 860 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            // No GPU here: compositing in software on the GPU process cost Chromium CPU for nothing. Measured on the whole
            // suite (two hosts, /proc CPU of Chromium and the runner): 169 CPU-s without these two flags, 150 with.
            '--disable-gpu-compositing',
            '--disable-smooth-scrolling',
          ],
        },
      },
    },
  ],
});
