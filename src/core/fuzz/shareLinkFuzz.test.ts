// Property: the share-link decoder never throws on random bytes, truncations or bit flips of real
// links, and answers ok:false with a reason or a scenario with YAML text.
// Runs: 3,000 hostile links, 300 round trips.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShareFragment, encodeShareFragment, type DecodeResult } from '../share/linkCodec.ts';
import { toBase64Url } from '../share/base64url.ts';
import { corpusFrom, fuzzParams, runsFor } from './corpus.ts';

const corpus = corpusFrom({
  ...import.meta.glob<string>('../**/fixtures/**/*.yaml', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }),
});
const params = fuzzParams(process.env);
const texts = corpus.map((f) => f.text);

function wellFormed(r: DecodeResult): void {
  if (r.ok) expect(typeof r.scenario.yaml).toBe('string');
  else expect(r.problem.code).toMatch(/^link\.\w+$/);
}

describe('fuzz: share-link decoder on hostile links', () => {
  it('round-trips real scenarios', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...texts),
        fc.integer(),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        async (yaml, seed, lesson) => {
          const frag = await encodeShareFragment({ yaml, seed, ...(lesson ? { lesson } : {}) });
          const r = await decodeShareFragment(`#${frag}`);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.scenario.yaml).toBe(yaml);
        },
      ),
      { seed: params.seed + 50, numRuns: runsFor(params, 300) },
    );
  }, 300_000);

  it('never throws on random bytes, truncations and bit flips', async () => {
    const real = await Promise.all(texts.slice(0, 20).map((yaml) => encodeShareFragment({ yaml })));
    let cases = 0;
    const started = performance.now();
    const hostile = fc.oneof(
      fc.uint8Array({ maxLength: 400 }).map((b) => `s=1.${toBase64Url(b)}`),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ maxLength: 200 }).map((t) => `#s=1.${t}`),
      fc.tuple(fc.constantFrom(...real), fc.nat()).map(([f, n]) => f.slice(0, n % (f.length + 1))),
      fc.tuple(fc.constantFrom(...real), fc.nat(), fc.nat({ max: 5 })).map(([f, n, bit]) => {
        const i = 4 + (n % Math.max(1, f.length - 4));
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        const c = alphabet.indexOf(f[i] ?? 'A');
        return f.slice(0, i) + (alphabet[(c ^ (1 << bit)) & 63] ?? 'A') + f.slice(i + 1);
      }),
      fc.constantFrom('', '#', 's=', 's=1.', 's=2.AAAA', `s=1.${'A'.repeat(250_000)}`, 's=1.====', '#s=1.%00'),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (fragment) => {
        cases++;
        wellFormed(await decodeShareFragment(fragment));
      }),
      { seed: params.seed + 60, numRuns: runsFor(params, 3_000) },
    );
    console.info(`[fuzz] linkCodec: ${cases} hostile links in ${Math.round(performance.now() - started)} ms`);
  }, 300_000);
});
