import { describe, expect, it } from 'vitest';
import { LABEL_LINE_HEIGHT, placeFailureLabels, type WrapCache } from './failureLabels.ts';

// 6 px per character: a stand-in for canvas measureText at the label's font.
const measure = (s: string) => s.length * 6;
const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('placeFailureLabels', () => {
  it('draws one label for every packet stopped at one place for one reason', () => {
    const marks = Array.from({ length: 200 }, () => ({ p: { x: 100, y: 100 }, reason: 'connection refused' }));
    const placed = placeFailureLabels(marks, measure, 800, 600);
    expect(placed).toHaveLength(1);
    expect(placed[0]!.lines).toEqual(['connection refused']);
  });

  it('keeps different reasons at one place, and one reason at different places', () => {
    const placed = placeFailureLabels(
      [
        { p: { x: 100, y: 100 }, reason: 'a' },
        { p: { x: 100, y: 100 }, reason: 'b' },
        { p: { x: 100, y: 300 }, reason: 'a' },
      ],
      measure,
      800,
      600,
    );
    expect(placed.map((l) => l.lines[0])).toEqual(['a', 'b', 'a']);
  });

  it('moves a label down past the ones it would cover, and keeps all inside the canvas', () => {
    const reason = 'is the ClusterIP of Service default/my-service: a virtual IP that exists only inside the cluster';
    const marks = [0, 20, 40, 60].map((dy) => ({ p: { x: 100, y: 100 + dy }, reason: `${dy} ${reason}` }));
    const placed = placeFailureLabels(marks, measure, 800, 600);
    expect(placed).toHaveLength(4);
    for (const [i, a] of placed.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(4);
      expect(a.y).toBeGreaterThanOrEqual(4);
      expect(a.x + a.w).toBeLessThanOrEqual(796);
      expect(a.y + a.h).toBeLessThanOrEqual(596);
      expect(a.lines.length).toBeGreaterThan(1);
      expect(a.h).toBe(a.lines.length * LABEL_LINE_HEIGHT + 4);
      for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });

  it('puts the label left of the cross near the right edge', () => {
    const [l] = placeFailureLabels([{ p: { x: 780, y: 50 }, reason: 'timeout' }], measure, 800, 600);
    expect(l!.x + l!.w).toBeLessThanOrEqual(780);
  });

  it('measures a reason once per width', () => {
    let calls = 0;
    const counting = (s: string) => (calls++, measure(s));
    const cache: WrapCache = new Map();
    const marks = [{ p: { x: 10, y: 10 }, reason: 'no endpoints for this Service port' }];
    placeFailureLabels(marks, counting, 800, 600, cache);
    const first = calls;
    placeFailureLabels(marks, counting, 800, 600, cache);
    expect(first).toBeGreaterThan(0);
    expect(calls).toBe(first);
  });
});
