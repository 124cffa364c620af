// Property (issue 19): alias expansion, huge flat maps and high traffic rates never crash, hang or
// lose requests silently. Every generated alias text either loads within the expansion limit or
// gets the documented message; duplicate keys are reported exactly as the library's quadratic
// check reports them; traffic at any allowed rate keeps results for every client.
// Runs: 25 alias shapes, 20 flat maps, 40 traffic mixes (times KSP_FUZZ_SCALE).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { parseStream } from '../yaml/parseStream.ts';
import { YAML_LIMITS } from '../yaml/limits.ts';
import { loadScenario } from '../scenario/load.ts';
import { createTraffic, lookAheadSeconds, TRAFFIC_LIMITS, type ClientSpec } from '../sim/traffic.ts';
import { aliasedEnvDeployment, flatConfigMap, laughs } from './hostileYaml.ts';
import { fuzzParams, runsFor } from './corpus.ts';

const params = fuzzParams(process.env);
const EXCESS =
  /^yaml: document contains excessive aliasing: the alias \*\w+ at line \d+, column \d+ expands the scenario past 1000000 values; the playground accepts at most 1000000 values after alias expansion$/;

describe('fuzz: hostile YAML and traffic (issue 19)', () => {
  it('alias expansion: loads under the limit, or one documented error at an alias', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 1, max: 600 })).map(([e, c]) => ({
            text: aliasedEnvDeployment(e, c),
            values: 5 * e + 1,
            refs: c,
          })),
          fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([l, f]) => ({
            text: laughs(l, f),
            values: f ** l,
            refs: 1,
          })),
        ),
        ({ text, values, refs }) => {
          const s = parseStream(text);
          const errors = s.problems.filter((p) => p.severity === 'error');
          if (errors.length === 0) {
            expect(s.documents).toHaveLength(1);
          } else {
            expect(errors).toHaveLength(1);
            expect(errors[0]!.message).toMatch(EXCESS);
            // Only a text that really expands past the limit is refused.
            expect(values * refs).toBeGreaterThan(YAML_LIMITS.maxExpandedValues / 2);
          }
        },
      ),
      { numRuns: runsFor(params, 25), seed: params.seed },
    );
  }, 300_000);

  it('huge flat maps: duplicate keys as the library reports them', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_500 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, n - 1) }), { maxLength: 5 })),
          ),
        ([n, dups]) => {
          const text = flatConfigMap(n, dups);
          const lib = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true, merge: true });
          const want = (Array.isArray(lib) ? lib : []).flatMap((d) => d.errors.map((e) => e.message));
          expect(parseStream(text).problems.map((p) => p.message)).toEqual(want);
        },
      ),
      { numRuns: runsFor(params, 20), seed: params.seed },
    );
  }, 300_000);

  it('high traffic rates: every client keeps results from the start, within the caps', () => {
    const scenario = loadScenario(
      readFileSync(new URL('../dataplane/fixtures/seed-nodeport.yaml', import.meta.url), 'utf8'),
      { seed: 1 },
    );
    const nodeIP = scenario.state.nodes[0]!.status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 2_000 }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        (rates, until) => {
          const clients: ClientSpec[] = rates.map((rate, i) => ({
            id: `c${i}`,
            from: { kind: 'external', ip: '198.51.100.7' },
            to: `${nodeIP}:30007`,
            rate,
          }));
          const t = createTraffic(scenario.state, 1, clients, { maxPerStep: 2_000 });
          const out = t.step(until);
          expect(out.length).toBeLessThanOrEqual(2_000);
          const results = t.results();
          for (const c of clients) {
            const own = results.filter((r) => r.clientId === c.id);
            expect(own.length).toBeLessThanOrEqual(TRAFFIC_LIMITS.maxResults);
            // Fair caps: a client due any request in this step sends at least one.
            if (Math.min(c.rate, TRAFFIC_LIMITS.maxRate) * until >= 1) expect(own.length).toBeGreaterThan(0);
          }
          if (t.problems().some((p) => p.code === 'skipped')) expect(out.length).toBe(2_000);
        },
      ),
      { numRuns: runsFor(params, 40), seed: params.seed },
    );
  }, 300_000);

  it('high traffic rates played as the page plays them: counts so far are exact at every moment', () => {
    const scenario = loadScenario(
      readFileSync(new URL('../dataplane/fixtures/seed-nodeport.yaml', import.meta.url), 'utf8'),
      { seed: 1 },
    );
    const nodeIP = scenario.state.nodes[0]!.status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 2_000 }), { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0.02, max: 0.5, noNaN: true }),
        (rates, frame) => {
          const clients: ClientSpec[] = rates.map((rate, i) => ({
            id: `c${i}`,
            from: { kind: 'external', ip: '198.51.100.7' },
            to: `${nodeIP}:30007`,
            rate,
          }));
          const t = createTraffic(scenario.state, 1, clients);
          const ahead = lookAheadSeconds(rates);
          const emitted: number[] = [];
          let computedUntil = -1;
          // The page's loop (src/ui/store.ts advance): ask again when half the look-ahead is left.
          for (let now = 0; now <= 3; now += frame) {
            if (now + ahead / 2 > computedUntil) {
              computedUntil = now + ahead;
              for (const r of t.step(computedUntil)) emitted.push(r.time);
            }
            const soFar = emitted.filter((x) => x <= now).length;
            const kept = t.results().filter((r) => r.time <= now).length;
            const tallied = t.dropped().reduce((n, d) => n + d.count, 0);
            expect(tallied + kept).toBe(soFar);
          }
        },
      ),
      { numRuns: runsFor(params, 20), seed: params.seed },
    );
  }, 300_000);
});
