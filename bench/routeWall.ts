// Wall time per routed request for one size and kind, in its own process (bench/route.bench.ts's
// cluster, warm-up and runs): `npx tsx bench/routeWall.ts <services> <kind> [runs] [perRun]`.
// Prints one JSON line: median, min and max µs per request over the runs, by the clock and by the
// process's CPU time (user + system, every thread: on a busy machine the clock also counts the
// time the process waited for a core, its CPU time does not).
import { installPlugins } from '../src/core/scenario/index.ts';
import { createRng } from '../src/core/random/index.ts';
import { createDataplane } from '../src/core/dataplane/index.ts';
import { routingCluster, type RouteKind } from './route.bench.ts';

installPlugins();
const services = Number(process.argv[2] ?? 10);
const kind = (process.argv[3] ?? 'ClusterIP') as RouteKind;
const runs = Number(process.argv[4] ?? 7);
const perRun = Number(process.argv[5] ?? 20_000);
const { state, requests } = routingCluster(services, null);
const dp = createDataplane(state, createRng(1));
const make = requests[kind];
const warm = Math.min(services * 30 + 2_000, 300_000);
let t = 0;
for (; t < warm; t++) dp.send(make(t));
const us: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < perRun; i++) dp.send(make(t++));
  const c = process.cpuUsage(c0);
  us.push(((performance.now() - t0) * 1000) / perRun);
  cpu.push((c.user + c.system) / perRun);
}
const f = (x: number): number => Math.round(x * 1000) / 1000;
const stats = (xs: number[]): { median: number; min: number; max: number } => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: f(s[s.length >> 1]!), min: f(s[0]!), max: f(s[s.length - 1]!) };
};
process.stdout.write(`${JSON.stringify({ services, kind, wall: stats(us), cpu: stats(cpu) })}\n`);
