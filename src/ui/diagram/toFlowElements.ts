// Pure mapper ClusterView → React Flow nodes/edges (docs/toolchain.md §2).
// No Kubernetes rule is evaluated here: which pods a Service selects comes from the endpoints the
// core's EndpointSlice controller produced; the diagram only lays them out.
import type { DiagramView, ViewClient } from './viewShape.ts';
import {
  clientEdgeId,
  clientId,
  gatewayEdgeId,
  gatewayId,
  ingressEdgeId,
  nodePortEdgeId,
  nearMissEdgeId,
  ingressId,
  kubeProxyId,
  lbEdgeId,
  lbId,
  nodeGroupId,
  nsName,
  podId,
  selectorEdgeId,
  serviceId,
  UNSCHEDULED_NODE,
} from './flowIds.ts';
import {
  GAP,
  POD_LABELS_SHOWN,
  SIZE,
  clientColor,
  clientColors,
  gridTracks,
  nodeGridColumns,
  podColumns,
} from './layout.ts';
import { describePorts, labelPairs, selectorText } from './describe.ts';
import { knownHandles } from './knownHandles.ts';
import { entryLane, laneToService, stackedLane, type Rect } from './entryLanes.ts';
import { stackBands } from './stackBands.ts';
import { badgeLines, cardFindings, whyLines } from './cardLines.ts';
import type { FlowEdge, FlowElements, FlowNode, KubeProxyFlowNode, LinkFlowEdge } from './flowShapes.ts';

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

export interface LayoutOptions {
  /** Width / height the grid of Nodes is shaped for (layout.ts diagramLayout). */
  aspect?: number;
  /**
   * Stack the three bands top to bottom instead (a phone's narrow diagram): each band's boxes
   * left to right in rows no wider than this.
   */
  rowsWidth?: number;
}

