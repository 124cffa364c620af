// Property: scenarios built from arbitrary Services, Pods, Deployments, Ingresses and Namespaces
// (dumped with the yaml package) load without exceptions, keep the API server's Service
// invariants (ClusterIP in range, NodePorts in range and unique) and the EndpointSlice
// controller's (only pods of the Service's namespace), deterministically. Part 2 of pipelineStructured.test.ts: 1,000 runs with its own seed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzParams, runsFor } from './corpus.ts';
import { structuredScenarioArb } from './objects.ts';
import { loadProblems } from './pipelineCheck.ts';

const params = fuzzParams(process.env);
/** The second half of pipelineStructured.test.ts, with seed + 11. */
const PART = 1;

describe('fuzz: structured arbitrary objects through loadScenario', () => {
  it(`part ${PART + 1}: never throws, keeps the Service and EndpointSlice invariants, deterministic`, () => {
    let cases = 0;
    let created = 0;
    const started = performance.now();
    fc.assert(
      fc.property(structuredScenarioArb, fc.nat({ max: 1000 }), (text, seed) => {
        const { scenario, problems } = loadProblems(text, seed, cases++ % 4 === 0);
        created += scenario.applied.filter((a) => a.outcome === 'created').length;
        expect(problems).toEqual([]);
      }),
      { seed: params.seed + 10 + PART, numRuns: runsFor(params, 1_000), endOnFailure: true },
    );
    console.info(
      `[fuzz] pipelineStructured part ${PART + 1}: ${cases} cases, ${created} objects created, in ${Math.round(performance.now() - started)} ms`,
    );
    // The generator must exercise the happy path too, not only rejections.
    expect(created).toBeGreaterThan(cases);
  }, 300_000);
});
