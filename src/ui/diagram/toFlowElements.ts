// Pure mapper ClusterView → React Flow nodes/edges (docs/toolchain.md §2): the boxes' contents and
// heights (bandBoxes.ts), then where each box goes (here), then the wires between them (flowWires.ts).
// No Kubernetes rule is evaluated here: which pods a Service selects comes from the endpoints the
// core's EndpointSlice controller produced; the diagram only lays them out.
import type { DiagramView, ViewClient } from './viewShape.ts';
import {
  clientId,
  gatewayEdgeId,
  gatewayId,
  ingressEdgeId,
  ingressId,
  kubeProxyId,
  lbEdgeId,
  lbId,
  nodeGroupId,
  nsName,
  podId,
  serviceId,
  UNSCHEDULED_NODE,
} from './flowIds.ts';
import { GAP, POD_LABELS_SHOWN, SIZE, clientColor, clientColors, gridTracks, nodeGridColumns } from './layout.ts';
import { labelPairs, selectorText } from './describe.ts';
import { knownHandles } from './knownHandles.ts';
import { byKey, gatewayBoxes, ingressBoxes, nodeBoxes, serviceBoxes } from './bandBoxes.ts';
import { clientEdges, nodePortEdges, placed, routeStacked, selectorEdges } from './flowWires.ts';
import type { FlowEdge, FlowElements, FlowNode } from './flowShapes.ts';

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
  const svcBoxes = serviceBoxes(services);
  const lbs = [...(view.loadBalancers ?? [])].sort(byKey((l) => l.service));
  const ingresses = ingressBoxes(view);
  const gateways = gatewayBoxes(view);
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

  const ordered = nodeBoxes(view);
  const gridCols = nodeGridColumns(ordered, nodesX, Math.max(servicesH, outsideH), aspect);
  const { colW, rowH } = gridTracks(ordered, gridCols);
  // Every band starts at the top, where the picture is read from, rather than centred on the tallest
  // band: a Node that grows by a Pod then moves nothing else, so a learner changing `replicas` sees
  // the Pod arrive while the clients, Services and the other wires stay put (and only the wires
  // that changed are drawn again).

  // Band 2: Services.
  const serviceY = new Map<string, number>();
  let y = 0;
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
  let edgeY = 0;
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
  // Clients in a column of their own start at its top too.
  if (clientColumn) edgeY = 0;
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
  ordered.forEach(({ n, pods, cols, w: width, h: height }, i) => {
    const col = i % gridCols;
    const row = Math.floor(i / gridCols);
    const x = nodesX + colW.slice(0, col).reduce((a, b) => a + b + GAP.nodeCol, 0);
    const gy = rowH.slice(0, row).reduce((a, b) => a + b + GAP.nodeRow, 0);
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

  // The wires after the boxes' own links, in drawing order (React Flow paints later edges on top).
  edges.push(...selectorEdges(services, nodes));
  const routed = !options.rowsWidth;
  const at = placed(nodes);
  edges.push(...nodePortEdges(svcBoxes, nodes, at, { serviceX, nodesX }, routed));
  const cards = nodes.filter((n) => n.type === 'service').flatMap((n) => at.rect(n) ?? []);
  const entryBoxes = clientColumn
    ? nodes
        .filter((n) => n.type === 'loadBalancer' || n.type === 'ingress' || n.type === 'gateway')
        .flatMap((n) => at.rect(n) ?? [])
    : [];
  const lanes = { services: cards, serviceX, nodesX, ...(clientColumn ? { entries: entryBoxes, entryX } : {}) };
  edges.push(...clientEdges(sortedClients, at, gatewayOfDataPlane, lanes, clientColumn, routed));
  if (options.rowsWidth) routeStacked(nodes, edges, options.rowsWidth);
  for (const n of nodes) n.handles = knownHandles(n.type, n.width ?? 0, n.height ?? 0, !!options.rowsWidth);
  return { nodes, edges };
}

/** A pod key as a client box names it: `default/web-1` → `web-1`, other namespaces kept. */
const podShort = (key: string): string => (key.startsWith('default/') ? key.slice('default/'.length) : key);
