// Instructions and simulated cache misses per routed request, counted by valgrind (no hardware
// counters on this VM, and wall time moves with whatever else the machine runs): builds the routing
// cluster of bench/route.bench.ts, warms up as it does (at least 100,000 requests, so the JIT has
// settled at 10 Services too), then routes `n` more requests inside JSON.parse's reviver, which
// C++ calls, so callgrind can count those requests alone. README "Where we miss and why" reads it.
//   npx esbuild bench/routeGrind.ts --bundle --platform=node --format=esm --outfile=/tmp/routeGrind.mjs \
//     --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
//   valgrind --tool=callgrind --cache-sim=yes --LL=33554432,16,64 --collect-atstart=no \
//     '--toggle-collect=v8::internal::JsonParseInternalizer::Internalize(*' \
//     node --hash-seed=1 --random-seed=1 /tmp/routeGrind.mjs 10000 ClusterIP 20000
// callgrind's "Collected" line divided by `n` is the per-request figure (Ir: instructions; D1mr/D1mw:
// first-level data misses on read/write; DLmr/DLmw: last-level misses). --LL is this machine's L3
// (32 MB, lscpu): valgrind reads the VM's CPUID as a 256 MB direct-mapped one. It simulates no
// prefetcher and no TLB. Under callgrind a 10,000-Service run takes ~40 minutes; with `late`
// (valgrind given --instr-atstart=no as well) 2–8 minutes: the set-up and warm-up run uninstrumented,
// and V8 then sizes its young generation as in a native run (it grows to 16 MB semispaces while the
// 10,000-Service warm-up keeps what it makes), where fully instrumented it stays small. On a loaded
// host the warm-up runs slowly enough that V8 sometimes keeps them small all the same (the scavenger
// then counts ~13 last-level misses a request): give node `--min-semi-space-size=16
// --max-semi-space-size=16` (MB) for 10,000 Services, and the same size to both builds compared.
// `--dump-instr=yes` and node's `--perf-basic-prof` (/tmp/perf-<pid>.map names the JIT code) give the
// misses per optimized function and instruction.
//   args: <services> <ClusterIP|NodePort+ClientIP|Ingress> <n> [warm-up requests] [late]
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { installPlugins } from '../src/core/scenario/index.ts';
import { createRng } from '../src/core/random/index.ts';
import { createDataplane } from '../src/core/dataplane/index.ts';
import { routingCluster, type RouteKind } from './route.bench.ts';

installPlugins();
const services = Number(process.argv[2] ?? 10);
const kind = (process.argv[3] ?? 'ClusterIP') as RouteKind;
const n = Number(process.argv[4] ?? 20_000);
const { state, requests } = routingCluster(services, null);
const dp = createDataplane(state, createRng(1));
const make = requests[kind];
const warm = Number(process.argv[5] ?? Math.max(Math.min(services * 30 + 2_000, 300_000), 100_000));
let failed = 0;
let _spin = 0;
/** The first counted request's number (after the uncounted ones of `late`). */
let from = warm;
const t0 = performance.now();
for (let i = 0; i < warm; i++) if (dp.send(make(i)).outcome !== 'ok') failed++;
// `late`: instrumentation is switched on here (callgrind_control talks to valgrind's gdbserver, which
// polls while this loop runs guest code), and `n` requests more, not collected, fill the simulated
// caches before the counted ones.
if (process.argv[6] === 'late') {
  const flag = `/tmp/routeGrind-${process.pid}.on`;
  rmSync(flag, { force: true });
  spawn('sh', ['-c', `callgrind_control -i on ${process.pid} >/dev/null && touch ${flag}`], { stdio: 'ignore' });
  while (!existsSync(flag)) for (let k = 0; k < 1e5; k++) _spin ^= k;
  rmSync(flag);
  for (let i = warm; i < warm + n; i++) if (dp.send(make(i)).outcome !== 'ok') failed++;
  from += n;
}
const t1 = performance.now();
const measure = (): void => {
  for (let i = from; i < from + n; i++) if (dp.send(make(i)).outcome !== 'ok') failed++;
};
JSON.parse('0', (_key, value: unknown) => {
  measure();
  return value;
});
const t2 = performance.now();
const us = (ms: number, count: number): string => ((ms * 1000) / Math.max(count, 1)).toFixed(2);
process.stdout.write(
  `${services} Services, ${kind}: ${warm} warm-up requests (${us(t1 - t0, warm)} µs each), ${n} counted (${us(t2 - t1, n)} µs each), ${failed} not ok\n`,
);
