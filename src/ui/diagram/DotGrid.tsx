// The dotted paper under the diagram, as React Flow's <Background variant="dots"> draws it, but as
// a CSS background of one element whose size and position follow the viewport. React Flow's is a
// full-pane SVG; Chromium laid it out again with every change inside the pane and repainted all of
// it, so an edit that added one Pod box re-rasterised 12 of the page's tiles instead of 7 (a
// software-rastered frame, `npm run bench`'s throttled seed edit; docs/toolchain.md §3.5).
import { useLayoutEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';

/**
 * How strongly the dot's colour is laid on so that it carries as much ink as an antialiased circle
 * of radius `r` (π r² of a pixel): the gradient (canvas.css) is sampled at pixel centres, from full
 * colour at the centre to none half a pixel beyond the edge, which for a dot under a pixel wide is
 * a cone of volume π (r + ½)² / 3, about twice the circle's.
 */
export function dotInk(r: number): number {
  const drawn = r >= 0.5 ? Math.PI * (r * r + 1 / 12) : (Math.PI * (r + 0.5) ** 2) / 3;
  return Math.min(1, (Math.PI * r * r) / drawn);
}

/**
 * Where the grid's tiles start on screen (px), their side and a dot's radius for the viewport
 * `[x, y, zoom]`: a dot at (radius, radius) in each tile.
 */
export function dotGridPlacement(
  [x, y, zoom]: [number, number, number],
  gap: number,
  size: number,
): { x: number; y: number; tile: number; radius: number } {
  const tile = gap * zoom || 1;
  return { x: (x % tile) - tile / 2, y: (y % tile) - tile / 2, tile, radius: (size * zoom) / 2 };
}

/**
 * `gap`: diagram units between dots; `size`: a dot's diameter in diagram units (both scale with the
 * zoom). Dots sit where React Flow's pattern puts them: centred on the gap's grid, offset by half a
 * gap, the pattern following the pan.
 */
export function DotGrid({ gap, size }: { gap: number; size: number }) {
  const rf = useStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const place = (transform: [number, number, number]): void => {
      const p = dotGridPlacement(transform, gap, size);
      el.style.backgroundSize = `${p.tile}px ${p.tile}px`;
      el.style.backgroundPosition = `${p.x}px ${p.y}px`;
      el.style.setProperty('--k-dot-r', `${p.radius}px`);
      el.style.setProperty('--k-dot-ink', String(dotInk(p.radius)));
    };
    place(rf.getState().transform);
    return rf.subscribe((s, before) => {
      if (s.transform !== before.transform) place(s.transform);
    });
  }, [rf, gap, size]);
  return <div ref={ref} className="k-dot-grid" aria-hidden="true" />;
}
