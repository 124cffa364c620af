import { describe, expect, it } from 'vitest';
import { dotGridPlacement, dotInk } from './DotGrid.tsx';

/**
 * React Flow's dots (@xyflow/react 12 <Background variant="dots">): a pattern tile of side gap·zoom at
 * x = tx mod tile, moved back by half a tile, with a circle of radius size·zoom/2 centred at (r, r).
 */
function reactFlowDotCentre(tx: number, gap: number, size: number, zoom: number): number {
  const tile = gap * zoom;
  return (tx % tile) - tile / 2 + (size * zoom) / 2;
}

const mod = (a: number, m: number) => ((a % m) + m) % m;

describe('DotGrid', () => {
  it.each([
    [0, 0, 1],
    [16, 45, 0.8649],
    [-518, -43, 0.8051],
    [1203.5, -77.25, 2.5],
    [3, 7, 0.2],
  ])('puts the dots where React Flow puts them at x %d, y %d, zoom %d', (x, y, zoom) => {
    const p = dotGridPlacement([x, y, zoom], 24, 1);
    expect(p.tile).toBeCloseTo(24 * zoom, 9);
    expect(p.radius).toBeCloseTo(zoom / 2, 9);
    // The same grid: centres equal modulo one tile.
    expect(mod(p.x + p.radius - reactFlowDotCentre(x, 24, 1, zoom), p.tile)).toBeCloseTo(0, 6);
    expect(mod(p.y + p.radius - reactFlowDotCentre(y, 24, 1, zoom), p.tile)).toBeCloseTo(0, 6);
  });

  it('lays on a sub-pixel dot lightly and a large one fully', () => {
    // An antialiased circle of radius 0.4 px carries π·0.16 ≈ 0.50 of a pixel of ink; the gradient's
    // cone to 0.9 px carries π·0.81/3 ≈ 0.85 at full colour.
    expect(dotInk(0.4)).toBeCloseTo((Math.PI * 0.16) / ((Math.PI * 0.81) / 3), 9);
    expect(dotInk(0.4)).toBeLessThan(0.65);
    expect(dotInk(0.1)).toBeLessThan(dotInk(0.4));
    expect(dotInk(1.25)).toBeCloseTo(1.5625 / (1.5625 + 1 / 12), 9);
    // The two cases meet at half a pixel.
    expect(dotInk(0.5 - 1e-9)).toBeCloseTo(dotInk(0.5), 6);
    expect(dotInk(1.25)).toBeLessThanOrEqual(1);
  });
});
