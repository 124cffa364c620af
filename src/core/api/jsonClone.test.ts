import { describe, expect, it } from 'vitest';
import { jsonClone } from './jsonClone.ts';

describe('jsonClone', () => {
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
