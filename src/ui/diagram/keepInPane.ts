// A label drawn in the diagram's moving layer (React Flow's EdgeLabelRenderer) is placed in flow
// coordinates beside what it names, so near the pane's edge it could run past it and be cut: at
// 390 px, a selected selector wire's label (left of its pod, which sits at the pane's left edge)
// showed only "…p (NotReady)". The hook measures the label where it landed and moves it sideways
// into the pane, never past either edge (a label wider than the pane wraps: its max-width is the
// pane's). It runs again when the view pans or zooms.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { useStore } from '@xyflow/react';

/** Screen pixels kept free between a label and the pane's edge. */
const MARGIN = 4;

/** How far (screen px) to move a label spanning `left`–`right` so it lies inside the pane's `left`–`right`. */
export function shiftIntoPane(label: { left: number; right: number }, pane: { left: number; right: number }): number {
  const room = { left: pane.left + MARGIN, right: pane.right - MARGIN };
  if (label.left < room.left) return room.left - label.left;
  if (label.right > room.right) return Math.max(room.left - label.left, room.right - label.right);
  return 0;
}

/**
 * The sideways shift (flow px, to add to the label's transform) and the max-width (flow px) that
 * keep the label's element inside the diagram pane. The shift is measured from where the label
 * would be without it, so it goes back to 0 when a pan or zoom makes room.
 */
export function useKeepInPane(ref: RefObject<HTMLElement | null>, text: string): { shift: number; maxWidth?: number } {
  const transform = useStore((s) => s.transform);
  const [fit, setFit] = useState<{ shift: number; maxWidth?: number }>({ shift: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    const pane = el?.closest('.react-flow')?.getBoundingClientRect();
    if (!el || !pane) return;
    const zoom = transform[2] || 1;
    const maxWidth = Math.max(40, (pane.width - 2 * MARGIN) / zoom);
    const r = el.getBoundingClientRect();
    const unshifted = { left: r.left - fit.shift * zoom, right: r.right - fit.shift * zoom };
    const shift = shiftIntoPane(unshifted, pane) / zoom;
    if (Math.abs(shift - fit.shift) >= 0.5 || fit.maxWidth !== maxWidth) setFit({ shift, maxWidth });
  }, [ref, text, transform, fit]);
  return fit;
}
