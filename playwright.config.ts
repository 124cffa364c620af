import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browser here (docs/toolchain.md §7).
// scripts/ensure-chromium.mjs installs it when missing, before this config is used.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// KSP_E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.KSP_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Files run in two workers (tests inside a file stay in order): a browser test mostly waits on
  // Monaco, workers and timers, so two halve the wall time on a 2-core machine and keep CI under
  // 20 minutes. KSP_E2E_WORKERS=1 runs them one at a time.
  fullyParallel: false,
  workers: Number(process.env.KSP_E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    channel: undefined,
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 800 },
    // The last state of a failed test. Taken after every test it cost ~0.7 s of a worker's time and
    // ~0.3 s of CPU each (the app page at 1280x800, PNG); the screenshots a test means to keep it takes itself.
    screenshot: 'only-on-failure',
    // A trace records the page continuously (DOM snapshots and the screencast of an always-moving
    // packet canvas): recorded for every test it cost CI about a quarter of its browser time. It is
    // recorded on the retry of a failed test instead (CI retries once), which is where it is read.
    trace: 'on-first-retry',
    // The offline cache (public/sw.js) installs about 2 s after the first packets and Chrome then
    // compiles every script it cached: ~2 s of CPU in each test that reaches it, ~15 % of a test's
    // browser CPU (r43ci, docs/toolchain.md). Only the offline test needs it, and it allows it again
    // (e2e/reliability.spec.ts); a blocked registration is what a private window gives the app.
    serviceWorkers: 'block',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  webServer: {
    command: `npx vite build && npx vite preview --port ${port} --strictPort`,
    // The files as they are, not gzipped on every request (vite.config.ts, uncompressedPreview).
    env: { KSP_PREVIEW_UNCOMPRESSED: '1' },
    url: `http://localhost:${port}`,
    // Always this checkout's own fresh build: reusing whatever already listened on the port once ran
    // a whole suite against another checkout's older build (a test failed for a bug fixed days before).
    // KSP_E2E_REUSE=1 reuses a server you started yourself (faster reruns while editing tests).
    reuseExistingServer: process.env.KSP_E2E_REUSE === '1',
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
