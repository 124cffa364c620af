// 2. Routing throughput: requests per second through createDataplane(state, rng).send with full hop
// traces, to a ClusterIP (pod client), a NodePort with sessionAffinity ClientIP (external clients)
// and an Ingress path (external client by host name), for 10, 1,000 and 10,000 Services of 10
// endpoints. Baseline: a loop doing, per request, the same number of Map look-ups (counted by
// instrumenting Map.prototype.get/has during one pass) and random draws (counted on the Rng) as send.
// Budget: ≥ 250,000 req/s for 10 Services; 10,000 Services within 1.5× of 10 (per request).
import { loadScenario } from '../src/core/scenario/index.ts';
import { createRng, type Rng } from '../src/core/random/index.ts';
import { createDataplane } from '../src/core/dataplane/index.ts';
import type { Dataplane, SendRequest, TargetHold } from '../src/core/dataplane/index.ts';
import type { ClusterState } from '../src/core/model/index.ts';
import { addRoutingServices } from './generate.ts';
import { median, round } from './stats.ts';

export type RouteKind = 'ClusterIP' | 'NodePort+ClientIP' | 'Ingress';

export interface RouteRow {
  kind: RouteKind;
  services: number;
  /** null: requests spread over every Service; N: only the first N Services are asked (a hot set). */
  hot: number | null;
  reqPerSec: number;
  usPerReq: number;
  /** µs per request over the warm-up, when rule text and views are written on first use. */
  firstPassUsPerReq: number;
  baselineReqPerSec: number;
  ratio: number;
  mapLookupsPerReq: number;
  drawsPerReq: number;
  hopsPerReq: number;
  /** Requests that did not end `ok` (the benchmark must route, not fail fast). */
  failed: number;
}

/** A pod, a Service of the ingress-nginx LoadBalancer and the seed's Services, loaded for real. */
const BASE = `apiVersion: v1
kind: Pod
metadata:
  name: client
  labels:
    app: client
spec:
  containers:
    - name: shell
      image: busybox
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: base
spec:
  ingressClassName: nginx
  rules:
    - host: base.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: kubernetes
                port:
                  number: 443
`;

/** A client of the bench: its target text, and its hold on the data path's record of it. */
interface Client extends TargetHold {
  to: string;
}

let _sink = 0;
/**
 * A new flat string with the text of `s`, made now: the clients' texts are made together, as the
 * page resolves its clients together. ToNumber flattens the "cons" string a concatenation makes in
 * place (V8 String::Flatten), as core/dataplane/flatString.ts does; `_sink` only keeps the call.
 */
function flatText(s: string): string {
  const t = s.slice(0, 1) + s.slice(1);
  _sink ^= Number(t) | 0;
  return t;
}

export function routingCluster(
  services: number,
  hot: number | null = null,
): { state: ClusterState; requests: Record<RouteKind, (i: number) => SendRequest> } {
  const state = loadScenario(BASE, { fileName: 'bench.yaml' }).state;
  const c = addRoutingServices(state, services, 10);
  const nodeIPs = state.nodes.map((n) => n.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '');
  const at = (n: number, i: number): number => (i * 7919) % (hot === null ? n : Math.min(hot, n));
  // The clients, made once as the simulator's traffic makes them: a client keeps its source and its
  // target text, and each of its requests passes the same two (src/core/sim/traffic.ts `request`).
  // Made per request, the text was a new string whose pieces (the route's record, its host and path)
  // were three loads over the whole heap for every request, and its hash was computed anew. Each
  // keeps its hold on the data path's record of its text too, as the page's clients do (TargetHold).
  const pod: SendRequest['from'] = { kind: 'pod', namespace: 'default', name: 'client' };
  // 256 external clients, so affinity tables fill and are reused as in a classroom.
  const external: SendRequest['from'][] = Array.from({ length: 256 }, (_, k) => ({
    kind: 'external',
    ip: `198.51.100.${k}`,
  }));
  // A client is its own hold (one object with its text), so a request loads one object of its client.
  const target = (text: string): Client => ({ to: flatText(text), record: undefined, view: undefined });
  const clusterIPTargets = c.clusterIPs.map(target);
  const nodePortTargets = nodeIPs.map((ip) => c.nodePorts.map((p) => target(`${ip}:${p}`)));
  const ingressTargets = c.ingressRoutes.map((r) => target(`http://${r.host}${r.path}`));
  const send = (from: SendRequest['from'], t: Client, i: number): SendRequest => ({
    from,
    to: t.to,
    time: i / 1000,
    hold: t,
  });
  return {
    state,
    requests: {
      ClusterIP: (i) => send(pod, clusterIPTargets[at(clusterIPTargets.length, i)]!, i),
      'NodePort+ClientIP': (i) =>
        send(external[i & 255]!, nodePortTargets[at(nodeIPs.length, i)]![at(c.nodePorts.length, i)]!, i),
      Ingress: (i) => send(external[i & 255]!, ingressTargets[at(ingressTargets.length, i)]!, i),
    },
  };
}

