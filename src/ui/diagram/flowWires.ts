// The diagram's wires between placed boxes (toFlowElements.ts places the boxes first): Service →
// the pods in its endpoints, NodePort → every Node's kube-proxy, client → its target, and the routes
// those take around the boxes (entryLanes.ts). Which pods a Service selects is the core's decision
// (the EndpointSlice controller's endpoints in the view); a wire only draws it.
import type { ViewClient, ViewService } from './viewShape.ts';
import {
  clientEdgeId,
  clientId,
  ingressId,
  lbId,
  nearMissEdgeId,
  nodePortEdgeId,
  nsName,
  podId,
  selectorEdgeId,
  serviceId,
} from './flowIds.ts';
import { selectorText } from './describe.ts';
import { entryLane, laneToService, stackedLane, type LaneBands, type Rect } from './entryLanes.ts';
import { stackBands } from './stackBands.ts';
import type { ServiceBox } from './bandBoxes.ts';
import type { FlowEdge, FlowNode, KubeProxyFlowNode, LinkFlowEdge } from './flowShapes.ts';

/** The placed boxes by id, and a box's rectangle in the diagram (a pod's offset by its Node's). */
export interface Placed {
  byId: ReadonlyMap<string, FlowNode>;
  rect: (n: FlowNode | undefined) => Rect | null;
}

export function placed(nodes: readonly FlowNode[]): Placed {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rect = (n: FlowNode | undefined): Rect | null => {
    if (!n) return null;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const x = n.position.x + (parent?.position.x ?? 0);
    const y = n.position.y + (parent?.position.y ?? 0);
    return { x, y, w: n.width ?? 0, h: n.height ?? 0 };
  };
  return { byId, rect };
}

/** Service → each Pod in its endpoints, labelled with the labels that matched; a near miss dashed. */
export function selectorEdges(services: readonly ViewService[], nodes: readonly FlowNode[]): FlowEdge[] {
  const edges: FlowEdge[] = [];
  const podIds = new Set(nodes.filter((n) => n.type === 'pod').map((n) => n.id));
  for (const s of services) {
    const key = nsName(s.namespace, s.name);
    const seen = new Set<string>();
    for (const ep of s.endpoints) {
      if (!ep.pod) continue;
      const podKey = nsName(s.namespace, ep.pod);
      if (seen.has(podKey) || !podIds.has(podId(podKey))) continue;
      seen.add(podKey);
      const finding = s.findings?.find((f) => f.code !== 'selector-near-miss' && f.pod === podKey);
      edges.push({
        id: selectorEdgeId(key, podKey),
        source: serviceId(key),
        target: podId(podKey),
        type: 'selector',
        data: { labels: selectorText(s.selector), ready: ep.ready !== false, ...(finding ? { finding } : {}) },
      });
    }
    const near = s.findings?.find((f) => f.code === 'selector-near-miss');
    if (near && podIds.has(podId(near.pod)))
      edges.push({
        id: nearMissEdgeId(key, near.pod),
        source: serviceId(key),
        target: podId(near.pod),
        type: 'nearMiss',
        data: { labels: selectorText(s.selector), ready: false, finding: near },
      });
  }
  return edges;
}

/**
 * NodePort on every node: each Service with a nodePort → every Node's kube-proxy, which listens
 * on it. A packet that entered a node at its NodePort flies this edge from the kube-proxy back to
 * the Service whose rules matched, then the selector edge to the chosen pod. Routed above the
 * Node's row into the kube-proxy box, as a client's arrow is, so it crosses no pod (`routed`: not in
 * the stacked phone layout, which routes every wire afterwards).
 */
