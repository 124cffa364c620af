import { describe, expect, it } from 'vitest';
import { cidrContains, formatIPv4, indexedIP, parseCidr, parseIPv4 } from './ipv4.ts';

describe('ipv4', () => {
  it('parses and formats addresses, rejecting leading zeros', () => {
    expect(formatIPv4(parseIPv4('10.96.0.10')!)).toBe('10.96.0.10');
    expect(parseIPv4('10.096.0.1')).toBeNull();
    expect(parseIPv4('256.1.1.1')).toBeNull();
  });
  it('computes CIDR sizes, containment and indexed IPs (kubeadm service CIDR)', () => {
    const c = parseCidr('10.96.0.0/12')!;
    expect(c.size).toBe(1048576);
    expect(indexedIP(c, 1)).toBe('10.96.0.1');
    expect(indexedIP(c, 10)).toBe('10.96.0.10');
    expect(cidrContains(c, '10.111.255.254')).toBe(true);
    expect(cidrContains(c, '10.112.0.1')).toBe(false);
  });
});
