// Property: whatever a user does to a real manifest, loadScenario returns (no exception, no hang),
// points every diagnostic inside the text, keeps the API server's Service invariants, and gives
// the same answer for the same input and seed. Runs: 2 × 1,750 mutated manifests (KSP_FUZZ_SCALE).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenario } from '../index.ts';
import { corpusFrom, fuzzParams, runsFor } from './corpus.ts';
import { mutatedScenarioArb } from './mutators.ts';
import { diagnosticsOutsideDocument, endpointSliceInvariants, fingerprint, internalErrors, serviceInvariants } from './invariants.ts';

const corpus = corpusFrom({
  ...import.meta.glob<string>('../**/fixtures/**/*.yaml', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }),
});
const params = fuzzParams(process.env);
/** A single load that takes longer than this is a hang as far as the page is concerned. */
const MAX_LOAD_MS = 10_000;

function checkOne(text: string, seed: number, deterministic: boolean): void {
  const start = performance.now();
  const s = loadScenario(text, { seed });
  const ms = performance.now() - start;
  expect(ms, 'loadScenario took too long').toBeLessThan(MAX_LOAD_MS);
  expect(diagnosticsOutsideDocument(s, text)).toEqual([]);
  expect(internalErrors(s)).toEqual([]);
  expect(serviceInvariants(s.state)).toEqual([]);
  expect(endpointSliceInvariants(s.state)).toEqual([]);
  if (deterministic) expect(fingerprint(loadScenario(text, { seed }))).toBe(fingerprint(s));
}

describe('fuzz: mutated real manifests through loadScenario', () => {
  it('has a corpus of real fixtures and the seed examples', () => {
    expect(corpus.length).toBeGreaterThan(40);
    expect(corpus.some((f) => f.path.includes('fixtures/seed/'))).toBe(true);
    expect(corpus.some((f) => f.path.includes('scenarios/default.yaml'))).toBe(true);
  });

  for (const part of [0, 1]) {
    it(`part ${part + 1}: never throws, positions inside the text, invariants, deterministic`, () => {
      const texts = corpus.map((f) => f.text);
      let cases = 0;
      const started = performance.now();
      fc.assert(
        fc.property(mutatedScenarioArb(texts), fc.nat({ max: 1000 }), (m, seed) => {
          checkOne(m.text, seed, cases++ % 4 === 0);
        }),
        { seed: params.seed + part, numRuns: runsFor(params, 1_750), endOnFailure: true },
      );
      console.info(`[fuzz] pipelineMutated part ${part + 1}: ${cases} cases in ${Math.round(performance.now() - started)} ms (seed ${params.seed + part})`);
      expect(cases).toBeGreaterThanOrEqual(runsFor(params, 1_750));
    }, 300_000);
  }
});
