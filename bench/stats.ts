// Timing helpers of the benchmark: every figure is the median of several runs, measured next to a
// baseline in the same process so the ratio survives a noisy shared machine.

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Milliseconds of one call. */
export function timeMs(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Median milliseconds over `runs` calls, after one warm-up call. */
export function medianMs(runs: number, fn: () => void): number {
  fn();
  return median(Array.from({ length: runs }, () => timeMs(fn)));
}

/** Run `a` and `b` alternately (so both see the same machine load) and return both medians. */
export function pairedMedians(runs: number, a: () => void, b: () => void): [number, number] {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(timeMs(a));
    tb.push(timeMs(b));
  }
  return [median(ta), median(tb)];
}

const gc = (globalThis as { gc?: () => void }).gc;
export const canGc = typeof gc === 'function';

/** Heap in use after a full collection (MB); without --expose-gc, after whatever the engine did. */
export function heapMB(): number {
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed / 1_048_576;
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;
