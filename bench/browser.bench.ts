// 3–5. The page, built and served by `vite preview` on :4174 (KSP_BENCH_PORT), in headless Chromium (Debian's
// /usr/bin/chromium, flags as in playwright.config.ts), measured from the outside through the
// page's own hooks: window.__ksp (store summary), window.__editor (Monaco), window.__kspDiagram
// (the packet canvas' frame counter and synthetic packets), and the DOM (`.react-flow__node`).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { deploymentsYaml, nodesYaml } from './generate.ts';
import { median, percentile, round } from './stats.ts';

/** Two checkouts on one machine benchmark side by side with different ports. */
const PORT = Number(process.env.KSP_BENCH_PORT ?? 4174);
const ORIGIN = `http://localhost:${PORT}`;
const ROOT = new URL('../', import.meta.url);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface EditRow {
  case: string;
  edits: number;
  p50Ms: number | null;
  p95Ms: number | null;
  budgetMs: number;
  note: string;
  /**
   * The first edits after the page is ready, one by one, and the p95 of the rest: the first edits
   * run code for the first time (V8 compiles it, then tiers it up), so they set the p95 of a short
   * series on a slow CPU. Printed to show where the p95 comes from; the budget is on the whole series.
   */
  firstMs?: number[];
  laterP95Ms?: number | null;
}
export interface AnimationRow {
  packets: number;
  /** Frames the page drew per second (rAF), and frames the packet painter painted per second. */
  fps: number | null;
  packetFps: number | null;
  p95FrameMs: number | null;
  busyPct: number | null;
  drawn: number;
  note: string;
}
export interface RealPacketsRow {
  /** Clients added through the page's own "Add a client" form (50 requests/s each). */
  clients: number;
  /** Most packets drawn at once (real requests the worker routed, not the synthetic hook). */
  drawn: number;
  /** Frames the page drew per second (rAF), and frames the packet painter painted per second. */
  fps: number | null;
  packetFps: number | null;
  p95FrameMs: number | null;
  busyPct: number | null;
  note: string;
}
/** The figures taken a second time with Chrome's CPU throttled (CDP Emulation.setCPUThrottlingRate). */
export interface ThrottledResult {
  rate: number;
  firstDiagramMs: number | null;
  firstPacketMs: number | null;
  seedEdit: EditRow;
  /**
   * The same edits with a Chromebook's user agent, the classroom's usual laptop: Monaco draws plain
   * monospace lines by arithmetic there, a fast path it turns off on Linux, Firefox and Safari
   * (`canUseFastRenderedViewLine`, monaco-editor's viewLine.js), so on Linux it reads line positions
   * back from the page instead. No budget: the budget row is the Linux one above.
   */
  seedEditChromebook: EditRow;
  realPackets: RealPacketsRow;
}
export interface BrowserResult {
  startup: {
    firstDiagramMs: number | null;
    /** Cold start → the packet painter's first frame with a packet (the default clients' first request). */
    firstPacketMs: number | null;
    editorReadyMs: number | null;
    jsGzipKBBeforeDiagram: number;
    jsFilesBeforeDiagram: string[];
  };
  edits: EditRow[];
  animation: AnimationRow[];
  animationBaselineFps: number | null;
  diagramNodes: number;
  realPackets: RealPacketsRow;
  throttled: ThrottledResult;
}

interface Hooks {
  __ksp?: {
    summary: { pods: number; services: number; stale: boolean; errors: number; clients: string[] };
    counters: { loadsApplied: number };
    text: string;
  };
  __editor?: {
    getModel(): {
      getFullModelRange(): unknown;
      getValue(): string;
      getPositionAt(offset: number): { lineNumber: number; column: number };
      pushEditOperations(a: unknown[], e: unknown[], c: () => null): void;
    };
  };
  __kspDiagram?: { drawn: number; frames: number; stress(n: number): void };
}

/**
 * Timed inside the page, on every animation frame: the first diagram box that is laid out and visible
 * (React Flow hides a node until it has measured it), and the moment Monaco is ready. Playwright's
 * own waitForSelector answered 300–1,000 ms late on a busy 2-core machine.
 */
