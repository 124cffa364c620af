// One part of the mutated-manifest property, run by pipelineMutated.test.ts and
// pipelineMutatedPart2.test.ts (two files, so vitest's two workers share the work). Pure: the
// test passes the clock and the run parameters in; a broken property throws with what broke.
import fc from 'fast-check';
import { runsFor, type FuzzParams } from './corpus.ts';
import { mutatedScenarioArb } from './mutators.ts';
import { loadProblems } from './pipelineCheck.ts';

/** A single load that takes longer than this is a hang as far as the page is concerned. */
export const MAX_LOAD_MS = 10_000;
export const MUTATED_RUNS_PER_PART = 1_750;

export function runMutatedPart(
  texts: readonly string[],
  part: number,
  params: FuzzParams,
  now: () => number,
): { cases: number; seed: number } {
  let cases = 0;
  const seed = params.seed + part;
  fc.assert(
    fc.property(mutatedScenarioArb(texts), fc.nat({ max: 1000 }), (m, loadSeed) => {
      const start = now();
      const { problems } = loadProblems(m.text, loadSeed, cases++ % 4 === 0);
      const ms = now() - start;
      if (ms >= MAX_LOAD_MS) problems.push(`loadScenario took ${Math.round(ms)} ms`);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    }),
    { seed, numRuns: runsFor(params, MUTATED_RUNS_PER_PART), endOnFailure: true },
  );
  return { cases, seed };
}
