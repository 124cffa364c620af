// Where the diagram's failure labels go, in screen pixels. Every packet stopped at one place for one
// reason says the same thing, so each (place, reason) gets one cross and one label, however many
// packets stopped there: a client sending 50 requests/s to an address it cannot reach would
// otherwise stack dozens of identical labels and measure their text again on every frame. Labels are
// wrapped to fit the canvas and moved down past the ones already placed, so none covers another.
import { wrapText } from './abbreviate.ts';
import type { Point } from './pathRegistry.ts';

export interface FailureMark {
  p: Point;
  reason: string;
}

export interface PlacedLabel {
  /** Where the packet stopped (the red cross). */
  cross: Point;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
}

export const LABEL_LINE_HEIGHT = 15;
const PAD = 5;
const MARGIN = 4;
const GAP = 2;

/** A reason's wrapped lines and widest line, remembered per width (the font never changes). */
export type WrapCache = Map<string, { lines: string[]; width: number }>;

function wrapped(reason: string, maxW: number, measure: (s: string) => number, cache: WrapCache) {
  const key = `${maxW}\n${reason}`;
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size > 256) cache.clear();
    const lines = wrapText(reason, maxW - 2 * PAD, measure);
    hit = { lines, width: Math.max(0, ...lines.map(measure)) };
    cache.set(key, hit);
  }
  return hit;
}

/** One label per (place, reason), inside a `w`×`h` canvas, top to bottom without overlapping. */
export function placeFailureLabels(
  marks: readonly FailureMark[],
  measure: (s: string) => number,
  w: number,
  h: number,
  cache: WrapCache = new Map(),
): PlacedLabel[] {
  const unique = new Map<string, FailureMark>();
  for (const m of marks) {
    const key = `${Math.round(m.p.x)},${Math.round(m.p.y)}\n${m.reason}`;
    if (!unique.has(key)) unique.set(key, m);
  }
  const maxW = Math.max(60, Math.min(320, w - 16));
  const placed: PlacedLabel[] = [];
  const ordered = [...unique.values()].sort((a, b) => a.p.y - b.p.y || a.p.x - b.p.x);
  for (const { p, reason } of ordered) {
    const { lines, width } = wrapped(reason, maxW, measure, cache);
    const boxW = width + 2 * PAD;
    const boxH = lines.length * LABEL_LINE_HEIGHT + 4;
    // Right of the cross when there is room, else left of it; then clamped into the canvas.
    const right = p.x + 12 + boxW <= w - MARGIN;
    const x = Math.max(MARGIN, Math.min(w - MARGIN - boxW, right ? p.x + 12 : p.x - 12 - boxW));
    let y = p.y - 9;
    // Below every placed label it would cover (they are placed top down, so one pass settles it).
    for (let moved = true; moved;) {
      moved = false;
      for (const o of placed) {
        if (x < o.x + o.w && o.x < x + boxW && y < o.y + o.h + GAP && o.y < y + boxH + GAP) {
          y = o.y + o.h + GAP;
          moved = true;
        }
      }
    }
    y = Math.max(MARGIN, Math.min(h - MARGIN - boxH, y));
    placed.push({ cross: p, x, y, w: boxW, h: boxH, lines });
  }
  return placed;
}
