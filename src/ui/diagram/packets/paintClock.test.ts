import { describe, expect, it } from 'vitest';
import { clockAt, clockHolds, type PaintClock } from './paintClock.ts';

describe(clockAt, () => {
  it('reads the moment off the line, and loops it when asked', () => {
    const c: PaintClock = { time: 2, at: 10_000, rate: 1.5 };
    expect(clockAt(c, 10_000)).toBe(2);
    expect(clockAt(c, 12_000)).toBe(5);
    expect(clockAt({ ...c, rate: 0 }, 99_000)).toBe(2);
    expect(clockAt({ ...c, loop: 4 }, 12_000)).toBe(1);
    expect(clockAt({ time: 9, at: 0, rate: 1, loop: 10 }, 1_500)).toBeCloseTo(0.5);
  });
});

describe(clockHolds, () => {
  it('holds while the page keeps to the line, and not after a seek, a drift or a new speed', () => {
    const c: PaintClock = { time: 2, at: 10_000, rate: 1 };
    expect(clockHolds(c, 3.01, 1, 11_000, 0.05)).toBe(true);
    expect(clockHolds(c, 3.2, 1, 11_000, 0.05)).toBe(false);
    expect(clockHolds(c, 3, 2, 11_000, 0.05)).toBe(false);
    expect(clockHolds(null, 3, 1, 11_000, 0.05)).toBe(false);
    // A loop does not change what the page compares: its own time, unlooped.
    expect(clockHolds({ ...c, loop: 2.5 }, 3, 1, 11_000, 0.05)).toBe(true);
  });
});
