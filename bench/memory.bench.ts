// 7. Memory: heap after loading the 5,000-pod scenario, and after 10,000 vs 100,000 simulated
// requests on one dataplane (256 clients, ClientIP affinity) — affinity tables, logs and traces must
// be bounded, so the second figure may not exceed 1.2× the first. Needs `node --expose-gc` for
// exact figures (bench/run.ts re-executes itself with it).
import { loadScenario } from '../src/core/scenario/index.ts';
import { createRng } from '../src/core/random/index.ts';
import { createDataplane } from '../src/core/dataplane/index.ts';
import { podsYaml } from './generate.ts';
import { routingCluster } from './route.bench.ts';
import { canGc, heapMB, round } from './stats.ts';

export interface MemoryRow {
  case: string;
  heapMB: number;
  /** Heap attributable to the case: minus the heap before it. */
  deltaMB: number;
}

export function benchMemory(quick: boolean): { rows: MemoryRow[]; requestGrowth: number; exact: boolean } {
  const rows: MemoryRow[] = [];
  const before = heapMB();
  const held: unknown[] = [loadScenario(podsYaml(quick ? 500 : 5_000))];
  const loaded = heapMB();
  rows.push({
    case: `${quick ? 500 : 5_000}-pod scenario loaded`,
    heapMB: round(loaded, 1),
    deltaMB: round(loaded - before, 1),
  });
  held.length = 0;

  // 10 Services (5 NodePort + ClientIP), 256 clients: every (client, Service, node) affinity entry
  // exists after the first 10,000 requests, so any later growth is a leak, not a table filling up.
  const { state, requests } = routingCluster(10);
  const dp = createDataplane(state, createRng(1));
  const base = heapMB();
  const send = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const r = requests['NodePort+ClientIP'](i);
      dp.send({ ...r, from: { kind: 'external', ip: `198.51.100.${(i * 37) & 255}` } });
    }
  };
  const small = quick ? 2_000 : 10_000;
  const large = quick ? 20_000 : 100_000;
  send(0, small);
  const afterSmall = heapMB();
  send(small, large);
  const afterLarge = heapMB();
  rows.push({
    case: `dataplane after ${small.toLocaleString('en')} requests`,
    heapMB: round(afterSmall, 1),
    deltaMB: round(afterSmall - base, 1),
  });
  rows.push({
    case: `dataplane after ${large.toLocaleString('en')} requests`,
    heapMB: round(afterLarge, 1),
    deltaMB: round(afterLarge - base, 1),
  });
  return { rows, requestGrowth: round(afterLarge / afterSmall, 3), exact: canGc };
}
