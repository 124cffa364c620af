// Our core's side of the peer comparison, run as its own process (bundled by bench/peers.bench.ts):
// `node ours.mjs <task> [n]` prints one JSON line (workload.ts TaskResult).
import { stringify } from 'yaml';
import { loadScenario } from '../../src/core/scenario/index.ts';
import { createRng } from '../../src/core/random/index.ts';
import { createDataplane, type SendRequest } from '../../src/core/dataplane/index.ts';
import type { ClusterState } from '../../src/core/model/index.ts';
import {
  behaviourObjects,
  coldStartObjects,
  nodesFor,
  routeObjects,
  scaleObjects,
  type Manifest,
  type TaskResult,
} from './workload.ts';
import { cpuMs, heapMB, letters, print } from './task.ts';

const EXTERNAL = { kind: 'external', ip: '203.0.113.10' } as const;

function yamlOf(objects: readonly Manifest[], nodes = 3): string {
  const declared: Manifest[] = [];
  // Without Node objects the simulator makes node-1..3, the peer's default.
  if (nodes > 3)
    for (let i = 1; i <= nodes; i++) declared.push({ apiVersion: 'v1', kind: 'Node', metadata: { name: `node-${i}` } });
  return [...declared, ...objects].map((o) => stringify(o)).join('---\n');
}

function load(objects: readonly Manifest[], nodes = 3): ClusterState {
  const s = loadScenario(yamlOf(objects, nodes), { fileName: 'peer-bench.yaml' });
  const errors = s.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((d) => d.message).join('; '));
  return s.state;
}

function nodeIP(state: ClusterState, name: string): string {
  const n = state.nodes.find((x) => x.metadata?.name === name);
  return n?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '';
}

function readyServices(state: ClusterState, prefix: string): number {
  const ready = new Map<string, number>();
  for (const s of state.endpointSlices) {
    const svc = s.metadata?.labels?.['kubernetes.io/service-name'];
    if (!svc?.startsWith(prefix)) continue;
    ready.set(svc, (ready.get(svc) ?? 0) + (s.endpoints ?? []).filter((e) => e.conditions?.ready).length);
  }
  return [...ready.values()].filter((k) => k >= 3).length;
}

function cold(): TaskResult {
  const state = load(coldStartObjects());
  const r = createDataplane(state, createRng(1)).send({
    from: EXTERNAL,
    to: `${nodeIP(state, 'node-1')}:30080`,
    time: 0,
  });
  if (r.outcome !== 'ok') return { wallMs: performance.now(), cpuMs: cpuMs(), error: `first request: ${r.outcome}` };
  return { wallMs: performance.now(), cpuMs: cpuMs() };
}

function scale(n: number): TaskResult {
  const h0 = heapMB();
  const t0 = performance.now();
  const c0 = cpuMs();
  const state = load(scaleObjects(n), nodesFor(3 * n));
  const ready = readyServices(state, 'app-');
  const wallMs = performance.now() - t0;
  const cpu = cpuMs() - c0;
  const heap = heapMB() - h0;
  if (state.services.length === 0) throw new Error('unreachable');
  return { wallMs, cpuMs: cpu, heapMB: heap, ready };
}

function route(count: number): TaskResult {
  const state = load(routeObjects());
  const dp = createDataplane(state, createRng(1));
  const nodePort: SendRequest = { from: EXTERNAL, to: `${nodeIP(state, 'node-1')}:30080`, time: 0 };
  const byName: SendRequest = { from: { kind: 'pod', namespace: 'default', name: 'client' }, to: 'web', time: 0 };
  let answered = 0;
  const run = (req: SendRequest, n: number): number => {
    const c0 = cpuMs();
    for (let i = 0; i < n; i++) if (dp.send({ ...req, time: i / 1000 }).outcome === 'ok') answered++;
    return cpuMs() - c0;
  };
  // Warm-up: the first packets write the rules they need, and the JIT compiles send().
  run(nodePort, Math.min(count, 5_000));
  run(byName, Math.min(count, 5_000));
  answered = 0;
  const t0 = performance.now();
  const a = run(nodePort, count);
  const b = run(byName, count);
  return {
    wallMs: performance.now() - t0,
    cpuMs: a + b,
    nodePortPerCpuSec: (count / a) * 1000,
    dnsPerCpuSec: (count / b) * 1000,
    answered,
  };
}

function behaviour(): TaskResult {
  const t0 = performance.now();
  const c0 = cpuMs();
  const state = load(behaviourObjects());
  const dp = createDataplane(state, createRng(1));
  let time = 0;
  const send = (to: string) => dp.send({ from: EXTERNAL, to, time: (time += 1) });
  const n1 = nodeIP(state, 'node-1');
  const podsOf = (to: string, k: number) => Array.from({ length: k }, () => send(to).pod ?? '-');
  const out: Record<string, string> = {};
  out.endpointPick = `${letters(podsOf(`${n1}:30080`, 9))} (seeded random, as kube-proxy's probability rules)`;
  const sticky = new Set(podsOf(`${n1}:30081`, 9)).size;
  out.affinity = `9 requests from one client: ${sticky} pod${sticky === 1 ? '' : 's'}`;
  const lb = state.services.find((s) => s.metadata?.name === 'lb');
  const lbIP = lb?.status?.loadBalancer?.ingress?.[0]?.ip;
  const viaLB = lbIP ? send(`${lbIP}:80`) : null;
  const viaLBNodePort = send(`${n1}:30083`);
  out.loadBalancer = `EXTERNAL-IP ${lbIP ?? 'none'}; LB IP:80 → ${viaLB?.outcome ?? 'n/a'}; nodePort → ${viaLBNodePort.outcome}`;
  const viaIngress = send('http://web.example.com/');
  out.ingress = `applied; http://web.example.com/ → ${viaIngress.outcome}${viaIngress.status ? ` ${viaIngress.status}` : ''}${viaIngress.pod ? ' from a web pod' : ''}`;
  out.externalTrafficPolicyLocal = ['node-1', 'node-2', 'node-3']
    .map((node) => {
      const r = send(`${nodeIP(state, node)}:30082`);
      return `${node}: ${r.outcome === 'ok' ? `pod on ${r.node}` : r.outcome}`;
    })
    .join(', ');
  return { wallMs: performance.now() - t0, cpuMs: cpuMs() - c0, behaviour: out };
}

const [task, arg] = process.argv.slice(2);
const n = Number(arg ?? 0);
try {
  if (task === 'cold') print(cold());
  else if (task === 'scale') print(scale(n));
  else if (task === 'route') print(route(n));
  else if (task === 'behaviour') print(behaviour());
  else throw new Error(`unknown task ${task}`);
} catch (e) {
  print({ wallMs: performance.now(), cpuMs: cpuMs(), error: e instanceof Error ? e.message : String(e) });
}
