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

describe('placeFailureLabels beside the boxes', () => {
  // Lesson 12's picture at 1280×800: the client's cross at its right edge, my-service to its right.
  const client = { x: 560, y: 97, w: 150, h: 66 };
  const service = { x: 757, y: 100, w: 218, h: 102 };
  const reason =
    'default/my-service has no endpoints: 3 pods match the selector of default/my-service but none is Ready (e.g. default/web-1: phase Running, not Ready)';

  it('does not cover a box when a free place is near', () => {
    const [l] = placeFailureLabels([{ p: { x: 705, y: 108 }, reason }], measure, 720 + 560, 800, new Map(), [
      client,
      service,
    ]);
    expect(overlaps(l!, client)).toBe(false);
    expect(overlaps(l!, service)).toBe(false);
    // Near its cross: it touches the client's column.
    expect(l!.x).toBeLessThan(client.x + client.w);
    expect(Math.abs(l!.y + l!.h / 2 - 108)).toBeLessThan(150);
  });

  it('keeps its first place, right of the cross, when nothing is there', () => {
    const [free] = placeFailureLabels([{ p: { x: 705, y: 108 }, reason: 'timeout' }], measure, 1280, 800, new Map(), [
      client,
    ]);
    expect(free!.x).toBe(717);
    expect(free!.y).toBe(99);
  });

  it("beside a column of boxes at its cross's height when the cross is on a box", () => {
    // Lesson 11 at 1280×800: a pod's cross at its top right, inside node-3's column.
    const node = { x: 1020, y: 512, w: 218, h: 64 };
    const pod = { x: 1033, y: 565, w: 194, h: 82 };
    const why = 'pod default/web-3 does not listen on 8080/TCP (its containers declare 9376/TCP)';
    const [l] = placeFailureLabels([{ p: { x: 1215, y: 575 }, reason: why }], measure, 1280, 800, new Map(), [
      node,
      pod,
    ]);
    expect(overlaps(l!, pod) || overlaps(l!, node)).toBe(false);
    // …and near it: beside the column or under the pod, not across the diagram.
    expect(Math.abs(l!.y - 575)).toBeLessThan(120);
  });
});

describe('placeFailureLabels on a narrow page', () => {
  // Lesson 12 at 390 px: one column of boxes, the client's cross at its top right. The pods lie
  // beyond the reach of the boxes whose sides are offered as places.
  const client = { x: 75, y: 16, w: 137, h: 50 };
  const service = { x: 62, y: 101, w: 164, h: 78 };
  const header1 = { x: 53, y: 214, w: 181, h: 38 };
  const podClient = { x: 62, y: 253, w: 164, h: 62 };
  const podWeb1 = { x: 62, y: 323, w: 164, h: 62 };
  const header2 = { x: 53, y: 409, w: 181, h: 36 };
  const podWeb2 = { x: 62, y: 445, w: 164, h: 62 };
  const boxes = [client, service, header1, podClient, podWeb1, header2, podWeb2];
  const reason =
    'default/my-service has no endpoints: 3 pods match the selector of default/my-service but none is Ready (e.g. default/web-7d5c5c7d8b-9fl59: phase Running, not Ready)';

  it('covers no pod, also none out of the cross’s reach: the free column beside them', () => {
    const [l] = placeFailureLabels([{ p: { x: 203, y: 24 }, reason }], measure, 390, 650, new Map(), boxes);
    for (const pod of [podClient, podWeb1, podWeb2]) expect(overlaps(l!, pod)).toBe(false);
    expect(overlaps(l!, client)).toBe(false);
    // The narrow column right of the boxes, near the cross.
    expect(l!.x).toBeGreaterThan(client.x + client.w);
    expect(l!.y).toBeLessThan(header1.y);
  });
});
