// Layout constants. Three bands left to right follow the way traffic enters a cluster: the
// outside world (clients, cloud load balancers, ingress, gateways) → Services → a grid of Nodes (with their
// Pods and kube-proxy) shaped to the diagram area.
// Positions come only from sorted keys and counts, so typing in the editor never reshuffles boxes.
import { isConsoleClient } from '../traffic/consoleTraffic.ts';

/** Column gaps and where the three bands start; the Nodes band's x depends on what is left of it. */
export const GAP = { col: 56, row: 20, nodeCol: 20, nodeRow: 18, podRow: 12, podCol: 12 } as const;

// Sizes are in flow units and chosen with the fonts in boxes.css (titles 17 px): at the readable
// zoom (FIT_ZOOM.readable) a title is still >= 13 px on screen. Heights add up boxes.css's pixel
// line heights (head 18, name 2 + 24, a line 18, a list or the foot 4 + 18 a line, padding 2 × 8,
// borders up to 4), so a box always holds its text whatever the font.
export const SIZE = {
  client: { w: 226, h: 82 },
  lb: { w: 200, h: 88 },
  ingressBase: { w: 250, h: 70 },
  ingressRule: 22,
  /** A Gateway: head, name and address, then a line per listener and per route rule. */
  gatewayBase: { w: 270, h: 96 },
  gatewayLine: 22,
  serviceBase: { w: 270, h: 112 },
  servicePort: 18,
  serviceBadge: 32,
  /** Each further line of a wrapped badge, and how many characters (13 px bold) fill one. */
  serviceBadgeLine: 18,
  serviceBadgeChars: 28,
  /** A line of a port's finding on the card (wires.css .k-port-why, 12 px), and the characters that fill one. */
  serviceWhyLine: 16,
  serviceWhyChars: 34,
  pod: { w: 272, h: 104 },
  nodePad: 14,
  nodeHeader: 64,
  kubeProxy: { w: 116, h: 28 },
  /** Where the kube-proxy badge sits inside its Node (right of the name, in the header). */
  kubeProxyY: 12,
} as const;

/**
 * The auto-fit's zooms. It shows every box at the largest zoom up to `max`; a cluster that would need
 * less than `minFit` to fit (hundreds of Pods) is shown at `readable` (titles >= 13 px) from the
 * top-left, where traffic enters, and the user pans for the rest.
 */
export const FIT_ZOOM = { minFit: 0.4, readable: 0.8, max: 1.3 } as const;

/**
 * The diagram's arrangement: one per page layout (src/ui/usePageLayout.ts), never the diagram
 * area's own size, so opening or resizing a panel re-fits the same picture instead of rearranging
 * it. Wide pages get the three bands left to right (Node grid shaped for 16:10); a phone gets them
 * top to bottom in rows about two Nodes wide.
 */
export function diagramLayout(page: 'side' | 'narrow'): { aspect: number; rowsWidth?: number } {
  return page === 'narrow' ? { aspect: 0.6, rowsWidth: 600 } : { aspect: 1.6 };
}

/** Above this many boxes React Flow mounts only what the viewport shows (the diagram and Compare's
 * two): a 1,000-Pod manifest otherwise costs seconds of DOM work; a classroom-sized diagram keeps every box mounted. */
export const VIRTUALIZE_ABOVE_NODES = 200;

/** Pods per row inside a Node: one column until it gets tall, then two, then three. */
export function podColumns(podCount: number): number {
  if (podCount <= 3) return 1;
  if (podCount <= 8) return 2;
  return 3;
}

/**
 * How many columns the grid of Nodes gets: the count whose bounding box fits the diagram area
 * (width / height = `aspect`) at the largest zoom. Ties go to fewer columns. Depends only on
 * counts and sizes, so the same scenario in the same window always gets the same grid.
 */
export function nodeGridColumns(
  cells: readonly { w: number; h: number }[],
  leftWidth: number,
  leftHeight: number,
  aspect: number,
): number {
  if (cells.length === 0) return 1;
  let best = 1;
  let bestZoom = -1;
  for (let cols = 1; cols <= cells.length; cols++) {
    const { w, h } = gridSize(cells, cols);
    const totalW = leftWidth + w;
    const totalH = Math.max(leftHeight, h);
    const zoom = Math.min(aspect / totalW, 1 / totalH);
    if (zoom > bestZoom * 1.0001) {
      best = cols;
      bestZoom = zoom;
    }
  }
  return best;
}

/** Column widths and row heights of a grid of cells filled row by row. */
export function gridTracks(
  cells: readonly { w: number; h: number }[],
  cols: number,
): { colW: number[]; rowH: number[] } {
  const colW: number[] = [];
  const rowH: number[] = [];
  cells.forEach((c, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    colW[col] = Math.max(colW[col] ?? 0, c.w);
    rowH[row] = Math.max(rowH[row] ?? 0, c.h);
  });
  return { colW, rowH };
}

function gridSize(cells: readonly { w: number; h: number }[], cols: number): { w: number; h: number } {
  const { colW, rowH } = gridTracks(cells, cols);
  const sum = (xs: number[], gap: number) => xs.reduce((a, b) => a + b, 0) + Math.max(0, xs.length - 1) * gap;
  return { w: sum(colW, GAP.nodeCol), h: sum(rowH, GAP.nodeRow) };
}

/** Up to this many labels are listed on a pod card; the Inspector shows all of them. */
export const POD_LABELS_SHOWN = 2;

/** Distinct, colour-blind-friendlier hues (Okabe–Ito, then Tableau extras) for clients' packets. */
export const CLIENT_COLORS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#0072B2',
  '#F0E442',
  '#9467BD',
] as const;

export function clientColor(index: number): string {
  const n = CLIENT_COLORS.length;
  return CLIENT_COLORS[((index % n) + n) % n] ?? '#E69F00';
}

/**
 * One colour per client id, by sorted id, so the box, its packets and its counters agree; the
 * console's pods come after the traffic clients, so a wget typed in the console never changes the
 * colour of a client the legend already shows.
 */
export function clientColors(ids: readonly string[]): Map<string, string> {
  const unique = [...new Set(ids)];
  const ordered = [
    ...unique.filter((id) => !isConsoleClient(id)).sort(),
    ...unique.filter((id) => isConsoleClient(id)).sort(),
  ];
  return new Map(ordered.map((id, i) => [id, clientColor(i)]));
}
