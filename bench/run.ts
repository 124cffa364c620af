// `npm run bench [-- --quick] [-- --no-browser]`: the performance figures of issue 6, each a median of
// several runs next to a baseline measured in the same run. Prints a table per section and writes
// bench/results.json (gitignored). It asserts nothing: budgets are read, not enforced (README
// "Benchmarks"). `--quick` shrinks every section and skips the browser (CI only checks it runs).
// `--only route,cli` runs just those sections (load, route, share, memory, cli, peers, browser) and
// leaves bench/results.json alone, so one figure can be re-measured without waiting for the rest.
// `--only packets` measures just the browser's real-packets rows (unthrottled and CPU 4× slower);
// `--only startup` just the cold-start rows (first diagram, first packet, editor ready), both CPU rates.
// `--only edits` just the seed example's edit series with the CPU 4× slower (and the Chromebook one).
// `--only bigedits` just the 100 Services / 1,000 Pods edit series (unthrottled).
// With KSP_BENCH_DIST=<dir> either serves that directory, already built, so two builds can be alternated.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { benchLoad } from './load.bench.ts';
import { benchRoute } from './route.bench.ts';
import { benchShare } from './share.bench.ts';
import { benchMemory } from './memory.bench.ts';
import { benchCli } from './cli.bench.ts';
import { benchPeers } from './peers.bench.ts';
import { canGc } from './stats.ts';
import { evaluateBudgets, type Budget } from './budgets.ts';
import type { BrowserResult } from './browser.bench.ts';
import { installPlugins } from '../src/core/scenario/index.ts';

// The core's plug-ins (Gateway API, Ingress: the routing bench's Ingresses), as ksp installs them.
installPlugins();

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a, i) => args[i - 1] === '--only' || a.startsWith('--only='));
const only = onlyArg === undefined ? null : new Set(onlyArg.replace(/^--only=/, '').split(','));
const want = (name: string): boolean => only === null || only.has(name);
const browser = !quick && !args.includes('--no-browser') && want('browser');

// Memory figures need a full GC between steps: re-run once under --expose-gc.
if (!canGc && !process.env.KSP_BENCH_CHILD) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, KSP_BENCH_CHILD: '1' },
  });
  process.exit(r.status ?? 1);
}

const section = (title: string) => console.log(`\n== ${title}`);
const started = performance.now();

section('1. Scenario load (loadScenario vs yaml.parseAllDocuments on the same text; budget ≤ 3×)');
const load = want('load') ? benchLoad(quick) : [];
console.table(load);

section('2. Routing throughput (send with full hop traces; baseline = same Map look-ups + random draws)');
const route = want('route') ? benchRoute(quick) : [];
console.table(route);

section('6. Share links (characters of #s=1.…; budget ≤ 600 for seed examples)');
const share = want('share') ? await benchShare() : [];
console.table(share);

section('7. Memory (heap after full GC)');
const memory = want('memory') ? benchMemory(quick) : { rows: [], requestGrowth: NaN, exact: true };
console.table(memory.rows);
console.log(
  `heap after the larger request count / after the smaller: ${memory.requestGrowth}× (budget ≤ 1.2×)${memory.exact ? '' : ' — no --expose-gc, approximate'}`,
);

section('8. CLI start (CPU of ksp validate on a one-Service file vs node -e 0, alternately; budget ≤ 3×)');
const cli = want('cli') ? benchCli(quick) : [];
console.table(cli);

section(
  `9. Peers: ngrok's Webernetes on the same work, each in its own process, alternately (ahead: > 1 = we are ahead)`,
);
const peers = want('peers') ? await benchPeers(quick) : null;
console.table(peers?.rows ?? []);
if (peers && Object.keys(peers.behaviour.peer).length)
  console.table(
    Object.keys(peers.behaviour.ours).map((what) => ({
      what,
      ours: peers.behaviour.ours[what],
      [peers.peer]: peers.behaviour.peer[what] ?? '',
    })),
  );

let page: BrowserResult | null = null;
if (browser) {
  section(`3–5. Browser (built app in headless Chromium via vite preview :${process.env.KSP_BENCH_PORT ?? 4174})`);
  const { benchBrowser } = await import('./browser.bench.ts');
  page = await benchBrowser();
  console.log(JSON.stringify(page, null, 2));
} else {
  console.log('\n(browser part skipped: --quick or --no-browser)');
}
if (!quick && only?.has('packets')) {
  const dist = process.env.KSP_BENCH_DIST;
  section(`4. Real packets only (${dist ?? 'this checkout, built'}; page / painted fps; budget ≥ 50 each)`);
  const { benchRealPackets } = await import('./browser.bench.ts');
  const r = await benchRealPackets(dist);
  console.table([
    { cpu: '1×', ...r.realPackets },
    { cpu: '4× slower', ...r.throttled },
  ]);
}

if (!quick && only?.has('startup')) {
  const dist = process.env.KSP_BENCH_DIST;
  section(`5. Start-up only (${dist ?? 'this checkout, built'}; ms, median of 3 cold loads)`);
  const { benchStartup } = await import('./browser.bench.ts');
  console.table(await benchStartup(dist));
}
if (!quick && only?.has('edits')) {
  const dist = process.env.KSP_BENCH_DIST;
  section(`5. Seed edits only, CPU 4× slower (${dist ?? 'this checkout, built'}; ms; budget p95 ≤ 150)`);
  const { benchSeedEdits } = await import('./browser.bench.ts');
  const r = await benchSeedEdits(dist);
  console.table([r.seedEdit, r.chromebook]);
}

if (!quick && only?.has('bigedits')) {
  const dist = process.env.KSP_BENCH_DIST;
  section(`5. 1,000-Pod edits only (${dist ?? 'this checkout, built'}; ms; budget p95 ≤ 500)`);
  const { benchBigEdits } = await import('./browser.bench.ts');
  console.table([await benchBigEdits(dist)]);
}

const budgets: Budget[] = evaluateBudgets({ load, route, share, memory, cli, peers, page });
section('Budgets');
console.table(budgets);

const results = {
  date: new Date().toISOString(),
  quick,
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? '',
  seconds: Math.round((performance.now() - started) / 1000),
  load,
  route,
  share,
  memory,
  cli,
  peers,
  page,
  budgets,
};
if (only === null) {
  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote bench/results.json (${results.seconds} s)`);
} else console.log(`\n--only ${[...only].join(',')}: bench/results.json left as it was (${results.seconds} s)`);
