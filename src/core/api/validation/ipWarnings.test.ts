import { describe, expect, it } from 'vitest';
import { getWarningsForCIDR, getWarningsForIP } from './ipWarnings.ts';

// apimachinery pkg/util/validation/ip.go (v1.34.2) GetWarningsForIP / GetWarningsForCIDR.
const ip = (v: string): string[] => getWarningsForIP('f', v).map((w) => w.message);
const cidr = (v: string): string[] => getWarningsForCIDR('f', v).map((w) => w.message);

describe('GetWarningsForIP', () => {
  it('warns on leading zeros with the canonical form, and on nothing else', () => {
    expect(ip('010.001.0.07')).toEqual([
      'f: non-standard IP address "010.001.0.07" will be considered invalid in a future Kubernetes release: use "10.1.0.7"',
    ]);
    expect(ip('10.1.0.7')).toEqual([]);
    expect(ip('not-an-ip')).toEqual([]);
  });

  it('reads a part with any number of leading zeros, as ParseIPSloppy (dtoi) does', () => {
    expect(ip('0010.1.0.0007')).toEqual([
      'f: non-standard IP address "0010.1.0.0007" will be considered invalid in a future Kubernetes release: use "10.1.0.7"',
    ]);
    expect(ip('10.1.0.0256')).toEqual([]);
  });
});

describe('GetWarningsForIP on an IPv4-mapped IPv6 address', () => {
  it('tells to use the IPv4 inside, whatever form it is written in; nothing for other IPv6', () => {
    const use = (v: string, v4: string) =>
      `f: non-standard IP address "${v}" will be considered invalid in a future Kubernetes release: use "${v4}"`;
    expect(ip('::ffff:1.2.3.4')).toEqual([use('::ffff:1.2.3.4', '1.2.3.4')]);
    expect(ip('0:0:0:0:0:FFFF:0102:0304')).toEqual([use('0:0:0:0:0:FFFF:0102:0304', '1.2.3.4')]);
    expect(ip('::ffff:01.2.3.4')).toEqual([use('::ffff:01.2.3.4', '1.2.3.4')]);
    expect(ip('::1.2.3.4')).toEqual([]);
    expect(ip('2001:db8::1')).toEqual([]);
  });
});

describe('GetWarningsForCIDR', () => {
  it('bits after the prefix: ambiguous, naming the network and the single address', () => {
    expect(cidr('10.0.0.1/8')).toEqual([
      'f: CIDR value "10.0.0.1/8" is ambiguous in this context (should be "10.0.0.0/8" or "10.0.0.1/32"?)',
    ]);
  });

  it('leading zeros: non-standard, naming the network (ipnet.String())', () => {
    expect(cidr('010.0.0.0/8')).toEqual([
      'f: non-standard CIDR value "010.0.0.0/8" will be considered invalid in a future Kubernetes release: use "10.0.0.0/8"',
    ]);
    expect(cidr('10.0.0.0/08')).toEqual([
      'f: non-standard CIDR value "10.0.0.0/08" will be considered invalid in a future Kubernetes release: use "10.0.0.0/8"',
    ]);
  });

  it('both at once: ambiguous first, then non-standard, the single address in canonical form', () => {
    expect(cidr('10.0.0.01/8')).toEqual([
      'f: CIDR value "10.0.0.01/8" is ambiguous in this context (should be "10.0.0.0/8" or "10.0.0.1/32"?)',
      'f: non-standard CIDR value "10.0.0.01/8" will be considered invalid in a future Kubernetes release: use "10.0.0.0/8"',
    ]);
  });

  it('nothing for a canonical network or an unparseable value', () => {
    expect(cidr('10.0.0.0/8')).toEqual([]);
    expect(cidr('0.0.0.0/0')).toEqual([]);
    expect(cidr('10.0.0.0/33')).toEqual([]);
    expect(cidr('10.0.0.0')).toEqual([]);
    expect(cidr('10.0.0.0/8/1')).toEqual([]);
  });
});
