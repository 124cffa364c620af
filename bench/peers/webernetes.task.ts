// Webernetes' side of the peer comparison (@ngrok/webernetes, a devDependency), run as its own
// process: `node webernetes.mjs <task> [n]` prints one JSON line (workload.ts TaskResult). Its
// package imports modules without file extensions (it is written for bundlers), so
// bench/peers.bench.ts bundles this file with esbuild first, as a browser app would.
// API used, from its README and types: new Cluster({ nodes }), init(), apply(objects),
// informer('endpointslices', …), fetch(url) (sent from node-1: it has no client outside the
// cluster), the 'response' event's hop chain (which pod answered), and an image whose process
// keeps its ProcessContext so the benchmark can fetch from inside a pod.
import { BaseImage, Cluster, type ProcessContext } from '@ngrok/webernetes';
import {
  behaviourObjects,
  CLIENT_IMAGE,
  coldStartObjects,
  nodesFor,
  routeObjects,
  scaleObjects,
  type Manifest,
  type TaskResult,
} from './workload.ts';
import { cpuMs, heapMB, letters, print } from './task.ts';

/** The client pod's process: hands its context to the benchmark and idles. */
const clientContexts: ProcessContext[] = [];
class ClientImage extends BaseImage {
  static readonly imageName = CLIENT_IMAGE.split(':')[0]!;
  static readonly imageVersion = CLIENT_IMAGE.split(':')[1]!;
  readonly defaultCommand = ['client'];
  override async exec(ctx: ProcessContext): Promise<number> {
    clientContexts.push(ctx);
    return await ctx.waitUntilKilled();
  }
}

async function newCluster(nodes = 3): Promise<Cluster> {
  const cluster = new Cluster({ nodes });
  cluster.registerImage(ClientImage);
  await cluster.init();
  return cluster;
}

async function apply(cluster: Cluster, objects: readonly Manifest[]): Promise<void> {
  await cluster.apply(objects as Parameters<Cluster['apply']>[0]);
}

/** Resolves when `n` Services named `prefix…` each have 3 ready endpoints (or after `capMs`). */
function whenReady(cluster: Cluster, prefix: string, n: number, capMs: number): Promise<number> {
  const ready = new Map<string, number>();
  return new Promise((resolve) => {
    const count = () => [...ready.values()].filter((k) => k >= 3).length;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void informer.stop();
      resolve(count());
    };
    const timer = setTimeout(finish, capMs);
    const informer = cluster.informer('endpointslices', (type, slice) => {
      const svc = slice.metadata?.labels?.['kubernetes.io/service-name'];
      if (!svc?.startsWith(prefix)) return;
      ready.set(
        slice.metadata?.name ?? svc,
        type === 'delete' ? 0 : (slice.endpoints ?? []).filter((e) => e.conditions?.ready).length,
      );
      if (count() >= n) finish();
    });
  });
}