const STARTUP_PROBE = `
  (() => {
    const p = globalThis.__kspStartup = { origin: performance.timeOrigin };
    const tick = () => {
      if (!p.diagram) {
        const n = document.querySelector('.react-flow__node');
        if (n && getComputedStyle(n).visibility !== 'hidden' && n.getBoundingClientRect().width > 0) p.diagram = performance.now();
      }
      if (!p.editor && globalThis.__editor) p.editor = performance.now();
      // The packet painter's own clock (a worker's wall clock) at its first frame with a packet.
      const first = globalThis.__kspDiagram?.firstDrawnAt;
      if (!p.packet && first) p.packet = first - performance.timeOrigin;
      if (!p.diagram || !p.editor || !p.packet) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;

async function waitForServer(ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(ORIGIN)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${ORIGIN}`);
}

/**
 * Turn the editor text into `text` with the edit a person makes (only the characters that differ,
 * here the replicas digits, through the Monaco model: the change event a keystroke fires) and return
 * ms until the store shows `pods` pods and two frames have painted. Replacing the whole text instead
 * made Monaco re-render every line and re-send the whole model to its YAML worker on every edit, work
 * a keystroke never causes.
 */
async function timedEdit(page: Page, text: string, pods: number): Promise<number> {
  return page.evaluate(
    ({ text, pods }) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as Hooks;
        const model = w.__editor!.getModel();
        const old = model.getValue();
        let a = 0;
        while (a < old.length && a < text.length && old[a] === text[a]) a++;
        let b = 0;
        while (b < old.length - a && b < text.length - a && old[old.length - 1 - b] === text[text.length - 1 - b]) b++;
        const from = model.getPositionAt(a);
        const to = model.getPositionAt(old.length - b);
        const range = {
          startLineNumber: from.lineNumber,
          startColumn: from.column,
          endLineNumber: to.lineNumber,
          endColumn: to.column,
        };
        const t0 = performance.now();
        model.pushEditOperations([], [{ range, text: text.slice(a, text.length - b) }], () => null);
        const check = () => {
          const s = w.__ksp!.summary;
          if (s.pods === pods && !s.stale)
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
          else if (performance.now() - t0 > 20_000) resolve(Number.NaN);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { text, pods },
  );
}

const summary = (page: Page) => page.evaluate(() => (window as unknown as Hooks).__ksp!.summary);
const setText = (page: Page, text: string) =>
  page.evaluate((t) => {
    const m = (window as unknown as Hooks).__editor!.getModel();
    m.pushEditOperations([], [{ range: m.getFullModelRange(), text: t }], () => null);
  }, text);

/** How many edits at the start of a series are printed one by one (EditRow.firstMs). */
const FIRST_EDITS = 5;

async function editSeries(page: Page, name: string, text: string, budgetMs: number, count: number): Promise<EditRow> {
  const m = /replicas: (\d+)/.exec(text);
  if (!m) return { case: name, edits: 0, p50Ms: null, p95Ms: null, budgetMs, note: 'no replicas field to edit' };
  // Wait for the worker's answer to THIS text: the previous text's view also has pods > 0, and reading
  // its pod count as the base made every later edit wait for a count that never came.
  const applied = await page.evaluate((t) => {
    const k = (window as unknown as Hooks).__ksp!;
    return k.text === t ? -1 : k.counters.loadsApplied;
  }, text);
  if (applied >= 0) await setText(page, text);
  await page.waitForFunction(
    (a) => {
      const k = (window as unknown as Hooks).__ksp;
      const s = k?.summary;
      return !!k && !!s && k.counters.loadsApplied > a && s.pods > 0 && !s.stale;
    },
    applied,
    { timeout: 60_000 },
  );
  const base = (await summary(page)).pods;
  const r = Number(m[1]);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const up = i % 2 === 0;
    const next = text.replace(/replicas: \d+/, `replicas: ${up ? r + 1 : r}`);
    times.push(await timedEdit(page, next, up ? base + 1 : base));
  }
  const ok = times.filter((t) => Number.isFinite(t));
  const later = times.slice(FIRST_EDITS).filter((t) => Number.isFinite(t));
  return {
    case: name,
    edits: ok.length,
    p50Ms: ok.length ? round(percentile(ok, 50), 1) : null,
    p95Ms: ok.length ? round(percentile(ok, 95), 1) : null,
    firstMs: times.slice(0, FIRST_EDITS).map((t) => round(t, 0)),
    laterP95Ms: later.length ? round(percentile(later, 95), 1) : null,
    budgetMs,
    note:
      ok.length < times.length
        ? `${times.length - ok.length} edits never showed`
        : 'first Deployment replicas ±1 per edit',
  };
}

