import { describe, expect, it } from 'vitest';
import { createRng, hashString } from './rng.ts';

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
  it('gives different sequences for different seeds and labels', () => {
    expect(createRng(1).next()).not.toBe(createRng(2).next());
    const r = createRng(7);
    expect(r.fork('a').next()).not.toBe(r.fork('b').next());
  });
  it('draws integers uniformly in range', () => {
    const r = createRng(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i++) counts[r.int(3)]!++;
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(400);
  });
});

describe('hashString', () => {
  it('is FNV-1a 32', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
});
