// Maps one request's hops (decided by the core's dataplane) onto diagram boxes and edges, so the
// packet overlay can fly it box by box, in the order the core's trace recorded: client → (cloud LB)
// → the node it entered (that node's kube-proxy) → the Service whose rules matched → the pod, on
// whatever node it runs. Pure: no Kubernetes rule here, only "which box shows this hop"; which
// Service matched, which node was entered and which pod was chosen are read from the hops.
import {
  flowIdOfEntry,
  gatewayId,
  ingressId,
  kubeProxyId,
  lbId,
  nsName,
  podId,
  serviceId,
} from '../diagram/flowIds.ts';
import type { Said } from '../../worker/protocol.ts';

/** The hop fields this mapper reads (a structural subset of the core's Hop). */
export interface HopLike {
  kind: string;
  node?: string;
  detail?: string;
  say?: Said;
  rule?: string;
  at?: unknown;
}

export interface ResultLike {
  index: number;
  time: number;
  outcome: string;
  reason?: string;
  why?: Said;
  pod?: string;
  node?: string;
  clientId?: string;
  /** The object the request entered first (the core's RequestResult.entry). */
  entry?: { kind: string; namespace?: string; name: string };
  hops: readonly HopLike[];
}

export interface EdgeLike {
  id: string;
  source: string;
  target: string;
}

export interface Leg {
  from: string;
  to: string;
  /** The rendered edge to follow (its sampled path), when one joins the two boxes. */
  edgeId?: string;
  /** Follow the edge from target to source. */
  reverse?: boolean;
  /** Index in `hops` of the hop that moved the packet onto this leg. */
  hop: number;
}

export interface PacketPath {
  start: string;
  legs: Leg[];
  /** Set when the request failed: where the packet stops, and why (the core's reason). */
  stop?: { at: string; reason: string; why?: Said; hop: number };
}

export interface PathContext {
  /** The box the client's requests start from (client:<id>, pod:<ns/name> or kp:<node>). */
  start: string;
  /** Namespace used for pod and object names given without one. */
  namespace?: string;
  edges: readonly EdgeLike[];
  /** Ids of the boxes that exist; waypoints outside this set are skipped. */
  nodeIds: ReadonlySet<string>;
}

const FAIL_KINDS = new Set(['drop', 'reject']);

function refOf(at: unknown): { kind: string; namespace?: string; name: string } | null {
  if (!at || typeof at !== 'object') return null;
  const r = at as { kind?: unknown; namespace?: unknown; name?: unknown };
  if (typeof r.kind !== 'string' || typeof r.name !== 'string') return null;
  return { kind: r.kind, name: r.name, ...(typeof r.namespace === 'string' ? { namespace: r.namespace } : {}) };
}

const keyOf = (ns: string | undefined, name: string): string => (name.includes('/') ? name : nsName(ns, name));

/**
 * The box a hop lands on, or null when the hop is an annotation of the current box (DNAT, SNAT,
 * affinity, DNS, the endpoint pick). `next` is the hop after it.
 */
function waypointOf(
  hop: HopLike,
  next: HopLike | undefined,
  dnatDone: boolean,
  result: ResultLike,
  ctx: PathContext,
): string | null {
  const ref = refOf(hop.at);
  const ns = ref?.namespace ?? ctx.namespace;
  const target = result.entry ? flowIdOfEntry(result.entry) : undefined;
  switch (hop.kind) {
    case 'load-balancer':
      if (ref?.kind === 'Service') return lbId(keyOf(ns, ref.name));
      return target?.startsWith('lb:') ? target : null;
    case 'ingress':
      if (ref?.kind === 'Ingress') return ingressId(keyOf(ns, ref.name));
      return target?.startsWith('ing:') ? target : null;
    case 'gateway': {
      // The Gateway's data plane matched a listener and a route: the packet is in the Gateway box.
      // A route hop names its Gateway in the core's parameters (gatewayProxy.ts hop.gatewayRoute).
      if (ref?.kind === 'Gateway') return gatewayId(keyOf(ns, ref.name));
      const gw = hop.say?.params.gateway;
      return typeof gw === 'string' ? gatewayId(keyOf(ns, gw)) : null;
    }
    case 'node': {
      // The node the packet entered, where that node's kube-proxy (or a host process) takes it;
      // a node hop followed by anything else is the pod network carrying an already-DNATed
      // packet to the pod's node, which the leg to the pod shows.
      if (!hop.node || dnatDone) return null;
      if (!next) return kubeProxyId(hop.node);
      const atPod = refOf(next.at)?.kind === 'Pod';
      return next.node === hop.node && ENTERED_BY.has(next.kind) && !atPod ? kubeProxyId(hop.node) : null;
    }
    case 'kube-proxy':
      // The rule that matched names its Service: the packet passes through that Service's card.
      return ref?.kind === 'Service' ? serviceId(keyOf(ns, ref.name)) : null;
    case 'pod': {
      const name = ref?.kind === 'Pod' ? ref.name : result.pod;
      return name ? podId(keyOf(ns, name)) : null;
    }
    default:
      return null;
  }
}

/** Hops that happen on the node a packet was addressed to (its kube-proxy's rules, or a verdict there). */
const ENTERED_BY = new Set(['kube-proxy', 'drop', 'reject', 'node']);

export function hopsToPath(result: ResultLike, ctx: PathContext): PacketPath {
  const legs: Leg[] = [];
  let current = ctx.start;
  let stop: PacketPath['stop'];
  let dnatDone = false;
  const moveTo = (box: string | null, i: number): void => {
    if (!box || box === current || !ctx.nodeIds.has(box)) return;
    // From a Gateway to the pod its backendRef pick reached: through the backend's Service card,
    // the one wired to both (the data plane proxies to the endpoint itself, so no hop names it).
    if (current.startsWith('gw:') && box.startsWith('pod:')) {
      const via = ctx.edges.find(
        (e) => e.source === current && ctx.edges.some((s) => s.source === e.target && s.target === box),
      );
      if (via) {
        legs.push(legBetween(current, via.target, i, ctx.edges));
        current = via.target;
      }
    }
    legs.push(legBetween(current, box, i, ctx.edges));
    current = box;
  };
  result.hops.forEach((hop, i) => {
    if (stop) return;
    if (FAIL_KINDS.has(hop.kind)) {
      // A pod that refused was reached (the core names it): the packet stops at that pod.
      if (result.pod && dnatDone) moveTo(podId(keyOf(ctx.namespace, result.pod)), i);
      const why = result.why ?? hop.say;
      stop = { at: current, reason: result.reason ?? hop.detail ?? hop.kind, ...(why ? { why } : {}), hop: i };
      return;
    }
    if (hop.kind === 'dnat') dnatDone = true;
    moveTo(waypointOf(hop, result.hops[i + 1], dnatDone, result, ctx), i);
  });
  if (!stop && result.outcome !== 'ok')
    stop = {
      at: current,
      reason: result.reason ?? result.outcome,
      ...(result.why ? { why: result.why } : {}),
      hop: Math.max(0, result.hops.length - 1),
    };
  return { start: ctx.start, legs, ...(stop ? { stop } : {}) };
}

function legBetween(from: string, to: string, hop: number, edges: readonly EdgeLike[]): Leg {
  const forward = edges.find((e) => e.source === from && e.target === to);
  if (forward) return { from, to, edgeId: forward.id, hop };
  const backward = edges.find((e) => e.source === to && e.target === from);
  if (backward) return { from, to, edgeId: backward.id, reverse: true, hop };
  return { from, to, hop };
}