export function nodePortEdges(
  svcBoxes: readonly ServiceBox[],
  nodes: readonly FlowNode[],
  at: Placed,
  bands: { serviceX: number; nodesX: number },
  routed: boolean,
): FlowEdge[] {
  const edges: FlowEdge[] = [];
  const proxies = nodes.filter((n): n is KubeProxyFlowNode => n.type === 'kubeProxy');
  for (const { s, key, ports } of svcBoxes) {
    if (ports.nodePorts.length === 0) continue;
    const numbers = s.ports.flatMap((p) => (p.nodePort ? [p.nodePort] : []));
    const card = at.rect(at.byId.get(serviceId(key)));
    for (const kp of proxies) {
      const proxyBox = at.rect(kp);
      const nodeBox = at.rect(kp.parentId ? at.byId.get(kp.parentId) : undefined);
      const route =
        routed && card && proxyBox && nodeBox
          ? entryLane({ x: card.x + card.w, y: card.y + card.h / 2 }, proxyBox, nodeBox, { services: [], ...bands })
          : undefined;
      edges.push({
        id: nodePortEdgeId(key, kp.data.nodeName),
        source: serviceId(key),
        target: kp.id,
        type: 'nodePort',
        data: {
          nodePorts: numbers,
          ...(route ? { route } : {}),
          ...(s.externalDropNodes?.includes(kp.data.nodeName) ? { drops: true } : {}),
        },
      });
    }
  }
  return edges;
}

/**
 * Client → its target box, when the target is drawn (`entryOf`: a Gateway's data-plane address →
 * the Gateway's box). `clientColumn`: the clients stand in a column of their own left of the load
 * balancers, Ingresses and Gateways.
 */
export function clientEdges(
  clients: readonly ViewClient[],
  at: Placed,
  entryOf: ReadonlyMap<string, string>,
  lanes: LaneBands,
  clientColumn: boolean,
  routed: boolean,
): FlowEdge[] {
  const edges: FlowEdge[] = [];
  const ids = new Set(at.byId.keys());
  for (const c of clients) {
    const target = c.target ? (resolveTarget(c.target, ids) ?? entryOf.get(c.target)) : undefined;
    if (!target) continue;
    const edge: LinkFlowEdge = { id: clientEdgeId(c.id, target), source: clientId(c.id), target, type: 'link' };
    // Into a Node (its NodePort): around the Service cards, not under them (entryLanes.ts). The
    // stacked phone layout moves boxes afterwards, so it keeps the plain curve.
    const proxy = at.byId.get(target);
    const from = at.rect(at.byId.get(clientId(c.id)));
    const proxyBox = at.rect(proxy);
    const nodeBox = at.rect(proxy?.parentId ? at.byId.get(proxy.parentId) : undefined);
    if (routed && proxy?.type === 'kubeProxy' && from && proxyBox && nodeBox)
      edge.data = { route: entryLane({ x: from.x + from.w, y: from.y + from.h / 2 }, proxyBox, nodeBox, lanes) };
    // To a Service past the column of load balancers, Ingresses and Gateways: between its boxes.
    else if (routed && clientColumn && proxy?.type === 'service' && from && proxyBox)
      edge.data = { route: laneToService({ x: from.x + from.w, y: from.y + from.h / 2 }, proxyBox, lanes) };
    edges.push(edge);
  }
  return edges;
}

/**
 * Stacked bands (a phone's narrow diagram), after stackBands has moved the boxes: every wire runs
 * down through the gaps between boxes (entryLanes.ts stackedLane).
 */
export function routeStacked(nodes: FlowNode[], edges: readonly FlowEdge[], rowsWidth: number): void {
  const rows = stackBands(nodes, rowsWidth);
  const at = placed(nodes);
  for (const e of edges) {
    const src = at.rect(at.byId.get(e.source));
    const dst = at.byId.get(e.target);
    const box = at.rect(dst);
    const top = dst?.parentId ? at.byId.get(dst.parentId) : dst;
    if (!src || !box || !top) continue;
    const route = stackedLane(
      { x: src.x + src.w / 2, y: src.y + src.h },
      { box, enter: dst?.type === 'pod' ? 'left' : 'top', rowTop: top.position.y },
      rows,
    );
    e.data = { ...e.data, route } as typeof e.data;
  }
}

/** A client's target as the diagram knows it: a flow node id, or `svc:`/`lb:`/`ing:` + ns/name, or ns/name of a Service. */
export function resolveTarget(target: string, ids: ReadonlySet<string>): string | undefined {
  for (const candidate of [
    target,
    serviceId(target),
    serviceId(nsName(undefined, target)),
    lbId(target),
    ingressId(target),
  ]) {
    if (ids.has(candidate)) return candidate;
  }
  return undefined;
}
