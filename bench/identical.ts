// The check that a routing change changed no result: sends ~390,000 requests through the data path
// of a checkout and prints one sha256 (16 hex digits) of their JSON per case — every fixture of
// src/core/dataplane/fixtures (the gateway ones over their conformance base), the default scenario,
// every lesson's scenario and solutions, and the bench's routing clusters of 10 / 1,000 / 10,000
// Services with their own requests — each in the three proxy modes, with the affinity table, the
// affinity history and the load balancers after the last request. The targets: every Service's name
// and addresses, Ingress and HTTPRoute hostnames with their paths, Gateway addresses, pod IPs. Run it
// on the commit before and after a change (the other checkout's path as the argument) and diff the
// two outputs:
//   npx tsx bench/identical.ts . > after.txt; npx tsx bench/identical.ts /path/to/before > before.txt
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClusterState } from '../src/core/model/index.ts';
import type { Source, SendRequest } from '../src/core/dataplane/index.ts';
import type * as ScenarioApi from '../src/core/scenario/index.ts';
import type * as DataplaneApi from '../src/core/dataplane/index.ts';
import type * as RandomApi from '../src/core/random/index.ts';
import type * as RouteBench from './route.bench.ts';

const root = resolve(process.argv[2] ?? '.');
const load = (path: string): Promise<unknown> => import(pathToFileURL(`${root}/${path}`).href);
const { loadScenario } = (await load('src/core/scenario/index.ts')) as typeof ScenarioApi;
const { createDataplane } = (await load('src/core/dataplane/index.ts')) as typeof DataplaneApi;
const { createRng } = (await load('src/core/random/index.ts')) as typeof RandomApi;
const { routingCluster } = (await load('bench/route.bench.ts')) as typeof RouteBench;
// The core's plug-ins (Gateway API, Ingress, the KubectlHistory replay), as ksp installs them: from
// the scenario's door, at aba51f7 and 20ab000 from the controllers'; a checkout from before they were
// plug-ins has none.
type Installer = { installPlugins?: () => void };
const installPlugins =
  ((await load('src/core/scenario/index.ts')) as Installer).installPlugins ??
  ((await load('src/core/controllers/index.ts')) as Installer).installPlugins;
installPlugins?.();

const modes = ['iptables', 'nftables', 'ipvs'] as const;
let total = 0;

/** Every address and name a request could be sent to in `state`, and a few that lead nowhere. */
function targets(state: ClusterState): string[] {
  const t: string[] = [];
  const nodeIPs = state.nodes.map((n) => n.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '');
  for (const s of state.services) {
    t.push(`${s.metadata.name}.${s.metadata.namespace}`);
    for (const p of s.spec.ports ?? []) {
      if (s.spec.clusterIP && s.spec.clusterIP !== 'None') t.push(`${s.spec.clusterIP}:${p.port}`);
      if (p.nodePort) for (const ip of nodeIPs) t.push(`${ip}:${p.nodePort}`);
      for (const ip of s.spec.externalIPs ?? []) t.push(`${ip}:${p.port}`);
      for (const i of s.status?.loadBalancer?.ingress ?? []) if (i.ip) t.push(`${i.ip}:${p.port}`);
    }
  }
  for (const i of state.ingresses)
    for (const r of i.spec?.rules ?? [])
      if (r.host) for (const p of r.http?.paths ?? []) t.push(`http://${r.host}${p.path ?? '/'}`);
  // The Gateway API's ways in: each Gateway address on each listener port, and each HTTPRoute
  // hostname (a route without one: every Gateway address) with each of its match paths, plain and TLS.
  const gatewayAddresses = (state.gateways ?? []).flatMap((g) => (g.status?.addresses ?? []).map((a) => a.value));
  for (const g of state.gateways ?? [])
    for (const a of g.status?.addresses ?? [])
      for (const l of g.spec.listeners ?? [])
        t.push(`${l.protocol === 'HTTPS' ? 'https' : 'http'}://${a.value}:${l.port}/`);
  for (const r of state.httpRoutes ?? [])
    for (const host of r.spec.hostnames?.length ? r.spec.hostnames : gatewayAddresses)
      for (const rule of r.spec.rules ?? [])
        for (const m of rule.matches ?? [{ path: { value: '/' } }])
          for (const scheme of ['http', 'https'])
            t.push(`${scheme}://${host.replace('*', 'zz')}${m.path?.value ?? '/'}`);
  for (const p of state.pods.slice(0, 20)) if (p.status?.podIP) t.push(`${p.status.podIP}:80`);
  t.push('10.96.200.200:80', '1.2.3.4:80', 'nope.default');
  return t;
}

