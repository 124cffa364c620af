// Property: scenarios built from arbitrary Services, Pods, Deployments, Ingresses and Namespaces
// (dumped with the yaml package) load without exceptions, keep the API server's Service
// invariants (ClusterIP in range, NodePorts in range and unique) and the EndpointSlice
// controller's (only pods of the Service's namespace), deterministically. Runs: 2,000.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenario } from '../index.ts';
import { fuzzParams, runsFor } from './corpus.ts';
import { structuredScenarioArb } from './objects.ts';
import { diagnosticsOutsideDocument, endpointSliceInvariants, fingerprint, internalErrors, serviceInvariants } from './invariants.ts';

const params = fuzzParams(process.env);

describe('fuzz: structured arbitrary objects through loadScenario', () => {
  it('never throws, keeps the Service and EndpointSlice invariants, deterministic', () => {
    let cases = 0;
    let created = 0;
    const started = performance.now();
    fc.assert(
      fc.property(structuredScenarioArb, fc.nat({ max: 1000 }), (text, seed) => {
        const s = loadScenario(text, { seed });
        cases++;
        created += s.applied.filter((a) => a.outcome === 'created').length;
        expect(diagnosticsOutsideDocument(s, text)).toEqual([]);
        expect(internalErrors(s)).toEqual([]);
        expect(serviceInvariants(s.state)).toEqual([]);
        expect(endpointSliceInvariants(s.state)).toEqual([]);
        if (cases % 4 === 0) expect(fingerprint(loadScenario(text, { seed }))).toBe(fingerprint(s));
      }),
      { seed: params.seed + 10, numRuns: runsFor(params, 2_000), endOnFailure: true },
    );
    console.info(`[fuzz] pipelineStructured: ${cases} cases, ${created} objects created, in ${Math.round(performance.now() - started)} ms`);
    // The generator must exercise the happy path too, not only rejections.
    expect(created).toBeGreaterThan(cases);
  }, 300_000);
});
