import { describe, expect, it } from 'vitest';
import { pngScale } from './download.ts';

describe(pngScale, () => {
  it('draws at 2× when the canvas allows, less for a diagram too large for a canvas at 2×', () => {
    expect(pngScale(1200, 800)).toBe(2);
    // ~1,100 boxes: a 20,000 × 9,000 diagram would be 40,000 px wide at 2×.
    const s = pngScale(20_000, 9_000);
    expect(s).toBeLessThan(2);
    expect(20_000 * s).toBeLessThanOrEqual(16_384);
    expect(20_000 * s * 9_000 * s).toBeLessThanOrEqual(200_000_000);
    expect(pngScale(12_000, 12_000) ** 2 * 144_000_000).toBeLessThanOrEqual(200_000_000 + 1);
  });
});