/** `sends` requests from pods, nodes and outside clients to every target, in each proxy mode. */
function run(name: string, state: ClusterState, sends: number): void {
  const h = createHash('sha256');
  for (const proxyMode of modes) {
    const dp = createDataplane({ ...state, settings: { ...state.settings, proxyMode } }, createRng(7));
    const froms: Source[] = [
      ...state.pods
        .slice(0, 12)
        .map((p) => ({ kind: 'pod' as const, namespace: p.metadata.namespace, name: p.metadata.name })),
      ...state.nodes.slice(0, 3).map((n) => ({ kind: 'node' as const, name: n.metadata.name })),
      ...[0, 1, 2, 3].map((k) => ({ kind: 'external' as const, ip: `198.51.100.${k}` })),
    ];
    const to = targets(state);
    for (let i = 0; i < sends; i++)
      h.update(
        JSON.stringify(
          dp.send({ from: froms[(i * 13) % froms.length]!, to: to[(i * 7919) % to.length]!, time: i / 3 }),
        ),
      );
    h.update(JSON.stringify({ aff: dp.affinityTable(), stamps: dp.affinityStamps(0), lbs: dp.loadBalancers() }));
  }
  total += sends * modes.length;
  console.log(h.digest('hex').slice(0, 16), name);
}

const scenario = (text: string, fileName: string): ClusterState => loadScenario(text, { seed: 1, fileName }).state;
const yamls = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();

for (const dir of ['src/core/dataplane/fixtures', 'src/scenarios'])
  for (const f of yamls(`${root}/${dir}`)) run(f, scenario(readFileSync(`${root}/${dir}/${f}`, 'utf8'), f), 3000);
// Gateway fixtures are fragments over the conformance base (as gateway.test.ts loads them).
const gw = `${root}/src/core/dataplane/fixtures/gateway`;
const gwBase = readFileSync(`${gw}/base.yaml`, 'utf8');
for (const f of yamls(gw).filter((f) => f !== 'base.yaml'))
  run(`gateway/${f}`, scenario(`${gwBase}\n---\n${readFileSync(`${gw}/${f}`, 'utf8')}`, f), 2000);
const lessons = `${root}/src/scenarios/lessons`;
for (const l of readdirSync(lessons)
  .filter((d) => /^\d\d-/.test(d))
  .sort())
  for (const f of yamls(`${lessons}/${l}`).filter((f) => f !== 'lesson.yaml'))
    run(`${l}/${f}`, scenario(readFileSync(`${lessons}/${l}/${f}`, 'utf8'), f), 600);
for (const n of [10, 1_000, 10_000]) {
  const { state, requests } = routingCluster(n);
  if (n < 10_000) run(`bench-${n}`, state, 3000);
  // The benchmark's own requests (its affinity clients, its Ingress routes), in its mode.
  for (const [kind, make] of Object.entries(requests) as [string, (i: number) => SendRequest][]) {
    const h = createHash('sha256');
    const dp = createDataplane(state, createRng(1));
    const count = n === 10_000 ? 20_000 : 5_000;
    for (let i = 0; i < count; i++) h.update(JSON.stringify(dp.send(make(i))));
    h.update(JSON.stringify(dp.affinityTable()));
    total += count;
    console.log(h.digest('hex').slice(0, 16), `bench-${n}-${kind}`);
  }
}
console.log(`${total} requests`);
