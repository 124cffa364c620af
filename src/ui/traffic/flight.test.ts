import { describe, expect, it } from 'vitest';
import { flightAt, flightEnd, stepped, LEG_SECONDS, FAIL_HOLD_SECONDS } from './flight.ts';
import type { PacketPath } from './hopsToPath.ts';

const ok: PacketPath = {
  start: 'a',
  legs: [
    { from: 'a', to: 'b', hop: 0 },
    { from: 'b', to: 'c', hop: 1 },
  ],
};
const failed: PacketPath = { ...ok, stop: { at: 'c', reason: 'refused', hop: 2 } };

describe('flightAt', () => {
  it('walks legs at LEG_SECONDS each', () => {
    expect(flightAt(ok, 10, 9.9)).toEqual({ phase: 'gone' });
    expect(flightAt(ok, 10, 10 + LEG_SECONDS * 0.5)).toEqual({ phase: 'flying', leg: 0, t: expect.closeTo(0.5, 6) });
    expect(flightAt(ok, 10, 10 + LEG_SECONDS * 1.25)).toEqual({ phase: 'flying', leg: 1, t: expect.closeTo(0.25, 6) });
    expect(flightAt(ok, 10, 10 + LEG_SECONDS * 2 + 0.001)).toEqual({ phase: 'gone' });
    expect(flightEnd(ok, 10)).toBeCloseTo(10 + 2 * LEG_SECONDS);
  });
  it('holds a failed packet at its stop with the mark', () => {
    expect(flightAt(failed, 0, 2 * LEG_SECONDS + 0.1)).toEqual({ phase: 'stopped', at: 'c' });
    expect(flightAt(failed, 0, 2 * LEG_SECONDS + FAIL_HOLD_SECONDS + 0.01)).toEqual({ phase: 'gone' });
  });
  it('reduced motion snaps to the ends of a leg', () => {
    expect(stepped({ phase: 'flying', leg: 1, t: 0.3 })).toEqual({ phase: 'flying', leg: 1, t: 0 });
    expect(stepped({ phase: 'flying', leg: 1, t: 0.7 })).toEqual({ phase: 'flying', leg: 1, t: 1 });
  });
});
