import { describe, expect, it } from 'vitest';
import { sameValue } from './sameValue.ts';

describe('sameValue', () => {
  it('keeps the old object when the new one holds the same data, else takes the new one', () => {
    const prev = [{ line: 3, message: 'a' }];
    expect(sameValue(prev, [{ line: 3, message: 'a' }])).toBe(prev);
    const next = [{ line: 4, message: 'a' }];
    expect(sameValue(prev, next)).toBe(next);
  });
});
