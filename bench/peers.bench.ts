// 9. Peers: our core against ngrok's Webernetes (@ngrok/webernetes, Apache-2.0, a devDependency),
// on the same work (bench/peers/workload.ts), each in its own Node process so that neither sees the
// other's timers or heap, run alternately so both see the same machine load. Work is CPU time
// (user + system of the process); wall time is printed next to it, since the peer runs its
// controllers on real-time timers. Both task files are bundled with esbuild first: the peer's
// package imports modules without file extensions (it is written for bundlers), and ours then
// starts the same way. Bundle bytes: each core's public entry bundled for the browser, minified,
// gzip -9. `ahead` is the peer's cost over ours (or our rate over the peer's): > 1 means we are
// ahead; a `>` marks a lower bound (the peer did not finish within its time cap).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { TaskResult } from './peers/workload.ts';
import { median, round } from './stats.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PEER = '@ngrok/webernetes';

export interface PeerRow {
  row: string;
  ours: string;
  peer: string;
  /** Peer's cost ÷ ours (or our rate ÷ the peer's); null when not comparable. */
  ahead: number | null;
  /** The peer did not finish: `ahead` is a lower bound. */
  lowerBound?: boolean;
  note?: string;
}

export interface PeersResult {
  peer: string;
  peerVersion: string;
  rows: PeerRow[];
  behaviour: { ours: Record<string, string>; peer: Record<string, string> };
  raw: Record<string, { ours: TaskResult[]; peer: TaskResult[] }>;
}

type Side = 'ours' | 'peer';

