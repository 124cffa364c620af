import { describe, expect, it } from 'vitest';
import { computeProbability, formatFixedGo } from './probability.ts';

describe('computeProbability (pkg/proxy/iptables/proxier.go, TestComputeProbability)', () => {
  it.each([
    [1, '1.0000000000'],
    [2, '0.5000000000'],
    [3, '0.3333333333'],
    [10, '0.1000000000'],
    [100, '0.0100000000'],
    [1000, '0.0010000000'],
    [10000, '0.0001000000'],
    [100000, '0.0000100000'],
    [100001, '0.0000099999'],
  ])('n=%d → %s', (n, s) => {
    expect(computeProbability(n)).toBe(s);
  });

  it('rounds the exact tie at n=2048 half to even like Go (JS toFixed would give ...813)', () => {
    expect((1 / 2048).toFixed(10)).toBe('0.0004882813');
    expect(computeProbability(2048)).toBe('0.0004882812');
  });

  it('is strictly decreasing in n, like upstream checks for n ≤ 100000', () => {
    let prev = Infinity;
    for (let n = 2; n <= 5000; n++) {
      const p = Number(computeProbability(n));
      expect(p).toBeLessThanOrEqual(prev);
      prev = p;
    }
  });

  it('agrees with toFixed everywhere except exact ties', () => {
    for (let n = 1; n <= 3000; n++) {
      if (n === 2048) continue;
      expect(computeProbability(n)).toBe((1 / n).toFixed(10));
    }
  });

  it('formats other precisions and integers', () => {
    expect(formatFixedGo(0.125, 2)).toBe('0.12');
    expect(formatFixedGo(0.375, 2)).toBe('0.38');
    expect(formatFixedGo(2.5, 0)).toBe('2');
    expect(formatFixedGo(0, 3)).toBe('0.000');
  });
});