export function toFlowElements(
  view: DiagramView,
  clients: readonly ViewClient[] = [],
  options: LayoutOptions = {},
): FlowElements {
  const aspect = options.aspect && Number.isFinite(options.aspect) && options.aspect > 0 ? options.aspect : 1.6;
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const services = [...view.services].sort(byKey((s) => nsName(s.namespace, s.name)));
  const selectedBy = new Map<string, string[]>();
  for (const s of services) {
    for (const ep of s.endpoints) {
      if (!ep.pod) continue;
      const podKey = nsName(s.namespace, ep.pod);
      selectedBy.set(podKey, [...(selectedBy.get(podKey) ?? []), s.name]);
    }
  }

  // Sizes first: the band widths and heights decide the Node grid's shape.
  const colors = clientColors(clients.map((c) => c.id));
  // Every client has a box of its own, an in-cluster one too (it says which pod it runs in).
  const sortedClients = [...clients].sort(byKey((c) => c.id));
  const svcBoxes = services.map((s) => {
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
  const lbs = [...(view.loadBalancers ?? [])].sort(byKey((l) => l.service));
  const ingresses = [...(view.ingresses ?? [])].sort(byKey((i) => nsName(i.namespace, i.name))).map((ing) => {
    const rules = ing.rules.map((r) => `${r.host ?? '*'}${r.path ?? '/'} → ${r.service ?? '?'}:${r.port ?? '?'}`);
    return {
      ing,
      key: nsName(ing.namespace, ing.name),
      rules,
      h: SIZE.ingressBase.h + Math.max(1, rules.length) * SIZE.ingressRule,
    };
  });
  const gateways = [...(view.gateways ?? [])].sort(byKey((g) => nsName(g.namespace, g.name))).map((gw) => {
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
  const stack = (hs: number[]): number => hs.reduce((a, b) => a + b, 0) + Math.max(0, hs.length - 1) * GAP.row;
  const servicesH = stack(svcBoxes.map((b) => b.h));
  // Clients stand left of the load balancers, Ingresses and Gateways they send to (a column each),
  // so an arrow into one of those never turns back into its own column.
  const entriesH = stack([...lbs.map(() => SIZE.lb.h), ...ingresses.map((i) => i.h), ...gateways.map((g) => g.h)]);
  const clientsH = stack(sortedClients.map(() => SIZE.client.h));
  const entryW = Math.max(
    0,
    ...(lbs.length ? [SIZE.lb.w] : []),
    ...(ingresses.length ? [SIZE.ingressBase.w] : []),
    ...(gateways.length ? [SIZE.gatewayBase.w] : []),
  );
  const clientColumn = entryW > 0 && sortedClients.length > 0;
  const entryX = clientColumn ? SIZE.client.w + GAP.col : 0;
  const outsideH = clientColumn ? Math.max(entriesH, clientsH) : stack([entriesH, clientsH].filter((h) => h > 0));
  const outsideW = clientColumn ? entryX + entryW : Math.max(entryW, sortedClients.length ? SIZE.client.w : 0);
  const serviceX = outsideW > 0 ? outsideW + GAP.col : 0;
  const nodesX = serviceX + (svcBoxes.length > 0 ? SIZE.serviceBase.w + GAP.col : 0);

  const groups = [...view.nodes].sort(byKey((n) => n.name));
  const unscheduled = groups.find((n) => n.name === UNSCHEDULED_NODE);
  const ordered = (unscheduled ? [...groups.filter((n) => n !== unscheduled), unscheduled] : groups).map((n) => {
    const pods = [...n.pods].sort(byKey((p) => nsName(p.namespace, p.name)));
    const cols = podColumns(pods.length);
    const rows = Math.max(1, Math.ceil(pods.length / cols));
    const w = SIZE.nodePad * 2 + cols * SIZE.pod.w + (cols - 1) * GAP.podCol;
    const h = SIZE.nodeHeader + rows * SIZE.pod.h + (rows - 1) * GAP.podRow + SIZE.nodePad;
    return { n, pods, cols, w, h };
  });
  const gridCols = nodeGridColumns(ordered, nodesX, Math.max(servicesH, outsideH), aspect);
  const { colW, rowH } = gridTracks(ordered, gridCols);
  const gridH = rowH.reduce((a, b) => a + b, 0) + Math.max(0, rowH.length - 1) * GAP.nodeRow;
  const totalH = Math.max(gridH, servicesH, outsideH);
  const centred = (h: number): number => Math.round(Math.max(0, (totalH - h) / 2));

  // Band 2: Services, centred on the Nodes.
  const serviceY = new Map<string, number>();
  let y = centred(servicesH);
  for (const { s, key, ports, selectsNoPods, findings, h } of svcBoxes) {
    serviceY.set(key, y);
    nodes.push({
      id: serviceId(key),
      type: 'service',
      position: { x: serviceX, y },
      width: SIZE.serviceBase.w,
      height: h,
      data: {
        service: s,
        key,
        ports: ports.ports,
        nodePorts: ports.nodePorts,
        selector: selectorText(s.selector),
        endpointCount: s.endpoints.length,
        readyCount: s.endpoints.filter((e) => e.ready !== false).length,
        selectsNoPods,
        ...(s.noEndpointsWhy ? { noPodsWhy: s.noEndpointsWhy } : {}),
        findings,
      },
    });
    y += h + GAP.row;
  }

  // Band 1: the outside world. Cloud load balancers beside their Service, then ingresses, gateways;
  // the clients below them, or in a column of their own left of them (clientColumn).
  let edgeY = centred(clientColumn ? entriesH : outsideH);
  for (const lb of lbs) {
    const at = Math.max(edgeY, serviceY.get(lb.service) ?? edgeY);
    nodes.push({
      id: lbId(lb.service),
      type: 'loadBalancer',
      position: { x: entryX, y: at },
      width: SIZE.lb.w,
      height: SIZE.lb.h,
      data: { lb, serviceKey: lb.service, address: lb.ip ?? lb.hostname ?? '<pending>' },
    });
    if (serviceY.has(lb.service))
      edges.push({ id: lbEdgeId(lb.service), source: lbId(lb.service), target: serviceId(lb.service), type: 'link' });
    edgeY = at + SIZE.lb.h + GAP.row;
  }
  for (const { ing, key, rules, h } of ingresses) {
    nodes.push({
      id: ingressId(key),
      type: 'ingress',
      position: { x: entryX, y: edgeY },
      width: SIZE.ingressBase.w,
      height: h,
      data: { ingress: ing, key, rules },
    });
    const backends = [...new Set(ing.rules.map((r) => r.service).filter((s): s is string => !!s))].sort();
    for (const b of backends) {
      const svcKey = nsName(ing.namespace, b);
      if (serviceY.has(svcKey))
        edges.push({ id: ingressEdgeId(key, svcKey), source: ingressId(key), target: serviceId(svcKey), type: 'link' });
    }
    edgeY += h + GAP.row;
  }
  // A Gateway's address leads to its data plane's LB (the core's entry for a client sent there).
  const gatewayOfDataPlane = new Map<string, string>();
  for (const { gw, key, listeners, routes, h } of gateways) {
    nodes.push({
      id: gatewayId(key),
      type: 'gateway',
      position: { x: entryX, y: edgeY },
      width: SIZE.gatewayBase.w,
      height: h,
      data: { gateway: gw, key, listeners, routes },
    });
    if (gw.dataPlaneService) {
      gatewayOfDataPlane.set(lbId(gw.dataPlaneService), gatewayId(key));
      gatewayOfDataPlane.set(serviceId(gw.dataPlaneService), gatewayId(key));
    }
    const backends = [
      ...new Set(gw.routes.flatMap((r) => r.rules.flatMap((rule) => rule.backends.map((b) => b.service)))),
    ];
    for (const svcKey of backends.sort()) {
      if (serviceY.has(svcKey))
        edges.push({ id: gatewayEdgeId(key, svcKey), source: gatewayId(key), target: serviceId(svcKey), type: 'link' });
    }
    edgeY += h + GAP.row;
  }
  if (clientColumn) edgeY = centred(clientsH);
  for (const c of sortedClients) {
    nodes.push({
      id: clientId(c.id),
      type: 'client',
      position: { x: 0, y: edgeY },
      width: SIZE.client.w,
      height: SIZE.client.h,
      data: {
        client: c,
        color: colors.get(c.id) ?? clientColor(0),
        title: c.label ?? c.id,
        subtitle: c.kind === 'pod' ? podShort(c.pod ?? '') : (c.ip ?? 'external'),
      },
    });
    edgeY += SIZE.client.h + GAP.row;
  }

  // Band 3: Nodes as group containers in a grid, parents pushed before their children (docs/toolchain.md §2).
  const gridY = centred(gridH);
  ordered.forEach(({ n, pods, cols, w: width, h: height }, i) => {
    const col = i % gridCols;
    const row = Math.floor(i / gridCols);
    const x = nodesX + colW.slice(0, col).reduce((a, b) => a + b + GAP.nodeCol, 0);
    const gy = gridY + rowH.slice(0, row).reduce((a, b) => a + b + GAP.nodeRow, 0);
    const gid = nodeGroupId(n.name);
    const isUnscheduled = n.name === UNSCHEDULED_NODE;
    nodes.push({
      id: gid,
      type: 'k8sNode',
      position: { x, y: gy },
      width,
      height,
      data: { node: n, unscheduled: isUnscheduled, width, height },
    });
    if (!isUnscheduled) {
      nodes.push({
        id: kubeProxyId(n.name),
        type: 'kubeProxy',
        parentId: gid,
        extent: 'parent',
        draggable: false,
        position: { x: width - SIZE.nodePad - SIZE.kubeProxy.w, y: SIZE.kubeProxyY },
        width: SIZE.kubeProxy.w,
        height: SIZE.kubeProxy.h,
        data: { nodeName: n.name },
      });
    }
    pods.forEach((p, j) => {
      const key = nsName(p.namespace, p.name);
      const labels = labelPairs(p.labels);
      nodes.push({
        id: podId(key),
        type: 'pod',
        parentId: gid,
        extent: 'parent',
        position: {
          x: SIZE.nodePad + (j % cols) * (SIZE.pod.w + GAP.podCol),
          y: SIZE.nodeHeader + Math.floor(j / cols) * (SIZE.pod.h + GAP.podRow),
        },
        width: SIZE.pod.w,
        height: SIZE.pod.h,
        data: {
          pod: p,
          key,
          labels: labels.slice(0, POD_LABELS_SHOWN),
          hiddenLabels: Math.max(0, labels.length - POD_LABELS_SHOWN),
          ports: (p.ports ?? [])
            .map((cp) => `${cp.containerPort}${cp.protocol && cp.protocol !== 'TCP' ? `/${cp.protocol}` : ''}`)
            .join(', '),
          selectedBy: selectedBy.get(key) ?? [],
        },
      });
    });
  });

  // Selector edges: Service → each Pod in its endpoints, labelled with the labels that matched.
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

  // Client → its target box, when the target is drawn.
  const ids = new Set(nodes.map((n) => n.id));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rect = (n: FlowNode | undefined): Rect | null => {
    if (!n) return null;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const x = n.position.x + (parent?.position.x ?? 0);
    const y = n.position.y + (parent?.position.y ?? 0);
    return { x, y, w: n.width ?? 0, h: n.height ?? 0 };
  };
  const cards = nodes.filter((n) => n.type === 'service').flatMap((n) => rect(n) ?? []);
  const entryBoxes = clientColumn
    ? nodes
        .filter((n) => n.type === 'loadBalancer' || n.type === 'ingress' || n.type === 'gateway')
        .flatMap((n) => rect(n) ?? [])
    : [];
  const lanes = { services: cards, serviceX, nodesX, ...(clientColumn ? { entries: entryBoxes, entryX } : {}) };

  // NodePort on every node: each Service with a nodePort → every Node's kube-proxy, which listens
  // on it. A packet that entered a node at its NodePort flies this edge from the kube-proxy back to
  // the Service whose rules matched, then the selector edge to the chosen pod. Routed above the
  // Node's row into the kube-proxy box, as a client's arrow is, so it crosses no pod.
  const proxies = nodes.filter((n): n is KubeProxyFlowNode => n.type === 'kubeProxy');
  for (const { s, key, ports } of svcBoxes) {
    if (ports.nodePorts.length === 0) continue;
    const numbers = s.ports.flatMap((p) => (p.nodePort ? [p.nodePort] : []));
    const card = rect(byId.get(serviceId(key)));
    for (const kp of proxies) {
      const proxyBox = rect(kp);
      const nodeBox = rect(kp.parentId ? byId.get(kp.parentId) : undefined);
      const route =
        !options.rowsWidth && card && proxyBox && nodeBox
          ? entryLane({ x: card.x + card.w, y: card.y + card.h / 2 }, proxyBox, nodeBox, {
              services: [],
              serviceX,
              nodesX,
            })
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

  for (const c of sortedClients) {
    const target = c.target ? (resolveTarget(c.target, ids) ?? gatewayOfDataPlane.get(c.target)) : undefined;
    if (!target) continue;
    const edge: LinkFlowEdge = { id: clientEdgeId(c.id, target), source: clientId(c.id), target, type: 'link' };
    // Into a Node (its NodePort): around the Service cards, not under them (entryLanes.ts). The
    // stacked phone layout moves boxes afterwards, so it keeps the plain curve.
    const proxy = byId.get(target);
    const from = rect(byId.get(clientId(c.id)));
    const proxyBox = rect(proxy);
    const nodeBox = rect(proxy?.parentId ? byId.get(proxy.parentId) : undefined);
    if (!options.rowsWidth && proxy?.type === 'kubeProxy' && from && proxyBox && nodeBox)
      edge.data = { route: entryLane({ x: from.x + from.w, y: from.y + from.h / 2 }, proxyBox, nodeBox, lanes) };
    // To a Service past the column of load balancers, Ingresses and Gateways: between its boxes.
    else if (!options.rowsWidth && clientColumn && proxy?.type === 'service' && from && proxyBox)
      edge.data = { route: laneToService({ x: from.x + from.w, y: from.y + from.h / 2 }, proxyBox, lanes) };
    edges.push(edge);
  }
  if (options.rowsWidth) {
    // Stacked bands: every wire runs down through the gaps between boxes (entryLanes.ts stackedLane).
    const rows = stackBands(nodes, options.rowsWidth);
    for (const e of edges) {
      const src = rect(byId.get(e.source));
      const dst = byId.get(e.target);
      const box = rect(dst);
      const top = dst?.parentId ? byId.get(dst.parentId) : dst;
      if (!src || !box || !top) continue;
      const route = stackedLane(
        { x: src.x + src.w / 2, y: src.y + src.h },
        { box, enter: dst?.type === 'pod' ? 'left' : 'top', rowTop: top.position.y },
        rows,
      );
      e.data = { ...e.data, route } as typeof e.data;
    }
  }
  for (const n of nodes) n.handles = knownHandles(n.type, n.width ?? 0, n.height ?? 0, !!options.rowsWidth);
  return { nodes, edges };
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

/** A pod key as a client box names it: `default/web-1` → `web-1`, other namespaces kept. */
const podShort = (key: string): string => (key.startsWith('default/') ? key.slice('default/'.length) : key);

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
