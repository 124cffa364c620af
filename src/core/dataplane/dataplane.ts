// The simulated data path: createDataplaneWith(state, rng, resolver).send(request) routes one new connection
// the way a real cluster would — client, DNS, node, kube-proxy (per proxy mode), affinity, SNAT,
// cloud load balancer, ingress controller, pod — and explains every hop. Same state + same seed
// + same requests ⇒ the same results.
import type { ClusterState } from '../model/clusterState.ts';
import type { Rng } from '../random/rng.ts';
import type { AffinityEntry, AffinityStamp, Entry, LoadBalancerView, RequestResult, SendRequest } from './types.ts';
import type { NameResolver } from './dnsStep.ts';
import { buildClusterIndex } from './clusterIndex.ts';
import { createAffinityStore } from './affinity.ts';
import { Trace, type DataplaneContext } from './context.ts';
import { resolveSource } from './source.ts';
import { resolveDestination } from './destination.ts';
import { route } from './route.ts';
import { loadBalancerViews } from './cloudLoadBalancer.ts';
import { say } from './said.ts';
import { entryOf } from './entry.ts';
import { createRng } from '../random/rng.ts';
import { AffinityHistory } from './affinityHistory.ts';

export interface Dataplane {
  send(req: SendRequest): RequestResult;
  /**
   * The object `req` would enter first (RequestResult.entry) without sending it: nothing is
   * recorded and the routing draws are untouched (the diagram's client arrows, before any packet).
   */
  entry(req: SendRequest): Entry | undefined;
  /** Live ClientIP affinity entries on every node at `time` (default: the last request's time). */
  affinityTable(time?: number): AffinityEntry[];
  /**
   * The affinity (re)stamps that decide every entry at `since` and after, oldest first: each entry's
   * latest stamp at or before `since` while live then, and every later one (`since` at most
   * STAMP_MEMORY seconds behind the last request; older stamps are let go).
   */
  affinityStamps(since: number): AffinityStamp[];
  loadBalancers(): LoadBalancerView[];
  /** Swap in a changed cluster (after an edit) keeping the nodes' affinity tables, as a resync would. */
  update(state: ClusterState): void;
}

/** Stamps kept behind the newest request, in simulated seconds (a page shows at most a few seconds behind). */
const STAMP_MEMORY = 120;

export function createDataplaneWith(state: ClusterState, rng: Rng, resolve: NameResolver): Dataplane {
  const store = createAffinityStore();
  // Every --set, as it happens, cut back to what a page may still read (affinityHistory.ts).
  const stamps = new AffinityHistory();
  const affinity: typeof store = {
    ...store,
    set(rec, time, exclusive, holder) {
      store.set(rec, time, exclusive, holder);
      stamps.push(rec.node, rec.spn, rec.endpoint, rec.clientIP, time, rec.timeout, time - STAMP_MEMORY);
    },
  };
  const ctx: DataplaneContext = {
    index: buildClusterIndex(state),
    proxy: { settings: state.settings, rng: rng.fork('kube-proxy'), affinity, rrCursor: new Map() },
    rng: rng.fork('network'),
    resolve,
    ingressCursor: new Map(),
    ingressLast: [],
  };
  let count = 0;
  let lastTime = 0;
  /** An affinity entry's endpoint `ip:port` as the pod it belongs to (`ns/name`), or as is. */
  const endpointName = (endpoint: string): string => {
    const pod = ctx.index.podByIP.get(endpoint.slice(0, endpoint.lastIndexOf(':')));
    return pod ? `${pod.metadata.namespace}/${pod.metadata.name}` : endpoint;
  };
  return {
    send(req) {
      const index = ++count;
      lastTime = req.time;
      const trace = new Trace();
      try {
        return sendOne(ctx, trace, req, index);
      } catch (e) {
        // Bad input never crashes the playground: an unexpected shape becomes a failed request.
        return trace.finish(
          index,
          req.time,
          'unreachable',
          say('internal.error', { error: e instanceof Error ? e.message : String(e) }),
        );
      }
    },
    entry(req) {
      // A resolver draw (several A records) on a scratch RNG: the requests' own draws stay as they were.
      const probe: DataplaneContext = { ...ctx, rng: createRng(0) };
      try {
        const src = resolveSource(probe, req.from);
        if (!src.ok) return undefined;
        const dest = resolveDestination(probe, new Trace(), src.client, req);
        return dest.ok ? entryOf(probe, dest.dest) : undefined;
      } catch {
        return undefined;
      }
    },
    affinityTable(time = lastTime) {
      affinity.prune(time);
      return affinity
        .entries(time)
        .map((r) => {
          return {
            node: r.node,
            spn: r.spn,
            clientIP: r.clientIP,
            endpoint: endpointName(r.endpoint),
            endpointIP: r.endpoint,
            expiresAt: r.lastSeen + r.timeout,
          };
        })
        .sort((a, b) => (a.node + a.spn + a.clientIP < b.node + b.spn + b.clientIP ? -1 : 1));
    },
    affinityStamps(since) {
      return stamps.from(since).map((x) => {
        return {
          node: x.node,
          spn: x.spn,
          clientIP: x.clientIP,
          endpoint: endpointName(x.endpoint),
          endpointIP: x.endpoint,
          expiresAt: x.setAt + x.timeout,
          setAt: x.setAt,
          timeout: x.timeout,
        };
      });
    },
    loadBalancers() {
      return loadBalancerViews(ctx);
    },
    update(next) {
      ctx.index = buildClusterIndex(next);
      ctx.proxy.settings = next.settings;
    },
  };
}

function sendOne(ctx: DataplaneContext, trace: Trace, req: SendRequest, index: number): RequestResult {
  const src = resolveSource(ctx, req.from);
  if (!src.ok) return trace.finish(index, req.time, 'unreachable', src.why, src.at);
  trace.add(src.hop);
  const dest = resolveDestination(ctx, trace, src.client, req);
  if (!dest.ok) return trace.finish(index, req.time, dest.outcome, dest.why, dest.at);
  const entry = entryOf(ctx, dest.dest);
  // Against undefined, not for truth (entry.ts entryOf says why).
  if (entry !== undefined) trace.result.entry = entry;
  // The target's record knows its address's IPv4 number; a name's (no `address`: the client sends to
  // what DNS answered) is -1, not read from its record, where it lies on a line nothing else of a
  // name's request reads (with 10,000 Services a cold load).
  const to = dest.dest;
  const address = to.address;
  if (address !== undefined) trace.connect(src.client.ip, address, undefined, to.target?.ipNum ?? -1);
  else trace.connect(src.client.ip, `${to.ip}:${to.port}`, undefined, -1);
  const end = route(ctx, trace, src.client, dest.dest);
  // The view this request went through, if its record's (a ClusterIP's on the client's node), for
  // the hold's next request to load early (clusterIndex.ts target); written only when it changes.
  const hold = req.hold;
  if (hold !== undefined) {
    const view = to.target !== undefined ? to.target.lastView : undefined;
    if (hold.view !== view) hold.view = view;
  }
  return trace.finish(index, req.time, end.outcome, end.why, end.at);
}
