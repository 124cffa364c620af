// The simulated moment as the packet painter keeps it: a line through one known point. The page
// says "simulated time `time` at wall-clock `at`, moving `rate` simulated seconds per second" when
// that changes (play, pause, speed, a step or a seek, or a drift past a frame), and the painter
// reads the moment of each of its frames off the line. The page's main thread then posts nothing
// per frame: on a slow laptop that thread is the one that runs out (README, "Benchmarks").
export interface PaintClock {
  /** Simulated seconds at `at`. */
  time: number;
  /** Wall-clock milliseconds since the epoch (performance.timeOrigin + performance.now(): the same on the page and in a worker). */
  at: number;
  /** Simulated seconds per wall-clock second: the speed while playing, 0 while paused. */
  rate: number;
  /** Loop the moment over this many simulated seconds (compare's sides replay what they computed). */
  loop?: number;
}

/** Wall-clock milliseconds since the epoch, comparable between the page and its workers. */
export const wallNow = (): number => performance.timeOrigin + performance.now();

/** The simulated moment `clock` tells at wall-clock `wallMs`. */
export function clockAt(clock: PaintClock, wallMs: number): number {
  const t = clock.time + (clock.rate * (wallMs - clock.at)) / 1000;
  return clock.loop ? ((t % clock.loop) + clock.loop) % clock.loop : t;
}

/**
 * Whether `clock` still agrees with the page: the same rate, and simulated `time` at `wallMs`
 * within `tolerance` simulated seconds of what the line says (before any loop).
 */
export function clockHolds(
  clock: PaintClock | null,
  time: number,
  rate: number,
  wallMs: number,
  tolerance: number,
): boolean {
  if (!clock || clock.rate !== rate) return false;
  const said = clock.time + (clock.rate * (wallMs - clock.at)) / 1000;
  return Math.abs(said - time) <= tolerance;
}

/**
 * Wall-clock milliseconds from the moment `now` (read off `clock`) until the clock tells `next`, or,
 * with `next` null, until a looped clock comes round to its start again. Infinity when that never
 * comes: the clock stands still or runs back, or nothing lies ahead of an unlooped clock.
 */
export function msUntil(clock: PaintClock, now: number, next: number | null): number {
  if (clock.rate <= 0) return Infinity;
  const target = next ?? clock.loop;
  return target === undefined ? Infinity : (1000 * Math.max(0, target - now)) / clock.rate;
}
