// Property: on clusters loaded from mutated and generated manifests, every kubectl command line
// exits 0 or 1 without an internal error, with a message on stderr when it fails.
// Runs: 400 scenarios × up to 4 kubectl commands.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenario } from '../scenario/index.ts';
import { runKubectl } from '../kubectl/index.ts';
import { corpusFrom, fuzzParams, runsFor } from './corpus.ts';
import { scenarioTextArb } from './scenarioArb.ts';
import { kubectlSpecArb, toKubectlArgv } from './requests.ts';

const corpus = corpusFrom({
  ...import.meta.glob<string>('../**/fixtures/**/*.yaml', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }),
});
const params = fuzzParams(process.env);
/** Real manifests, lightly mutated ones and generated objects. */
const scenarioText = scenarioTextArb(corpus.map((f) => f.text));

describe('fuzz: kubectl on arbitrary clusters', () => {
  it('every command line exits 0 or 1 with no internal error', () => {
    let scenarios = 0;
    let commands = 0;
    const started = performance.now();
    fc.assert(
      fc.property(scenarioText, fc.array(kubectlSpecArb, { minLength: 1, maxLength: 4 }), (text, specs) => {
        const s = loadScenario(text);
        scenarios++;
        for (const spec of specs) {
          const argv = toKubectlArgv(s.state, spec);
          const r = runKubectl(s, argv);
          commands++;
          expect([0, 1], argv.join(' ')).toContain(r.exitCode);
          expect(r.stderr, argv.join(' ')).not.toMatch(/internal error/);
          expect(typeof r.stdout).toBe('string');
          if (r.exitCode === 1) expect(r.stderr.length, argv.join(' ')).toBeGreaterThan(0);
        }
      }),
      { seed: params.seed + 30, numRuns: runsFor(params, 400), endOnFailure: true },
    );
    console.info(
      `[fuzz] kubectl: ${scenarios} scenarios, ${commands} commands in ${Math.round(performance.now() - started)} ms`,
    );
  }, 300_000);
});