/** Fetches until answered: readiness is the peer's own (kubelet probes, endpoint updates, CoreDNS). */
async function firstAnswer(send: () => Promise<{ status: number }>, capMs: number): Promise<boolean> {
  const end = performance.now() + capMs;
  while (performance.now() < end) {
    try {
      if ((await send()).status === 200) return true;
    } catch {
      // not ready yet: no endpoint, or no DNS server yet
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  return false;
}

async function cold(): Promise<TaskResult> {
  const cluster = await newCluster();
  await apply(cluster, coldStartObjects());
  const ok = await firstAnswer(() => cluster.fetch('http://node-1:30080/echo'), 60_000);
  const r: TaskResult = { wallMs: performance.now(), cpuMs: cpuMs(), ...(ok ? {} : { error: 'no answer in 60 s' }) };
  await cluster.close();
  return r;
}

async function scale(n: number, capMs: number): Promise<TaskResult> {
  const h0 = heapMB();
  const t0 = performance.now();
  const c0 = cpuMs();
  const cluster = await newCluster(nodesFor(3 * n));
  const ready = whenReady(cluster, 'app-', n, capMs);
  // The cap also bounds apply() itself (500 Deployments take minutes to admit).
  const k = await Promise.race([apply(cluster, scaleObjects(n)).then(() => ready), ready]);
  const wallMs = performance.now() - t0;
  const cpu = cpuMs() - c0;
  const heap = heapMB() - h0;
  await cluster.close();
  return {
    wallMs,
    cpuMs: cpu,
    heapMB: heap,
    ready: k,
    ...(k < n ? { error: `${k} of ${n} ready after ${capMs / 1000} s` } : {}),
  };
}

async function route(count: number): Promise<TaskResult> {
  const cluster = await newCluster();
  await apply(cluster, routeObjects());
  const nodePort = () => cluster.fetch('http://node-1:30080/echo');
  const byName = () => clientContexts[0]!.fetch('http://web/echo');
  if (!(await firstAnswer(nodePort, 60_000))) throw new Error('NodePort never answered');
  await firstAnswer(async () => (clientContexts[0] ? byName() : { status: 0 }), 60_000);
  let answered = 0;
  const run = async (send: () => Promise<{ status: number }>, n: number): Promise<number> => {
    const c0 = cpuMs();
    for (let i = 0; i < n; i++) if ((await send()).status === 200) answered++;
    return cpuMs() - c0;
  };
  await run(nodePort, Math.min(count, 200)); // warm-up
  await run(byName, Math.min(count, 200));
  answered = 0;
  const t0 = performance.now();
  const a = await run(nodePort, count);
  const b = await run(byName, count);
  const r: TaskResult = {
    wallMs: performance.now() - t0,
    cpuMs: a + b,
    nodePortPerCpuSec: (count / a) * 1000,
    dnsPerCpuSec: (count / b) * 1000,
    answered,
  };
  await cluster.close();
  return r;
}

async function behaviour(): Promise<TaskResult> {
  const t0 = performance.now();
  const c0 = cpuMs();
  const cluster = await newCluster();
  const answeredBy: string[] = [];
  cluster.on('response', (e) => {
    const pod = e.chain.find((h) => h.type === 'pod');
    if (pod?.type === 'pod') answeredBy.push(`${pod.resource.metadata?.name}@${pod.resource.spec?.nodeName}`);
  });
  const rejected = new Map<string, string>();
  for (const o of behaviourObjects()) {
    try {
      await apply(cluster, [o]);
    } catch (e) {
      rejected.set(`${o.kind}`, e instanceof Error ? e.message : String(e));
    }
  }
  await firstAnswer(() => cluster.fetch('http://node-1:30080/echo'), 60_000);
  await firstAnswer(() => cluster.fetch('http://node-1:30082/echo'), 60_000);
  const one = async (url: string): Promise<string> => {
    answeredBy.length = 0;
    try {
      const r = await cluster.fetch(url);
      return r.status === 200 ? (answeredBy.at(-1) ?? '?') : `HTTP ${r.status}`;
    } catch (e) {
      return `error (${e instanceof Error ? e.message : String(e)})`;
    }
  };
  const many = async (url: string, k: number) => {
    const out: string[] = [];
    for (let i = 0; i < k; i++) out.push(await one(url));
    return out;
  };
  const out: Record<string, string> = {};
  out.endpointPick = `${letters(await many('http://node-1:30080/echo', 9))} (round robin)`;
  const sticky = new Set(await many('http://node-1:30081/echo', 9)).size;
  out.affinity = `9 requests from one client: ${sticky} pod${sticky === 1 ? '' : 's'} (sessionAffinity accepted, not applied)`;
  const services: { name?: string; ip?: string }[] = [];
  const informer = cluster.informer('services', (_t, s) =>
    services.push({ name: s.metadata?.name, ip: s.status?.loadBalancer?.ingress?.[0]?.ip }),
  );
  await new Promise((r) => setTimeout(r, 100));
  await informer.stop();
  const lbIP = services.filter((s) => s.name === 'lb').at(-1)?.ip;
  out.loadBalancer = `EXTERNAL-IP ${lbIP ?? 'none'}; nodePort → ${await one('http://node-1:30083/echo')}`;
  out.ingress = rejected.has('Ingress')
    ? `apply rejected: ${rejected.get('Ingress')}`
    : await one('http://web.example.com/');
  const local: string[] = [];
  for (const node of ['node-1', 'node-2', 'node-3']) {
    const by = await one(`http://${node}:30082/echo`);
    local.push(`${node}: ${by.includes('@') ? `pod on ${by.split('@')[1]}` : by}`);
  }
  out.externalTrafficPolicyLocal = local.join(', ');
  const r = { wallMs: performance.now() - t0, cpuMs: cpuMs() - c0, behaviour: out };
  await cluster.close();
  return r;
}

const [task, arg, cap] = process.argv.slice(2);
const n = Number(arg ?? 0);
try {
  if (task === 'cold') print(await cold());
  else if (task === 'scale') print(await scale(n, Number(cap ?? 120_000)));
  else if (task === 'route') print(await route(n));
  else if (task === 'behaviour') print(await behaviour());
  else throw new Error(`unknown task ${task}`);
} catch (e) {
  print({ wallMs: performance.now(), cpuMs: cpuMs(), error: e instanceof Error ? e.message : String(e) });
}
// The peer's controllers keep timers running after close(); the answer is printed.
process.exit(0);
