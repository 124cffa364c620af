import { describe, expect, it } from 'vitest';
import { sameData, sameValue } from './sameValue.ts';

describe('sameValue', () => {
  it('keeps the old object when the new one holds the same data, else takes the new one', () => {
    const prev = [{ line: 3, message: 'a' }];
    expect(sameValue(prev, [{ line: 3, message: 'a' }])).toBe(prev);
    const next = [{ line: 4, message: 'a' }];
    expect(sameValue(prev, next)).toBe(next);
  });
});

describe('sameData', () => {
  it('compares plain data by content, whatever the order of the keys', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
  });

  it('holds anything but arrays and plain objects equal only to itself', () => {
    const m = new Map([['a', 1]]);
    expect(sameData(m, m)).toBe(true);
    expect(sameData(m, new Map([['a', 2]]))).toBe(false);
    expect(sameData({ at: new Date(0) }, { at: new Date(0) })).toBe(false);
  });
});
