import { describe, expect, it } from 'vitest';
import { samplePath, SAMPLES_PER_PATH } from './pathSamples.ts';
import { roundedPath } from '../entryLanes.ts';

const close = (a: { x: number; y: number }, b: { x: number; y: number }, eps = 0.05) =>
  Math.abs(a.x - b.x) < eps && Math.abs(a.y - b.y) < eps;

describe('samplePath', () => {
  it('spaces the points evenly along a straight line', () => {
    const pts = samplePath('M 0,0 L 630,0')!;
    expect(pts).toHaveLength(SAMPLES_PER_PATH);
    pts.forEach((p, i) => expect(close(p, { x: i * 10, y: 0 })).toBe(true));
  });

  it('spaces by length over segments of different lengths (as getPointAtLength does)', () => {
    // 100 across, then 530 down: the point at one sixth of 630 is still on the first segment.
    const pts = samplePath('M0,0L100,0L100,530')!;
    expect(close(pts[0]!, { x: 0, y: 0 })).toBe(true);
    expect(close(pts[10]!, { x: 100, y: 0 })).toBe(true);
    expect(close(pts[20]!, { x: 100, y: 100 })).toBe(true);
    expect(close(pts[63]!, { x: 100, y: 530 })).toBe(true);
  });

  it("follows React Flow's bezier (C) and our rounded bends (Q) from end to end", () => {
    const bezier = samplePath('M10,20 C60,20 60,120 110,120')!;
    expect(close(bezier[0]!, { x: 10, y: 20 })).toBe(true);
    expect(close(bezier[63]!, { x: 110, y: 120 })).toBe(true);
    // Symmetric curve: its middle point is the middle of the two ends.
    const mid = samplePath('M0,0 C50,0 50,100 100,100')!;
    expect(Math.abs(mid[31]!.x + mid[32]!.x - 100)).toBeLessThan(0.5);
    const bend = samplePath(
      roundedPath([
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 100 },
      ]),
    )!;
    expect(close(bend[63]!, { x: 100, y: 100 })).toBe(true);
    // The bend cuts the corner: no point is at (100, 0), and every point stays inside the square.
    expect(bend.some((p) => close(p, { x: 100, y: 0 }, 1))).toBe(false);
    expect(bend.every((p) => p.x >= -0.01 && p.x <= 100.01 && p.y >= -0.01 && p.y <= 100.01)).toBe(true);
  });

  it('refuses what it cannot draw instead of drawing it wrong', () => {
    expect(samplePath('M0,0 A 10 10 0 0 1 20 20')).toBeNull();
    expect(samplePath('')).toBeNull();
  });
});
