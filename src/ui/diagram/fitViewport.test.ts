import { describe, expect, it } from 'vitest';
import { boundsOf, fitViewport } from './fitViewport.ts';

describe('fitViewport', () => {
  it('centres a cluster that fits, at the zoom that fills the area', () => {
    const v = fitViewport({ x: 0, y: 0, width: 1000, height: 500 }, { width: 1032, height: 800 }, 0.78, 1.3);
    expect(v.zoom).toBe(1);
    expect(v.x).toBe(16);
    expect(v.y).toBe(150);
  });

  it('never zooms out past the readable floor; pins a too-large cluster to the top-left', () => {
    const v = fitViewport({ x: 10, y: 20, width: 3000, height: 2000 }, { width: 800, height: 500 }, 0.78, 1.3);
    expect(v.zoom).toBe(0.78);
    expect(v.x).toBe(Math.round(16 - 10 * 0.78));
    expect(v.y).toBe(Math.round(16 - 20 * 0.78));
  });

  it('caps the zoom for a tiny cluster', () => {
    expect(fitViewport({ x: 0, y: 0, width: 100, height: 100 }, { width: 1000, height: 1000 }, 0.78, 1.3).zoom).toBe(
      1.3,
    );
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
