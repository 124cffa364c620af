// Layout constants. Columns left to right follow the way traffic enters a cluster:
// clients → cloud load balancers / ingress → Services → Nodes (with their Pods and kube-proxy).
// Positions come only from sorted keys and counts, so typing in the editor never reshuffles boxes.

export const COL = { client: 0, edge: 230, service: 500, nodes: 820 } as const;

export const SIZE = {
  client: { w: 180, h: 64 },
  lb: { w: 200, h: 84 },
  ingressBase: { w: 230, h: 64 },
  ingressRule: 20,
  serviceBase: { w: 250, h: 78 },
  servicePort: 20,
  serviceBadge: 30,
  pod: { w: 210, h: 118 },
  nodePad: 16,
  nodeHeader: 88,
  kubeProxy: { w: 118, h: 24 },
  /** Where the kube-proxy badge sits inside its Node (below the name and IP). */
  kubeProxyY: 54,
} as const;

export const GAP = { row: 24, nodeCol: 40, podRow: 14, podCol: 14 } as const;

/** Pods per row inside a Node: one column until it gets tall, then two, then three. */
export function podColumns(podCount: number): number {
  if (podCount <= 4) return 1;
  if (podCount <= 12) return 2;
  return 3;
}

/** Up to this many labels are listed on a pod card; the Inspector shows all of them. */
export const POD_LABELS_SHOWN = 3;

/** Distinct, colour-blind-friendlier hues (Okabe–Ito, then Tableau extras) for clients' packets. */
export const CLIENT_COLORS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#D55E00', '#0072B2', '#F0E442', '#9467BD'] as const;

export function clientColor(index: number): string {
  const n = CLIENT_COLORS.length;
  return CLIENT_COLORS[((index % n) + n) % n] ?? '#E69F00';
}

/** One colour per client id, by sorted id, so the box, its packets and its counters agree. */
export function clientColors(ids: readonly string[]): Map<string, string> {
  return new Map([...new Set(ids)].sort().map((id, i) => [id, clientColor(i)]));
}
