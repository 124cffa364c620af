// The length checks of apimachinery pkg/util/validation/validation.go count Go's len, UTF-8 bytes:
// a non-ASCII value fails the pattern, and also the length when its bytes pass the limit.
import { describe, expect, it } from 'vitest';
import {
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidLabelValue,
  isValidPortName,
  maxLenError,
} from './names.ts';

const e32 = 'é'.repeat(32); // 32 characters, 64 bytes

describe('length limits count UTF-8 bytes (Go len)', () => {
  it('a label value of 32 "é" is over 63', () => {
    expect(isValidLabelValue(e32)[0]).toBe(maxLenError(63));
    expect(isValidLabelValue('é'.repeat(31))[0]).not.toBe(maxLenError(63)); // 62 bytes
    expect(isValidLabelValue('a'.repeat(63))).toEqual([]);
  });
  it('DNS labels, qualified names, subdomains and port names too', () => {
    expect(isDNS1123Label(e32)[0]).toBe(maxLenError(63));
    expect(isDNS1035Label(e32)[0]).toBe(maxLenError(63));
    expect(isQualifiedName(e32)[0]).toBe(`name part ${maxLenError(63)}`);
    expect(isDNS1123Subdomain('é'.repeat(127))[0]).toBe(maxLenError(253)); // 254 bytes
    expect(isValidPortName('éééééééé')[0]).toBe(maxLenError(15)); // 16 bytes
  });
});
