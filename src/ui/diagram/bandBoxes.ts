// What each box of the diagram holds and how tall that makes it, before any box is placed
// (toFlowElements.ts places them; the band heights decide the Node grid's shape). Texts here are the
// view's own (ports, rules, listeners); nothing is translated or decided about Kubernetes.
import type { DiagramView, ViewGateway, ViewIngress, ViewNode, ViewPod, ViewService } from './viewShape.ts';
import { UNSCHEDULED_NODE, nsName } from './flowIds.ts';
import { GAP, SIZE, podColumns } from './layout.ts';
import { describePorts } from './describe.ts';
import { badgeLines, cardFindings, whyLines } from './cardLines.ts';
import type { ServiceFinding } from '../../worker/protocol.ts';

export const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

export interface ServiceBox {
  s: ViewService;
  key: string;
  ports: { ports: string[]; nodePorts: string[] };
  selectsNoPods: boolean;
  findings: ServiceFinding[];
  h: number;
}

/** A Service card: a line per port (and one for the nodePorts), the findings' lines, the no-pods badge. */
export function serviceBoxes(services: readonly ViewService[]): ServiceBox[] {
  return services.map((s) => {
    const ports = describePorts(s.ports);
    const selectsNoPods = s.endpoints.length === 0 && !!s.selector && Object.keys(s.selector).length > 0;
    const findings = cardFindings(s.findings ?? []);
    const nearMiss = findings.find((f) => f.code === 'selector-near-miss');
    const h =
      SIZE.serviceBase.h +
      (Math.max(1, s.ports.length) + (ports.nodePorts.length > 0 ? 1 : 0)) * SIZE.servicePort +
      findings.reduce((sum, f) => sum + (f.code === 'selector-near-miss' ? 0 : whyLines(f)), 0) * SIZE.serviceWhyLine +
      (selectsNoPods ? SIZE.serviceBadge + (badgeLines(s.noEndpointsWhy, nearMiss) - 1) * SIZE.serviceBadgeLine : 0);
    return { s, key: nsName(s.namespace, s.name), ports, selectsNoPods, findings, h };
  });
}

export interface IngressBox {
  ing: ViewIngress;
  key: string;
  rules: string[];
  h: number;
}

/** An Ingress box: a line per rule, `host/path → service:port`. */
export function ingressBoxes(view: DiagramView): IngressBox[] {
  return [...(view.ingresses ?? [])].sort(byKey((i) => nsName(i.namespace, i.name))).map((ing) => {
    const rules = ing.rules.map((r) => `${r.host ?? '*'}${r.path ?? '/'} → ${r.service ?? '?'}:${r.port ?? '?'}`);
    return {
      ing,
      key: nsName(ing.namespace, ing.name),
      rules,
      h: SIZE.ingressBase.h + Math.max(1, rules.length) * SIZE.ingressRule,
    };
  });
}

export interface GatewayBox {
  gw: ViewGateway;
  key: string;
  listeners: string[];
  routes: { hosts: string; to: string }[];
  h: number;
}

/** A Gateway box: its listeners, then two lines per route rule (routeLine). */
export function gatewayBoxes(view: DiagramView): GatewayBox[] {
  return [...(view.gateways ?? [])].sort(byKey((g) => nsName(g.namespace, g.name))).map((gw) => {
    // A listener's hostname, and the status reason of one the controller did not program, each get
    // a line of their own under it, so no line is shortened to fit the box.
    const listeners = gw.listeners.flatMap((l) => [
      `${l.name} · ${l.protocol} :${l.port}`,
      ...(l.hostname ? [l.hostname] : []),
      ...(l.problem ? [`✗ ${l.problem}`] : []),
    ]);
    const routes = gw.routes.flatMap((r) => r.rules.map((rule) => routeLine(r.namespace, r.hostnames, rule.backends)));
    return {
      gw,
      key: nsName(gw.namespace, gw.name),
      listeners,
      routes,
      h: SIZE.gatewayBase.h + (Math.max(1, listeners.length) + Math.max(1, routes.length * 2)) * SIZE.gatewayLine,
    };
  });
}

export interface NodeBox {
  n: ViewNode;
  pods: ViewPod[];
  cols: number;
  w: number;
  h: number;
}

/** Node groups by name, the unscheduled group last, each sized to its grid of pods. */
export function nodeBoxes(view: DiagramView): NodeBox[] {
  const groups = [...view.nodes].sort(byKey((n) => n.name));
  const unscheduled = groups.find((n) => n.name === UNSCHEDULED_NODE);
  return (unscheduled ? [...groups.filter((n) => n !== unscheduled), unscheduled] : groups).map((n) => {
    const pods = [...n.pods].sort(byKey((p) => nsName(p.namespace, p.name)));
    const cols = podColumns(pods.length);
    const rows = Math.max(1, Math.ceil(pods.length / cols));
    const w = SIZE.nodePad * 2 + cols * SIZE.pod.w + (cols - 1) * GAP.podCol;
    const h = SIZE.nodeHeader + rows * SIZE.pod.h + (rows - 1) * GAP.podRow + SIZE.nodePad;
    return { n, pods, cols, w, h };
  });
}

/**
 * A route rule as the Gateway box lists it: `shop.example.com`, then `→ web-v1 90% · web-v2 10%`. The
 * share is the backendRef's weight over the rule's total (HTTPBackendRef.weight docs:
 * "proportional to the sum of all weights of the backendRefs of this route rule").
 */
function routeLine(
  ns: string,
  hostnames: readonly string[],
  backends: readonly { service: string; weight: number }[],
): { hosts: string; to: string } {
  const total = backends.reduce((sum, b) => sum + b.weight, 0);
  const name = (key: string): string => (key.startsWith(`${ns}/`) ? key.slice(ns.length + 1) : key);
  const to =
    backends.length === 0
      ? '—'
      : backends.length === 1
        ? name(backends[0]!.service)
        : backends
            .map((b) => `${name(b.service)} ${total > 0 ? Math.round((b.weight * 100) / total) : 0}%`)
            .join(' · ');
  return { hosts: hostnames.length > 0 ? hostnames.join(', ') : '*', to: `→ ${to}` };
}
