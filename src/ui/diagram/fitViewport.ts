// Where to put the camera so the whole cluster shows: the largest zoom that fits (layout.ts FIT_ZOOM).
// Only a cluster too large to fit at a useful zoom is shown at the readable zoom, pinned to the
// top-left (the outside world and Services first: that is where traffic enters), and the user pans
// for the rest. Pure, so it is unit-tested.
import type { AreaSize } from './useAreaSize.ts';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
export interface FitZooms {
  /** Below this, fitting is given up for `readable`. */
  minFit: number;
  readable: number;
  max: number;
}

export function fitViewport(bounds: Bounds, area: AreaSize, zooms: FitZooms, padding = 16): Viewport {
  if (bounds.width <= 0 || bounds.height <= 0 || area.width <= 0 || area.height <= 0) return { x: 0, y: 0, zoom: 1 };
  const fit = Math.min((area.width - 2 * padding) / bounds.width, (area.height - 2 * padding) / bounds.height);
  const zoom = fit >= zooms.minFit ? Math.min(zooms.max, fit) : zooms.readable;
  const place = (size: number, room: number, origin: number): number =>
    size * zoom <= room - 2 * padding ? (room - size * zoom) / 2 - origin * zoom : padding - origin * zoom;
  // Whole pixels, rounded inwards, so a box on the fit's edge is never half a pixel outside the area.
  const zoomed = Math.floor(zoom * 1e4) / 1e4;
  return {
    x: Math.round(place(bounds.width, area.width, bounds.x)),
    y: Math.round(place(bounds.height, area.height, bounds.y)),
    zoom: zoomed,
  };
}

/** How much larger a fit may show the cluster before an edit moves the camera (steadyViewport). */
export const REFIT_GROWTH = 1.2;

/**
 * The camera after the cluster or its area changed shape (an edit: a pod came or went, and the
 * traffic strip below gained or lost a row). Re-fitting each time moved and rescaled every box, so
 * the diagram jumped under the learner's eyes just as the new pod appeared, and the browser
 * repainted all of it at the new scale. The view stays as it is while every box still shows inside
 * the padding and a fit would enlarge the cluster by no more than REFIT_GROWTH; otherwise it is the
 * fit. (The Fit button always fits: Diagram.tsx.)
 */
export function steadyViewport(
  bounds: Bounds,
  area: AreaSize,
  zooms: FitZooms,
  current: Viewport,
  padding = 16,
): Viewport {
  const fitted = fitViewport(bounds, area, zooms, padding);
  if (bounds.width <= 0 || bounds.height <= 0) return fitted;
  // Within a pixel: the fit itself rounds its offsets to whole pixels.
  const inside = (origin: number, size: number, offset: number, room: number): boolean =>
    offset + origin * current.zoom >= padding - 1 && offset + (origin + size) * current.zoom <= room - padding + 1;
  const shows =
    inside(bounds.x, bounds.width, current.x, area.width) && inside(bounds.y, bounds.height, current.y, area.height);
  return shows && fitted.zoom <= current.zoom * REFIT_GROWTH ? current : fitted;
}

/** Bounds of the top-level boxes (children sit inside their parents). */
export function boundsOf(
  nodes: readonly { position: { x: number; y: number }; width?: number; height?: number; parentId?: string }[],
): Bounds {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const n of nodes) {
    if (n.parentId) continue;
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.width ?? 0));
    y1 = Math.max(y1, n.position.y + (n.height ?? 0));
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : { x: 0, y: 0, width: 0, height: 0 };
}

/**
 * Presenter mode's camera (issue 15: at 1024×768 titles ≥ 24 px, addresses ≥ 18 px). The zoom is
 * the fit's when that is at least `minZoom`, else `minZoom`; at that zoom the whole cluster is
 * centred when it fits, otherwise the camera centres the box being narrated (`focus`), kept inside
 * the cluster's bounds so no empty margin is shown where boxes could be.
 */
export function presenterViewport(
  bounds: Bounds,
  area: AreaSize,
  focus: Bounds | null,
  minZoom: number,
  maxZoom: number,
  padding = 16,
): Viewport {
  if (bounds.width <= 0 || bounds.height <= 0 || area.width <= 0 || area.height <= 0) return { x: 0, y: 0, zoom: 1 };
  const fit = Math.min((area.width - 2 * padding) / bounds.width, (area.height - 2 * padding) / bounds.height);
  const zoom = Math.floor(Math.min(maxZoom, Math.max(minZoom, fit)) * 1e4) / 1e4;
  const axis = (size: number, room: number, origin: number, at: number | null): number => {
    // Fits along this axis: centred.
    if (size * zoom <= room - 2 * padding) return (room - size * zoom) / 2 - origin * zoom;
    // Otherwise the focus (or the start: where traffic enters) at the centre, clamped to the bounds.
    const centre = at ?? origin;
    const x = room / 2 - centre * zoom;
    const most = padding - origin * zoom;
    const least = room - padding - (origin + size) * zoom;
    return Math.min(most, Math.max(least, x));
  };
  return {
    x: Math.round(axis(bounds.width, area.width, bounds.x, focus ? focus.x + focus.width / 2 : null)),
    y: Math.round(axis(bounds.height, area.height, bounds.y, focus ? focus.y + focus.height / 2 : null)),
    zoom,
  };
}
