// The fuzz corpus and run parameters. The tests collect every real manifest (src/**/fixtures and
// src/scenarios, the seed's examples included) with Vite's import.meta.glob and hand them here, so
// this module stays pure (no file system in core).

export interface CorpusFile {
  path: string;
  text: string;
}

/** Files in a stable order (glob order is not guaranteed), so a seed always picks the same file. */
export function corpusFrom(files: Record<string, string>): CorpusFile[] {
  return Object.keys(files)
    .sort()
    .map((path) => ({ path, text: files[path] ?? '' }));
}

export interface FuzzParams {
  seed: number;
  /** Multiplies every suite's number of runs (KSP_FUZZ_SCALE=10 for a long local session). */
  scale: number;
}

/** KSP_FUZZ_SEED and KSP_FUZZ_SCALE from the environment; fixed defaults keep CI reproducible. */
export function fuzzParams(env: Record<string, string | undefined>): FuzzParams {
  const seed = Number.parseInt(env.KSP_FUZZ_SEED ?? '', 10);
  const scale = Number.parseFloat(env.KSP_FUZZ_SCALE ?? '');
  return {
    seed: Number.isFinite(seed) ? seed : 20250101,
    scale: Number.isFinite(scale) && scale > 0 ? scale : 1,
  };
}

export const runsFor = (p: FuzzParams, base: number): number => Math.max(1, Math.round(base * p.scale));
