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

/** A rectangle in screen pixels. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlap = (a: Rect, b: Rect): number => {
  const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return dx > 0 && dy > 0 ? dx * dy : 0;
};

/** How far `r` lies from `p` (0 inside it). */
const distance = (r: Rect, p: Point): number =>
  Math.hypot(Math.max(r.x - p.x, 0, p.x - r.x - r.w), Math.max(r.y - p.y, 0, p.y - r.y - r.h));

// A pixel of a box covered costs as much as this many pixels of distance from the cross: a label
// sits beside its cross unless that hides a box, and then as near as a free place allows.
const PER_PIXEL_AWAY = 10;
// Boxes farther than this from the cross do not offer their sides as places.
const NEAR = 260;

/** Wrap widths a label tries: the widest the canvas allows, and narrower ones that fit a free column. */
const NARROWER = [200, 150];

/** The smallest rectangle holding every one of `rs`. */
function bounds(rs: readonly Rect[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rs) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.w);
    y1 = Math.max(y1, r.y + r.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/**
 * One label per (place, reason), inside a `w`×`h` canvas, top to bottom without overlapping. Each
 * label goes where it covers the least of `boxes` (the diagram's boxes in screen pixels, and the
 * cross itself): beside its cross when that is free, else beside a box near it, wrapped narrower
 * if a narrow free column fits better. A label over a Service's name hid what a learner was to read.
 * Every box a place would cover counts, near the cross or not: counting only the near ones once put
 * lesson 12's label, at 390 px, beside a near pod and over the next one, the very pod it named.
 */
export function placeFailureLabels(
  marks: readonly FailureMark[],
  measure: (s: string) => number,
  w: number,
  h: number,
  cache: WrapCache = new Map(),
  boxes: readonly Rect[] = [],
): PlacedLabel[] {
  const unique = new Map<string, FailureMark>();
  for (const m of marks) {
    const key = `${Math.round(m.p.x)},${Math.round(m.p.y)}\n${m.reason}`;
    if (!unique.has(key)) unique.set(key, m);
  }
  const maxW = Math.max(60, Math.min(320, w - 16));
  const widths = [maxW, ...NARROWER.filter((n) => n < maxW)];
  const placed: PlacedLabel[] = [];
  const ordered = [...unique.values()].sort((a, b) => a.p.y - b.p.y || a.p.x - b.p.x);
  for (const { p, reason } of ordered) {
    const cross: Rect = { x: p.x - 8, y: p.y - 8, w: 16, h: 16 };
    const near = boxes.filter((b) => distance(b, p) < NEAR);
    let best: { score: number; label: PlacedLabel } | null = null;
    for (const width of widths) {
      const { lines, width: textW } = wrapped(reason, width, measure, cache);
      const boxW = textW + 2 * PAD;
      const boxH = lines.length * LABEL_LINE_HEIGHT + 4;
      // Right of the cross (the first choice), left, below, above; then beside each box near it.
      const spots: Point[] = [
        { x: p.x + 12, y: p.y - 9 },
        { x: p.x - 12 - boxW, y: p.y - 9 },
        { x: p.x - boxW / 2, y: p.y + 12 },
        { x: p.x - boxW / 2, y: p.y - 12 - boxH },
        ...near.flatMap((b) => [
          { x: b.x, y: b.y + b.h + GAP },
          { x: b.x, y: b.y - GAP - boxH },
          { x: b.x - GAP - boxW, y: p.y - 9 },
          { x: b.x + b.w + GAP, y: p.y - 9 },
        ]),
      ];
      const labels = spots.map((spot) => settle(spot, boxW, boxH, w, h, placed));
      // The boxes any of these places touches (one pass over all boxes, however many spots).
      const area = bounds(labels);
      const under = boxes.filter((b) => overlap(b, area) > 0);
      for (const label of labels) {
        let covered = overlap(label, cross) * 100;
        for (const b of under) covered += overlap(label, b);
        const score = covered + PER_PIXEL_AWAY * distance(label, p);
        if (!best || score < best.score) best = { score, label: { ...label, cross: p, lines } };
      }
    }
    placed.push(best!.label);
  }
  return placed;
}

/** The label at `spot`, kept inside the canvas and moved down past every placed label it would cover. */
function settle(spot: Point, boxW: number, boxH: number, w: number, h: number, placed: readonly PlacedLabel[]) {
  const x = Math.max(MARGIN, Math.min(w - MARGIN - boxW, spot.x));
  let y = Math.max(MARGIN, spot.y);
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
  return { x, y: Math.max(MARGIN, Math.min(h - MARGIN - boxH, y)), w: boxW, h: boxH };
}