/** An Rng whose draws (in it and every fork) are counted. */
function countingRng(seed: number, counter: { draws: number }): Rng {
  const wrap = (r: Rng): Rng => ({
    seed: r.seed,
    next() {
      counter.draws++;
      return r.next();
    },
    int(n) {
      counter.draws++;
      return r.int(n);
    },
    fork(label) {
      return wrap(r.fork(label));
    },
  });
  return wrap(createRng(seed));
}

function countLookups(dp: Dataplane, make: (i: number) => SendRequest, from: number, n: number): number {
  const proto = Map.prototype as unknown as { get: (k: unknown) => unknown; has: (k: unknown) => boolean };
  const get = proto.get;
  const has = proto.has;
  let calls = 0;
  proto.get = function (this: Map<unknown, unknown>, k: unknown) {
    calls++;
    return get.call(this, k);
  };
  proto.has = function (this: Map<unknown, unknown>, k: unknown) {
    calls++;
    return has.call(this, k);
  };
  try {
    for (let i = from; i < from + n; i++) dp.send(make(i));
  } finally {
    proto.get = get;
    proto.has = has;
  }
  return calls / n;
}

/** The baseline: per request, `lookups` string-keyed Map look-ups in a map of `size` entries and `draws` random draws. */
function baselineLoop(size: number, lookups: number, draws: number): (n: number) => number {
  const m = new Map<string, number>();
  for (let i = 0; i < size; i++) m.set(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}:80/TCP`, i);
  const rng = createRng(1);
  const L = Math.round(lookups);
  const D = Math.round(draws);
  return (n) => {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < L; k++) {
        const j = (i * 31 + k) % size;
        acc += m.get(`10.${j >> 16}.${(j >> 8) & 255}.${j & 255}:80/TCP`) ?? 0;
      }
      for (let k = 0; k < D; k++) acc += rng.next();
    }
    return acc;
  };
}

export function benchRoute(quick: boolean): RouteRow[] {
  const sizes = quick ? [10, 1_000] : [10, 1_000, 10_000];
  const kinds: RouteKind[] = ['ClusterIP', 'NodePort+ClientIP', 'Ingress'];
  const runs = quick ? 3 : 7;
  const rows: RouteRow[] = [];
  // The largest cluster runs twice: requests spread over every Service (the budget's figure), and
  // requests to 10 of them only. The second keeps the working set of the 10-Service run while every
  // table holds 10,000 Services: it separates what our code does per request (constant, like
  // nftables/IPVS maps; an iptables chain walk would grow) from the memory hierarchy's cost of
  // touching a different Service each time (which slows the baseline loop as well).
  const cases: { services: number; hot: number | null }[] = [
    ...sizes.map((services) => ({ services, hot: null })),
    { services: sizes.at(-1)!, hot: 10 },
  ];
  for (const { services, hot } of cases) {
    const { state, requests } = routingCluster(services, hot);
    for (const kind of kinds) {
      const counter = { draws: 0 };
      const dp = createDataplane(state, countingRng(1, counter));
      const make = requests[kind];
      const perRun = quick ? 2_000 : 20_000;
      // Warm-up, timed on its own: kube-proxy writes a service's rules when it syncs, before any
      // packet; the simulator writes a node's view of a service port, and each endpoint's rule text,
      // the first time a packet needs them. ~30 requests per Service (a coupon collector's draw over
      // 10 endpoints) bring nearly every endpoint past its first use, so the measured runs are the
      // per-packet cost, and the first pass is reported next to it (firstPassUsPerReq).
      const warm = quick ? Math.min(services * 2 + 2_000, 40_000) : Math.min(services * 30 + 2_000, 300_000);
      let failed = 0;
      let hops = 0;
      const tw = performance.now();
      for (let i = 0; i < warm; i++) {
        const r = dp.send(make(i));
        if (r.outcome !== 'ok') failed++;
        hops += r.hops.length;
      }
      const firstPassUs = ((performance.now() - tw) * 1000) / warm;
      counter.draws = 0;
      const lookups = countLookups(dp, make, warm, 1_000);
      const draws = counter.draws / 1_000;
      const base = baselineLoop((hot ?? services) * 10, lookups, draws);
      const rates: number[] = [];
      const baseRates: number[] = [];
      let t = warm + 1_000;
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        for (let i = 0; i < perRun; i++) dp.send(make(t++));
        rates.push(perRun / ((performance.now() - t0) / 1000));
        const t1 = performance.now();
        base(perRun);
        baseRates.push(perRun / ((performance.now() - t1) / 1000));
      }
      const rps = median(rates);
      const brps = median(baseRates);
      rows.push({
        kind,
        services,
        hot,
        reqPerSec: Math.round(rps),
        usPerReq: round(1e6 / rps),
        firstPassUsPerReq: round(firstPassUs),
        baselineReqPerSec: Math.round(brps),
        ratio: round(brps / rps, 1),
        mapLookupsPerReq: round(lookups, 1),
        drawsPerReq: round(draws, 2),
        hopsPerReq: round(hops / warm, 1),
        failed,
      });
    }
  }
  return rows;
}
