// The second half of the mutated-manifest property (pipelineMutated.test.ts), with its own seed.
import { describe, expect, it } from 'vitest';
import { corpusFrom, fuzzParams, runsFor } from './corpus.ts';
import { MUTATED_RUNS_PER_PART, runMutatedPart } from './mutatedPart.ts';

const corpus = corpusFrom({
  ...import.meta.glob<string>('../**/fixtures/**/*.yaml', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }),
});

describe('fuzz: mutated real manifests through loadScenario', () => {
  it('part 2: never throws, positions inside the text, invariants, deterministic', () => {
    const params = fuzzParams(process.env);
    const started = performance.now();
    const { cases, seed } = runMutatedPart(
      corpus.map((f) => f.text),
      1,
      params,
      () => performance.now(),
    );
    console.info(
      `[fuzz] pipelineMutated part 2: ${cases} cases in ${Math.round(performance.now() - started)} ms (seed ${seed})`,
    );
    expect(cases).toBeGreaterThanOrEqual(runsFor(params, MUTATED_RUNS_PER_PART));
  }, 300_000);
});
