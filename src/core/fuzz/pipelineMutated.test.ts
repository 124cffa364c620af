// Property: whatever a user does to a real manifest, loadScenario returns (no exception, no hang),
// points every diagnostic inside the text, keeps the API server's Service invariants, and gives
// the same answer for the same input and seed. Runs: 1,750 mutated manifests here and 1,750 more
// in pipelineMutatedPart2.test.ts (two files, so vitest's two workers share them; KSP_FUZZ_SCALE).
import { describe, expect, it } from 'vitest';
import { corpusFrom, fuzzParams, runsFor } from './corpus.ts';
import { MUTATED_RUNS_PER_PART, runMutatedPart } from './mutatedPart.ts';

const corpus = corpusFrom({
  ...import.meta.glob<string>('../**/fixtures/**/*.yaml', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }),
});

describe('fuzz: mutated real manifests through loadScenario', () => {
  it('has a corpus of real fixtures and the seed examples', () => {
    expect(corpus.length).toBeGreaterThan(40);
    expect(corpus.some((f) => f.path.includes('fixtures/seed/'))).toBe(true);
    expect(corpus.some((f) => f.path.includes('scenarios/default.yaml'))).toBe(true);
  });

  it('part 1: never throws, positions inside the text, invariants, deterministic', () => {
    const params = fuzzParams(process.env);
    const started = performance.now();
    const { cases, seed } = runMutatedPart(
      corpus.map((f) => f.text),
      0,
      params,
      () => performance.now(),
    );
    console.info(
      `[fuzz] pipelineMutated part 1: ${cases} cases in ${Math.round(performance.now() - started)} ms (seed ${seed})`,
    );
    expect(cases).toBeGreaterThanOrEqual(runsFor(params, MUTATED_RUNS_PER_PART));
  }, 300_000);
});
