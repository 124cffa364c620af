// strconv.ParseInt(s, 0, 64) as pflag's int flags use it: the cases from go/src/strconv/atoi_test.go
// that a learner can type (base prefixes, underscores, signs, the int64 edges).
import { describe, expect, it } from 'vitest';
import { parseGoInt64 } from './goInt.ts';

const ok = (s: string) => {
  const r = parseGoInt64(s);
  return r.ok ? r.value : r.reason;
};

describe('parseGoInt64', () => {
  it('reads decimal, octal, hex and binary with optional sign', () => {
    expect(ok('0')).toBe(0n);
    expect(ok('12345')).toBe(12345n);
    expect(ok('+5')).toBe(5n);
    expect(ok('-5')).toBe(-5n);
    expect(ok('010')).toBe(8n);
    expect(ok('0o17')).toBe(15n);
    expect(ok('0x1F')).toBe(31n);
    expect(ok('0b101')).toBe(5n);
    expect(ok('1_000')).toBe(1000n);
    expect(ok('0x_1f')).toBe(31n);
  });

  it('refuses what Go refuses, with its reason', () => {
    for (const s of ['', '+', '-', '1.5', '1e3', 'abc', '0x', '08', '_1', '1_', '1__0', ' 1', '--1'])
      expect(ok(s), s).toBe('invalid syntax');
    expect(ok('9223372036854775807')).toBe(9223372036854775807n);
    expect(ok('-9223372036854775808')).toBe(-9223372036854775808n);
    expect(ok('9223372036854775808')).toBe('value out of range');
    expect(ok('-9223372036854775809')).toBe('value out of range');
    expect(ok('99999999999999999999999')).toBe('value out of range');
  });
});
