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

  it('copies deeply and keeps an own __proto__ key as data', () => {
    const src = JSON.parse('{"a":{"b":[1,{"c":2}]},"__proto__":{"x":1}}') as Record<string, unknown>;
    const c = jsonClone(src);
    expect(c).not.toBe(src);
    expect((c.a as { b: unknown[] }).b).not.toBe((src.a as { b: unknown[] }).b);
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(Object.keys(c)).toEqual(['a', '__proto__']);
    expect(jsonClone({ d: new Date(0), n: [undefined, NaN], u: undefined })).toEqual({
      d: '1970-01-01T00:00:00.000Z',
      n: [null, null],
    });
  });
});
