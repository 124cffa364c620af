// A small seeded PRNG (mulberry32). Every random choice of the simulator (allocation, pod names,
// kube-proxy's endpoint draw) comes from one of these, so a scenario and a seed always give the
// same cluster and the same packets in the worker, the CLI and the tests.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** A child generator for an independent purpose, derived from this seed and a label. */
  fork(label: string): Rng;
  readonly seed: number;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const rng: Rng = {
    seed: seed >>> 0,
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
    int(n: number) {
      return Math.floor(rng.next() * n);
    },
    fork(label: string) {
      return createRng(hashString(`${seed >>> 0}:${label}`));
    },
  };
  return rng;
}

/** FNV-1a 32-bit: a deterministic string hash (also what Kubernetes uses for pod-template-hash). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const DEFAULT_SEED = 1;
