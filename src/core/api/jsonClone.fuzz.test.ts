// Property test (fuzz suite, `npm run test:fuzz`): jsonClone against a JSON round trip.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonClone } from './jsonClone.ts';

const roundTrip = (v: unknown): unknown => {
  const text = JSON.stringify(v) as string | undefined;
  return text === undefined ? undefined : JSON.parse(text);
};

describe('jsonClone', () => {
  it('gives what a JSON round trip gives, for any JSON-like value with JavaScript oddities', () => {
    const odd = fc.constantFrom<unknown>(undefined, Number.NaN, Infinity, -Infinity, -0, () => 1);
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        odd,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(fc.string(), fc.constant('__proto__')), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const c = jsonClone(v);
        expect(JSON.stringify(c)).toBe(JSON.stringify(roundTrip(v)));
        expect(c).toStrictEqual(roundTrip(v));
      }),
      { numRuns: 2_000, seed: 7 },
    );
  });
});
