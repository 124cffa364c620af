// The built-in Gateway's view of the cluster, built once per cluster index from the controller's
// decisions (controllers/gatewayAttachment.ts — the same ones status reports): for each Gateway it
// serves, its data plane pods, its address, and per listener the routes attached with their
// effective hostnames (route hostnames intersected with the listener's). Public DNS records for
// route and listener hostnames come from here too. The request matching is in gatewayMatch.ts.
import type { AdmittedPod } from '../model/admitted.ts';
import type { AdmittedGateway, AdmittedHTTPRoute } from '../model/gatewayApi.ts';
import type { ClusterIndex } from './clusterIndex.ts';
import {
  gatewayDecisions,
  hostnamesIntersect,
  wildcardCovers,
  type GatewayDecision,
  type ListenerDecision,
  type RouteDecision,
} from '../controllers/gatewayAttachment.ts';
import { GATEWAY_NAME_LABEL, dataPlaneName, gatewayService } from '../controllers/gatewayController.ts';
import { loadBalancerIP } from '../controllers/loadBalancers.ts';

export interface RouteOnListener {
  rd: RouteDecision;
  /** The hostnames this route answers on this listener; empty: every host the listener takes. */
  hostnames: string[];
}

export interface ListenerEntry {
  ld: ListenerDecision;
  routes: RouteOnListener[];
}

export interface GatewayEntry {
  gd: GatewayDecision;
  address: string | undefined;
  listeners: ListenerEntry[];
}

export interface GatewayIndex {
  gateways: GatewayEntry[];
  byGateway: Map<AdmittedGateway, GatewayEntry>;
}

/** Route hostnames as seen on a listener (HTTPRoute spec.hostnames docs: the more specific of each intersecting pair). */
export function effectiveHostnames(route: AdmittedHTTPRoute, listenerHost: string | undefined): string[] {
  const hs = route.spec.hostnames ?? [];
  if (listenerHost === undefined) return [...hs];
  if (hs.length === 0) return [listenerHost];
  const out: string[] = [];
  for (const h of hs) {
    if (!hostnamesIntersect(h, listenerHost)) continue;
    out.push(wildcardCovers(h, listenerHost) ? listenerHost : h);
  }
  return out;
}

const indexes = new WeakMap<ClusterIndex, GatewayIndex>();

export function gatewayIndexOf(index: ClusterIndex): GatewayIndex {
  let gi = indexes.get(index);
  if (gi) return gi;
  const state = index.state;
  const decisions = gatewayDecisions(state);
  const gateways: GatewayEntry[] = decisions.gateways.map((gd) => ({
    gd,
    address: loadBalancerIP(gatewayService(state, gd.gateway)),
    listeners: gd.listeners.map((ld) => ({
      ld,
      routes: decisions.routes.flatMap((rd) =>
        rd.parents.some((p) => p.gateway === gd.gateway && p.listeners.includes(ld))
          ? [{ rd, hostnames: effectiveHostnames(rd.route, ld.listener.hostname) }]
          : [],
      ),
    })),
  }));
  gi = { gateways, byGateway: new Map(gateways.map((g) => [g.gd.gateway, g])) };
  indexes.set(index, gi);
  return gi;
}

/** The Gateway whose data plane this pod is (labels of the Deployment gatewayController.ts provisions). */
export function gatewayOfPod(index: ClusterIndex, pod: AdmittedPod): GatewayEntry | undefined {
  const name = pod.metadata.labels?.[GATEWAY_NAME_LABEL];
  if (name === undefined) return undefined;
  return gatewayIndexOf(index).gateways.find(
    (g) =>
      g.gd.gateway.metadata.name === name &&
      g.gd.gateway.metadata.namespace === pod.metadata.namespace &&
      pod.metadata.labels?.['app.kubernetes.io/name'] === dataPlaneName(g.gd.gateway),
  );
}

/** How specifically `pattern` names `host`: exact beats wildcard, a longer wildcard beats a shorter one; -1 when it does not. */
export function hostScore(pattern: string, host: string): number {
  if (pattern === host) return 100_000 + pattern.length;
  if (wildcardCovers(pattern, host)) return pattern.length;
  return -1;
}

export interface PublicGatewayRecord {
  gateway: AdmittedGateway;
  route: AdmittedHTTPRoute | undefined;
  ip: string | undefined;
}

/**
 * Public DNS for Gateway hostnames (as a learner registers them): a hostname of an attached route,
 * or of a listener, points at the Gateway's address; the most specific name wins, then the first Gateway.
 */
export function gatewayForHost(index: ClusterIndex, host: string): PublicGatewayRecord | undefined {
  let best: { score: number; rec: PublicGatewayRecord } | undefined;
  for (const g of gatewayIndexOf(index).gateways) {
    for (const l of g.listeners) {
      if (!l.ld.valid) continue; // a listener the controller did not program is in no DNS record
      const names: { name: string; route?: AdmittedHTTPRoute }[] = [
        ...(l.ld.listener.hostname ? [{ name: l.ld.listener.hostname }] : []),
        ...l.routes.flatMap((r) => r.hostnames.map((name) => ({ name, route: r.rd.route }))),
      ];
      for (const n of names) {
        const score = hostScore(n.name, host);
        if (score < 0 || (best && best.score >= score)) continue;
        best = { score, rec: { gateway: g.gd.gateway, route: n.route ?? l.routes[0]?.rd.route, ip: g.address } };
      }
    }
  }
  return best?.rec;
}
