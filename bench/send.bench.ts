// Requests per second of the simulated data path (createDataplane(...).send, full hop traces) on
// the benchmark's routing clusters (bench/generate.ts: Services of 10 endpoints on the seed's
// nodes): pod → ClusterIP, external → NodePort with ClientIP affinity, external → Ingress path.
// Rates are per CPU-second of this process (process.cpuUsage), so a busy shared machine skews
// them less than wall time; setup = createDataplane + first request. The budget table with its
// baseline is bench/route.bench.ts (npm run bench); this is the quick loop for profiling:
//   npx tsx bench/send.bench.ts [sizes] [requests]
//   node --cpu-prof --import tsx bench/send.bench.ts 10000
import { createDataplane } from '../src/core/dataplane/index.ts';
import { createRng } from '../src/core/random/index.ts';
import { routingCluster, type RouteKind } from './route.bench.ts';
import { installPlugins } from '../src/core/scenario/index.ts';

// The core's plug-ins (the routing cluster's Ingresses), as ksp installs them.
installPlugins();

const sizes = (process.argv[2] ?? '10,1000,10000').split(',').map(Number);
const N = Number(process.argv[3] ?? 20_000);
const cpuSeconds = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;

for (const n of sizes) {
  const { state, requests } = routingCluster(n);
  for (const kind of Object.keys(requests) as RouteKind[]) {
    const make = requests[kind];
    const t0 = performance.now();
    const dp = createDataplane(state, createRng(1));
    dp.send(make(0));
    const setup = performance.now() - t0;
    // Warm-up: every target once (a node writes a service port's rules on first use) and the JIT.
    const warm = Math.min(n * 2 + 2_000, 40_000);
    let failed = 0;
    for (let i = 0; i < warm; i++) if (dp.send(make(i)).outcome !== 'ok') failed++;
    const rates: number[] = [];
    for (let r = 0, t = warm; r < 3; r++) {
      const c = process.cpuUsage();
      for (let i = 0; i < N; i++) dp.send(make(t++));
      rates.push(N / cpuSeconds(process.cpuUsage(c)));
    }
    rates.sort((a, b) => a - b);
    console.log(
      `${String(n).padStart(6)} Services  ${kind.padEnd(18)} setup ${setup.toFixed(0).padStart(5)} ms  ${Math.round(rates[1]!).toString().padStart(7)} req/CPU-s${failed ? `  (${failed} failed)` : ''}`,
    );
  }
}