/**
 * Over `ms`: the page's frames per second (rAF intervals) and their p95, the packet painter's frames
 * per second (it paints in its own worker where the browser allows: PacketCanvas.tsx), and the
 * page's main-thread busy share (CDP TaskDuration).
 */
async function frameStats(
  page: Page,
  ms: number,
): Promise<{ fps: number; p95: number; packetFps: number; busy: number | null }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'TaskDuration')?.value ?? NaN;
  const t0 = await task();
  const w0 = Date.now();
  const r = await page.evaluate(
    (ms) =>
      new Promise<{ fps: number; p95: number; packetFps: number }>((resolve) => {
        const gaps: number[] = [];
        let last = performance.now();
        const start = last;
        const painted = () => (window as unknown as Hooks).__kspDiagram?.frames ?? 0;
        const painted0 = painted();
        const tick = (t: number) => {
          gaps.push(t - last);
          last = t;
          if (t - start < ms) requestAnimationFrame(tick);
          else {
            gaps.sort((a, b) => a - b);
            resolve({
              fps: (1000 * gaps.length) / (t - start),
              p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
              packetFps: (1000 * (painted() - painted0)) / (t - start),
            });
          }
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
  const busy = (await task()) - t0;
  const wall = (Date.now() - w0) / 1000;
  await cdp.detach();
  return {
    fps: round(r.fps, 1),
    p95: round(r.p95, 1),
    packetFps: round(r.packetFps, 1),
    busy: Number.isFinite(busy) ? round((100 * busy) / wall, 1) : null,
  };
}

/** Slows the page's CPU `rate`× (1 = off), as Lighthouse's mobile profile does. */
async function throttle(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Real packets: clients added through the traffic panel's form (external, 50 requests/s each, the
 * form's maximum), one at a time, until 1,000 packets are drawn at once, or adding a client stops
 * raising the count; then the frame rate with that traffic. Every packet is a request the worker
 * routed through the core (window.__kspDiagram.drawn counts them; the stress hook stays off).
 */
async function realPackets(page: Page, target = 1_000, maxClients = 30): Promise<RealPacketsRow> {
  const peak = () =>
    page.evaluate(async () => {
      const d = (window as unknown as Hooks).__kspDiagram;
      let m = 0;
      const end = performance.now() + 1_500;
      while (performance.now() < end) {
        m = Math.max(m, d?.drawn ?? 0);
        await new Promise((r) => requestAnimationFrame(r));
      }
      return m;
    });
  const play = page.getByRole('button', { name: 'Play' });
  if (await play.count()) await play.first().click();
  await page.locator('details.k-clients-box > summary').click();
  await page.locator('details.k-add > summary').click();
  const form = page.getByRole('form', { name: 'Add a client' });
  // What the form offers an outside client (a nodePort, a load balancer, an Ingress host): an
  // outside client sent to a ClusterIP only draws failures, which is not the work measured here.
  const pool = await page.evaluate(() =>
    [...document.querySelectorAll('#k-targets-outside option')].map((o) => (o as HTMLOptionElement).value),
  );
  if (pool.length === 0) throw new Error('realPackets: the form offers no target an outside client can reach');
  let best = await peak();
  let added = 0;
  let note = '';
  while (best < target && added < maxClients) {
    await form.getByLabel('Target').fill(pool[added % pool.length]!);
    await form.getByLabel('Rate per second').fill('50');
    await form.getByRole('button', { name: 'Add client' }).click();
    added++;
    await page.waitForTimeout(500);
    const now = await peak();
    if (now <= best) {
      // More traffic drew fewer packets: take the last client away again and measure the best.
      note = `adding client ${added} lowered the packets drawn (${best} → ${now})`;
      await page
        .getByRole('button', { name: /^Remove/ })
        .last()
        .click();
      added--;
      await page.waitForTimeout(1_000);
      break;
    }
    best = now;
  }
  const clients = (await summary(page)).clients.length;
  const s = await frameStats(page, 3_000);
  const drawn = Math.max(best, await peak());
  if (drawn < target && !note) note = `${added} clients added, the most the form allows here`;
  return { clients, drawn, fps: s.fps, packetFps: s.packetFps, p95FrameMs: s.p95, busyPct: s.busy, note };
}

/** Median of `runs` cold loads (fresh context = empty cache) to the first diagram box, CPU throttled `rate`×. */
async function firstDiagram(
  browser: Browser,
  rate: number,
  runs: number,
): Promise<{ firstDiagramMs: number; firstPacketMs: number; editorReadyMs: number; js: string[] }> {
  const firsts: number[] = [];
  const packets: number[] = [];
  const readies: number[] = [];
  let js: string[] = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await ctx.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await ctx.addInitScript({ content: STARTUP_PROBE });
    const page = await ctx.newPage();
    if (rate > 1) await throttle(page, rate);
    const loaded: { url: string; at: number }[] = [];
    page.on('requestfinished', (req) => {
      if (req.url().startsWith(ORIGIN) && /\.m?js(\?|$)/.test(new URL(req.url()).pathname))
        loaded.push({ url: req.url(), at: req.timing().startTime + req.timing().responseEnd });
    });
    await page.goto(ORIGIN);
    const marks = await page
      .waitForFunction(
        () => {
          const p = (window as unknown as { __kspStartup?: { diagram?: number; editor?: number; packet?: number } })
            .__kspStartup;
          return p?.diagram && p.editor && p.packet ? p : null;
        },
        null,
        { timeout: 120_000 },
      )
      .then((h) => h.jsonValue() as Promise<{ diagram: number; editor: number; packet: number; origin: number }>);
    firsts.push(marks.diagram);
    packets.push(marks.packet);
    readies.push(marks.editor);
    // Requests that ended before the diagram showed (wall clock: the page's time origin + the mark).
    js = loaded.filter((r) => r.at <= marks.origin + marks.diagram).map((r) => r.url);
    await ctx.close();
  }
  return {
    firstDiagramMs: round(median(firsts), 0),
    firstPacketMs: round(median(packets), 0),
    editorReadyMs: round(median(readies), 0),
    js,
  };
}

/** Chrome's user agent on a Chromebook, at this browser's version (Monaco reads only the platform). */
const chromebookAgent = (browser: Browser): string =>
  `Mozilla/5.0 (X11; CrOS x86_64 15917.71.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`;

/** A page on the seed example, ready to edit (diagram and Monaco up). */
async function seedPage(browser: Browser, rate: number, userAgent?: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, userAgent });
  // tsx (esbuild keepNames) wraps named functions inside page.evaluate callbacks in __name().
  await ctx.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await ctx.newPage();
  if (rate > 1) await throttle(page, rate);
  await page.goto(ORIGIN);
  await page.waitForFunction(
    () => !!(window as unknown as Hooks).__editor && ((window as unknown as Hooks).__ksp?.summary.pods ?? 0) > 0,
    null,
    { timeout: 120_000 },
  );
  return page;
}

/** Gzip bytes of the JavaScript files the page fetched, read from dist/ (what a gzip-serving host sends). */
function gzipKB(urls: string[]): number {
  let bytes = 0;
  for (const u of urls) {
    const file = new URL(`dist${new URL(u).pathname}`, ROOT);
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return round(bytes / 1024, 1);
}

/**
 * The built app served by `vite preview` and a headless Chromium for `measure`. `dist`: serve that
 * directory, already built (two builds compared alternately), instead of building this checkout
 * into dist/.
 */
async function withBrowser<T>(dist: string | undefined, measure: (browser: Browser) => Promise<T>): Promise<T> {
  if (dist === undefined) {
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const outDir = dist === undefined ? [] : ['--outDir', dist];
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', ...outDir], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    await waitForServer(60_000);
    return await measure(browser);
  } finally {
    await browser.close();
    if (server.pid) {
      try {
        process.kill(-server.pid);
      } catch {
        /* already gone */
      }
    }
  }
}

/** The CPU slow-down of the classroom laptop's figures (Lighthouse's mobile profile). */
const RATE = 4;

/**
 * Only the real-packets rows, unthrottled and with the CPU 4× slower, each measured as in
 * benchBrowser (a fresh seed page; the throttled one without the edit series before it).
 */
export async function benchRealPackets(
  dist?: string,
): Promise<{ realPackets: RealPacketsRow; throttled: RealPacketsRow }> {
  return withBrowser(dist, async (browser) => {
    const real = await seedPage(browser, 1);
    const realPacketsRow = await realPackets(real);
    await real.context().close();
    const slow = await seedPage(browser, RATE);
    const slowReal = await realPackets(slow);
    await slow.context().close();
    return { realPackets: realPacketsRow, throttled: slowReal };
  });
}

/** Only the start-up rows (median of 3 cold loads each), unthrottled and with the CPU 4× slower. */
export async function benchStartup(
  dist?: string,
): Promise<{ cpu: string; firstDiagramMs: number; firstPacketMs: number; editorReadyMs: number }[]> {
  return withBrowser(dist, async (browser) => {
    const rows = [];
    for (const rate of [1, RATE]) {
      const { js: _js, ...r } = await firstDiagram(browser, rate, 3);
      rows.push({ cpu: `${rate}×`, ...r });
    }
    return rows;
  });
}

/**
 * Only the seed example's edit series with the CPU 4× slower (default and Chromebook user agent),
 * each on a fresh paused seed page as in benchBrowser, so a change to the edit path can be measured
 * against another build alternately (`dist`) without the rest of the browser section.
 */
export async function benchSeedEdits(dist?: string, edits = 30): Promise<{ seedEdit: EditRow; chromebook: EditRow }> {
  return withBrowser(dist, async (browser) => {
    const series = async (name: string, userAgent?: string) => {
      const page = await seedPage(browser, RATE, userAgent);
      const seedText = await page.evaluate(() => (window as unknown as Hooks).__ksp!.text);
      const pause = page.getByRole('button', { name: 'Pause' });
      if (await pause.count()) await pause.first().click();
      const row = await editSeries(page, name, seedText, 150, edits);
      await page.context().close();
      return row;
    };
    return {
      seedEdit: await series('seed example, CPU 4× slower'),
      chromebook: await series('seed example, CPU 4× slower, Chromebook user agent', chromebookAgent(browser)),
    };
  });
}

/**
 * Only the 100 Services / 1,000 Pods edit series, unthrottled, on a fresh paused seed page as in
 * benchBrowser (the seed series first, as there, so the big one starts warm), so a change to it can be
 * measured against another build alternately (`dist`).
 */
export async function benchBigEdits(dist?: string, edits = 50): Promise<EditRow> {
  return withBrowser(dist, async (browser) => {
    const page = await seedPage(browser, 1);
    const seedText = await page.evaluate(() => (window as unknown as Hooks).__ksp!.text);
    const pause = page.getByRole('button', { name: 'Pause' });
    if (await pause.count()) await pause.first().click();
    await editSeries(page, 'seed example', seedText, 100, edits);
    const big = `${nodesYaml(10)}---\n${deploymentsYaml(100, 10)}`;
    const row = await editSeries(page, '100 Services / 1,000 Pods', big, 500, edits);
    await page.context().close();
    return row;
  });
}

export async function benchBrowser(options: { edits?: number } = {}): Promise<BrowserResult> {
  const edits = options.edits ?? 50;
  return withBrowser(undefined, async (browser) => {
    // 5. Start-up: median of 3 cold loads (fresh context = empty cache).
    const cold = await firstDiagram(browser, 1, 3);
    const startup = {
      firstDiagramMs: cold.firstDiagramMs,
      firstPacketMs: cold.firstPacketMs,
      editorReadyMs: cold.editorReadyMs,
      jsGzipKBBeforeDiagram: gzipKB(cold.js),
      jsFilesBeforeDiagram: cold.js.map((u) => new URL(u).pathname),
    };

    const page = await seedPage(browser, 1);
    const ctx = page.context();
    const seedText = await page.evaluate(() => (window as unknown as Hooks).__ksp!.text);
    const pause = page.getByRole('button', { name: 'Pause' });
    if (await pause.count()) await pause.first().click();
    // 3. Edit → diagram.
    const rows: EditRow[] = [];
    rows.push(await editSeries(page, 'seed example', seedText, 100, edits));
    // Ten Nodes: all 1,000 Pods run (kubelet admits 110 pods a node, so the three default Nodes
    // hold 330 with CoreDNS's two, and five would hold 550: the rest would be Pending, Too many pods).
    const big = `${nodesYaml(10)}---\n${deploymentsYaml(100, 10)}`;
    rows.push(await editSeries(page, '100 Services / 1,000 Pods', big, 500, edits));
    // 4. Animation on a diagram of about 100 nodes: 30 apps of 2 pods + Services + nodes.
    await setText(page, deploymentsYaml(30, 2));
    await page.waitForFunction(
      () => {
        const s = (window as unknown as Hooks).__ksp?.summary;
        return !!s && s.pods >= 60 && s.services >= 30 && !s.stale;
      },
      null,
      { timeout: 60_000, polling: 100 },
    );
    await page.waitForTimeout(1_000);
    const diagramNodes = await page.locator('.react-flow__node').count();
    await page.evaluate(() => (window as unknown as Hooks).__kspDiagram?.stress(0));
    const off = await frameStats(page, 3_000);
    const animation: AnimationRow[] = [];
    for (const packets of [1_000, 4_000]) {
      await page.evaluate((n) => (window as unknown as Hooks).__kspDiagram?.stress(n), packets);
      await page.waitForTimeout(1_000);
      const s = await frameStats(page, 3_000);
      const drawn = await page.evaluate(() => (window as unknown as Hooks).__kspDiagram?.drawn ?? 0);
      animation.push({
        packets,
        fps: s.fps,
        packetFps: s.packetFps,
        p95FrameMs: s.p95,
        busyPct: s.busy,
        drawn,
        note: drawn < packets ? `only ${drawn} drawn` : '',
      });
    }
    await page.evaluate(() => (window as unknown as Hooks).__kspDiagram?.stress(0));
    await ctx.close();

    // Real packets on the seed example (its diagram, its clients, plus clients added in the form).
    const real = await seedPage(browser, 1);
    const realPacketsRow = await realPackets(real);
    await real.context().close();

    // The classroom laptop: the same figures with the CPU throttled 4× (Lighthouse's mobile profile).
    const slowCold = await firstDiagram(browser, RATE, 3);
    const slow = await seedPage(browser, RATE);
    const slowPause = slow.getByRole('button', { name: 'Pause' });
    if (await slowPause.count()) await slowPause.first().click();
    const slowEdit = await editSeries(slow, 'seed example, CPU 4× slower', seedText, 150, Math.min(edits, 30));
    const slowReal = await realPackets(slow);
    await slow.context().close();
    const book = await seedPage(browser, RATE, chromebookAgent(browser));
    const bookPause = book.getByRole('button', { name: 'Pause' });
    if (await bookPause.count()) await bookPause.first().click();
    const bookEdit = await editSeries(
      book,
      'seed example, CPU 4× slower, Chromebook user agent',
      seedText,
      150,
      Math.min(edits, 30),
    );
    await book.context().close();
    return {
      startup,
      edits: rows,
      animation,
      animationBaselineFps: off.fps,
      diagramNodes,
      realPackets: realPacketsRow,
      throttled: {
        rate: RATE,
        firstDiagramMs: slowCold.firstDiagramMs,
        firstPacketMs: slowCold.firstPacketMs,
        seedEdit: slowEdit,
        seedEditChromebook: bookEdit,
        realPackets: slowReal,
      },
    };
  });
}
