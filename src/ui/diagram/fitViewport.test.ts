import { describe, expect, it } from 'vitest';
import { REFIT_GROWTH, boundsOf, fitViewport, presenterViewport, steadyViewport } from './fitViewport.ts';

const Z = { minFit: 0.4, readable: 0.78, max: 1.3 };

describe('fitViewport', () => {
  it('centres a cluster that fits, at the zoom that fills the area', () => {
    const v = fitViewport({ x: 0, y: 0, width: 1000, height: 500 }, { width: 1032, height: 800 }, Z);
    expect(v.zoom).toBe(1);
    expect(v.x).toBe(16);
    expect(v.y).toBe(150);
  });

  it('zooms out below the readable zoom to show every box', () => {
    const v = fitViewport({ x: 0, y: 0, width: 1400, height: 600 }, { width: 732, height: 400 }, Z);
    expect(v.zoom).toBeCloseTo(0.5, 3);
    expect(v.zoom).toBeLessThanOrEqual(0.5);
    expect(v.x).toBe(16);
    expect(v.x + 1400 * v.zoom).toBeLessThanOrEqual(732 - 16);
    expect(v.y + 600 * v.zoom).toBeLessThanOrEqual(400);
  });

  it('shows a cluster too large to fit at a useful zoom at the readable zoom, pinned to the top-left', () => {
    const v = fitViewport({ x: 10, y: 20, width: 3000, height: 2000 }, { width: 800, height: 500 }, Z);
    expect(v.zoom).toBe(0.78);
    expect(v.x).toBe(Math.round(16 - 10 * 0.78));
    expect(v.y).toBe(Math.round(16 - 20 * 0.78));
  });

  it('caps the zoom for a tiny cluster', () => {
    expect(fitViewport({ x: 0, y: 0, width: 100, height: 100 }, { width: 1000, height: 1000 }, Z).zoom).toBe(1.3);
  });

  it('bounds ignore children (they sit inside their parent)', () => {
    expect(
      boundsOf([
        { position: { x: 0, y: 0 }, width: 100, height: 50 },
        { position: { x: 500, y: 500 }, width: 10, height: 10, parentId: 'p' },
      ]),
    ).toEqual({ x: 0, y: 0, width: 100, height: 50 });
  });
});

describe(presenterViewport, () => {
  // The default scenario's cluster at 1024×768 in presenter mode (the narration takes the bottom 190 px).
  const cluster = { x: 0, y: 0, width: 730, height: 520 };
  const area = { width: 1024, height: 578 };

  it('zooms to at least the readable presenter zoom, even when the fit would be smaller', () => {
    expect(presenterViewport(cluster, area, null, 1.45, 2.5).zoom).toBe(1.45);
    // A big screen that fits the whole cluster larger keeps the fit.
    expect(presenterViewport(cluster, { width: 1920, height: 890 }, null, 1.45, 2.5).zoom).toBeCloseTo(1.65, 2);
  });

  it('centres the narrated box, clamped so the cluster still fills the view', () => {
    const pod = { x: 520, y: 400, width: 200, height: 100 };
    const v = presenterViewport(cluster, area, pod, 1.45, 2.5);
    // Horizontally the cluster (730 × 1.45 = 1058 px) is wider than 1024: clamped at its right edge.
    expect(v.x).toBe(Math.round(1024 - 16 - 730 * 1.45));
    // Vertically the pod's centre (450) would leave empty space below the cluster: clamped at its bottom.
    expect(v.y).toBe(Math.round(578 - 16 - 520 * 1.45));
    // The pod is on screen whole.
    expect(pod.x * v.zoom + v.x).toBeGreaterThanOrEqual(0);
    expect((pod.x + pod.width) * v.zoom + v.x).toBeLessThanOrEqual(1024);
    expect((pod.y + pod.height) * v.zoom + v.y).toBeLessThanOrEqual(578);
  });

  it('with nothing narrated yet, starts where traffic enters (top-left), and centres an axis that fits', () => {
    const v = presenterViewport({ x: 0, y: 0, width: 730, height: 300 }, area, null, 1.45, 2.5);
    expect(v.x).toBe(16);
    expect(v.y).toBe(Math.round((578 - 300 * 1.45) / 2));
  });
});

describe(steadyViewport, () => {
  const area = { width: 1032, height: 800 };
  const fitted = fitViewport({ x: 0, y: 0, width: 1000, height: 500 }, area, Z);

  it('keeps the camera when a pod more still shows (no jump, no repaint at a new scale)', () => {
    const grown = { x: 0, y: 0, width: 1000, height: 560 };
    expect(steadyViewport(grown, area, Z, fitted)).toBe(fitted);
  });

  it('keeps it when a pod fewer leaves the cluster nearly as large as a fit would show it', () => {
    const shrunk = { x: 0, y: 0, width: 900, height: 500 };
    expect(fitViewport(shrunk, area, Z).zoom).toBeGreaterThan(fitted.zoom);
    expect(steadyViewport(shrunk, area, Z, fitted)).toBe(fitted);
  });

  it('fits again when a box would be cut off', () => {
    const wider = { x: 0, y: 0, width: 1100, height: 500 };
    expect(steadyViewport(wider, area, Z, fitted)).toEqual(fitViewport(wider, area, Z));
    const higher = { x: 0, y: -60, width: 1000, height: 500 };
    expect(steadyViewport(higher, area, Z, { ...fitted, y: 16 })).toEqual(fitViewport(higher, area, Z));
  });

  it('fits again when a fit would show the cluster more than REFIT_GROWTH larger', () => {
    const small = { x: 0, y: 0, width: 600, height: 300 };
    const v = steadyViewport(small, area, Z, fitted);
    expect(v).toEqual(fitViewport(small, area, Z));
    expect(v.zoom).toBeGreaterThan(fitted.zoom * REFIT_GROWTH);
  });
});
