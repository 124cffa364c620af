import { describe, expect, it } from 'vitest';
import { boundsOf, fitViewport } from './fitViewport.ts';

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