async function bundleTasks(dir: string): Promise<Record<Side, string>> {
  const out = { ours: join(dir, 'ours.mjs'), peer: join(dir, 'webernetes.mjs') };
  await build({
    entryPoints: {
      ours: join(ROOT, 'bench/peers/ours.task.ts'),
      webernetes: join(ROOT, 'bench/peers/webernetes.task.ts'),
    },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // `yaml` ships CommonJS to Node (scripts/build-cli.mjs does the same).
    banner: { js: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" },
  });
  return out;
}

/** gzip -9 bytes of an entry bundled for the browser, minified. */
async function gzipBytes(contents: string): Promise<number> {
  const r = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return gzipSync(Buffer.from(r.outputFiles[0]!.contents), { level: 9 }).length;
}

function runTask(file: string, args: readonly (string | number)[], timeoutMs: number): TaskResult {
  const r = spawnSync(process.execPath, ['--expose-gc', file, ...args.map(String)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = r.stdout?.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as TaskResult;
  } catch {
    return { wallMs: NaN, cpuMs: NaN, error: `exit ${r.status ?? r.signal}: ${(r.stderr ?? '').slice(-300)}` };
  }
}

/** Runs both sides `runs` times, alternating which goes first. */
function paired(
  files: Record<Side, string>,
  runs: number,
  args: Record<Side, readonly (string | number)[]>,
  timeoutMs: number,
): { ours: TaskResult[]; peer: TaskResult[] } {
  const res = { ours: [] as TaskResult[], peer: [] as TaskResult[] };
  for (let i = 0; i < runs; i++) {
    const order: Side[] = i % 2 ? ['peer', 'ours'] : ['ours', 'peer'];
    for (const side of order) res[side].push(runTask(files[side], args[side], timeoutMs));
  }
  return res;
}

const med = (rs: TaskResult[], f: (r: TaskResult) => number | undefined): number =>
  median(rs.map(f).filter((x): x is number => typeof x === 'number' && Number.isFinite(x)));
const fmtMs = (ms: number): string => (ms >= 10_000 ? `${round(ms / 1000, 1)} s` : `${Math.round(ms)} ms`);
const errorOf = (rs: TaskResult[]): string | undefined => rs.find((r) => r.error)?.error;

export async function benchPeers(quick: boolean): Promise<PeersResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ksp-peers-'));
  const rows: PeerRow[] = [];
  const raw: PeersResult['raw'] = {};
  try {
    const files = await bundleTasks(dir);

    // Cold start: process start → the first request answered (a Deployment of 3 + a NodePort Service).
    const cold = paired(files, quick ? 1 : 5, { ours: ['cold'], peer: ['cold'] }, 120_000);
    raw.cold = cold;
    for (const [what, f] of [
      ['CPU', (r: TaskResult) => r.cpuMs],
      ['wall', (r: TaskResult) => r.wallMs],
    ] as const) {
      const o = med(cold.ours, f);
      const p = med(cold.peer, f);
      rows.push({
        row: `cold start → first answered request (${what})`,
        ours: fmtMs(o),
        peer: errorOf(cold.peer) ?? fmtMs(p),
        ahead: round(p / o, 1),
        note: 'from process start; ours: external client → node-1:30080; peer: cluster.fetch from node-1',
      });
    }

    // Scale: n Services with their Deployments of 3, until every Service has 3 ready endpoints.
    const sizes: [number, number, number][] = quick
      ? []
      : [
          [10, 3, 120_000],
          [100, 1, 300_000],
          [500, 1, 90_000],
        ];
    for (const [n, runs, capMs] of sizes) {
      const r = paired(files, runs, { ours: ['scale', n], peer: ['scale', n, capMs] }, capMs + 120_000);
      raw[`scale${n}`] = r;
      const short = r.peer.some((x) => (x.ready ?? 0) < n);
      const note = short ? `peer: ${errorOf(r.peer) ?? 'not ready'}` : undefined;
      const ourReady = med(r.ours, (x) => x.ready);
      for (const [what, f, unit] of [
        ['CPU to ready', (x: TaskResult) => x.cpuMs, 'ms'],
        ['wall to ready', (x: TaskResult) => x.wallMs, 'ms'],
        ['heap', (x: TaskResult) => x.heapMB, 'MB'],
      ] as const) {
        const o = med(r.ours, f);
        const p = med(r.peer, f);
        const show = (v: number) =>
          !Number.isFinite(v) ? 'no figure' : unit === 'MB' ? `${round(v, 1)} MB` : fmtMs(v);
        rows.push({
          row: `${n} Services + Deployments of 3: ${what}`,
          ours: `${show(o)}${ourReady < n ? ` (${ourReady} ready)` : ''}`,
          peer: `${show(p)}${short ? ` (${med(r.peer, (x) => x.ready)} ready)` : ''}`,
          ahead: Number.isFinite(p / o) ? round(p / o, 1) : null,
          ...(short && unit !== 'MB' ? { lowerBound: true } : {}),
          ...(note ? { note } : {}),
        });
      }
    }

    // Routing: requests per CPU-second once ready (after a warm-up on each side). Not in --quick:
    // a few thousand requests measure the JIT's warm-up, not the routing.
    const route = quick ? null : paired(files, 3, { ours: ['route', 20_000], peer: ['route', 500] }, 300_000);
    if (route) raw.route = route;
    for (const [what, f, note] of [
      [
        'external → NodePort',
        (x: TaskResult) => x.nodePortPerCpuSec,
        'ours: an external client, with the hop trace (kube-proxy rules, SNAT); peer: from node-1 (it has no outside client)',
      ],
      [
        'pod → Service by DNS name',
        (x: TaskResult) => x.dnsPerCpuSec,
        'http://web from a client pod (search path → ClusterIP)',
      ],
    ] as const) {
      if (!route) break;
      const o = med(route.ours, f);
      const p = med(route.peer, f);
      rows.push({
        row: `routed requests per CPU-second, ${what}`,
        ours: Math.round(o).toLocaleString('en'),
        peer: errorOf(route.peer) ?? Math.round(p).toLocaleString('en'),
        ahead: round(o / p, 1),
        note,
      });
    }

    // Bundle bytes of each core's public entry.
    // The core has one public entry per area (src/core/<area>/index.ts): all of them.
    const areas = readdirSync(join(ROOT, 'src/core'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'src/core', d.name, 'index.ts')))
      .map((d) => `export * as ${d.name} from './src/core/${d.name}/index.ts';`);
    const ourBytes = await gzipBytes(areas.join('\n'));
    const peerBytes = await gzipBytes(`export * from '${PEER}';`);
    rows.push({
      row: 'core bundle, minified + gzip -9',
      ours: `${round(ourBytes / 1024, 1)} KB`,
      peer: `${round(peerBytes / 1024, 1)} KB`,
      ahead: round(peerBytes / ourBytes, 1),
      note: `ours: every src/core/<area>/index.ts; peer: ${PEER} (with its buffer/events browser polyfills); esbuild, browser`,
    });

    const behaviour = quick
      ? { ours: {}, peer: {} }
      : (() => {
          const b = paired(files, 1, { ours: ['behaviour'], peer: ['behaviour'] }, 120_000);
          raw.behaviour = b;
          return { ours: b.ours[0]?.behaviour ?? {}, peer: b.peer[0]?.behaviour ?? {} };
        })();

    // The package's exports map does not export its package.json: read the installed file.
    const peerVersion = (
      JSON.parse(readFileSync(join(ROOT, 'node_modules', PEER, 'package.json'), 'utf8')) as { version: string }
    ).version;
    return { peer: PEER, peerVersion, rows, behaviour, raw };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
