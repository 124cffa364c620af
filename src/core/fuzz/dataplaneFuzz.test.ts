// Property: on clusters loaded from mutated and generated manifests, the data path answers every
// request with a documented outcome (never a caught internal error) and the same seed replays the
// same packets. Runs: 400 scenarios × up to 8 requests.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../random/index.ts';
import { loadScenario } from '../scenario/index.ts';
import { createDataplane } from '../dataplane/send.ts';
import { corpusFrom, fuzzParams, runsFor } from './corpus.ts';
import { scenarioTextArb } from './scenarioArb.ts';
import { requestSpecArb, toSendRequest } from './requests.ts';
import { sendResultProblems } from './invariants.ts';

const corpus = corpusFrom({
  ...import.meta.glob<string>('../**/fixtures/**/*.yaml', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }),
});
const params = fuzzParams(process.env);
/** Real manifests, lightly mutated ones and generated objects. */
const scenarioText = scenarioTextArb(corpus.map((f) => f.text));

describe('fuzz: the data path on arbitrary clusters', () => {
  it('send() gives a documented outcome and replays identically for the same seed', () => {
    let scenarios = 0;
    let requests = 0;
    const outcomes = new Map<string, number>();
    const started = performance.now();
    fc.assert(
      fc.property(
        scenarioText,
        fc.array(requestSpecArb, { minLength: 1, maxLength: 8 }),
        fc.nat({ max: 1000 }),
        (text, specs, seed) => {
          const s = loadScenario(text, { seed });
          scenarios++;
          const run = () => {
            const dp = createDataplane(s.state, createRng(seed));
            return specs.map((spec) => dp.send(toSendRequest(s.state, spec)));
          };
          const results = run();
          for (const r of results) {
            requests++;
            outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
            expect(sendResultProblems(r)).toEqual([]);
          }
          if (scenarios % 3 === 0) expect(JSON.stringify(run())).toBe(JSON.stringify(results));
        },
      ),
      { seed: params.seed + 20, numRuns: runsFor(params, 400), endOnFailure: true },
    );
    console.info(
      `[fuzz] dataplane: ${scenarios} scenarios, ${requests} requests ${JSON.stringify([...outcomes])} in ${Math.round(performance.now() - started)} ms`,
    );
    expect(outcomes.get('ok') ?? 0).toBeGreaterThan(0);
  }, 300_000);
});
