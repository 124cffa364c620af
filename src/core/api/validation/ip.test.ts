// ParseIPSloppy's IPv6 half (k8s.io/utils' fork of Go 1.16 net.parseIPv6) as far as the simulator
// needs it: which texts are IPv4-mapped addresses, and the IPv4 they carry (net.IP.To4, String).
import { describe, expect, it } from 'vitest';
import {
  cidrErrors,
  ipFamilyOf,
  ipv4MappedSloppy,
  ipv6NotStrict,
  sloppyIPv4CidrString,
  sloppyIPv4String,
  specialIPError,
  strictIPv4String,
} from './ip.ts';

describe('ipv4MappedSloppy (ParseIPSloppy, then To4 of a 16-byte IP)', () => {
  it('the forms Go reads as ::ffff:a.b.c.d', () => {
    for (const s of [
      '::ffff:1.2.3.4',
      '::FFFF:1.2.3.4',
      '0:0:0:0:0:ffff:1.2.3.4',
      '0:0:0:0:0:ffff:102:304',
      '::ffff:0102:0304',
      '0::ffff:1.2.3.4',
      '00000::ffff:1.2.3.4', // xtoi: any run of hex digits worth at most 0xffff
      '::ffff:001.2.3.4', // the dotted tail is read sloppily
    ])
      expect([s, ipv4MappedSloppy(s)]).toEqual([s, 0x01020304]);
  });
  it('not mapped, or not an address', () => {
    for (const s of [
      '1.2.3.4', // IPv4 itself
      '::1.2.3.4', // IPv4-compatible
      '::fffe:1.2.3.4',
      '1::ffff:1.2.3.4',
      '::ffff:1.2.3',
      '::ffff:1.2.3.256',
      '::ffff:1.2.3.4:5',
      '::ffff::1.2.3.4',
      '0:0:0:0:0:0:ffff:1.2.3.4', // the tail past byte 12
      '0:0:0:0:0:ffff:102:304:5',
      '::ffff:10000:1',
      'ffff:1.2.3.4',
      '',
    ])
      expect([s, ipv4MappedSloppy(s)]).toEqual([s, null]);
  });
  it('sloppyIPv4String prints what net.IP.String() prints for both kinds of sloppy IPv4 text', () => {
    expect(sloppyIPv4String('010.1.0.07')).toBe('10.1.0.7');
    expect(sloppyIPv4String('::ffff:a01:7')).toBe('10.1.0.7');
    expect(sloppyIPv4String('2001:db8::1')).toBeNull();
  });
  it('sloppyIPv4CidrString: IPNet.String() of ParseCIDRSloppy for the IPv4 family (MapCIDRsByIPFamily)', () => {
    expect(sloppyIPv4CidrString('010.1.2.3/016')).toBe('10.1.0.0/16');
    expect(sloppyIPv4CidrString('10.0.0.0/8')).toBe('10.0.0.0/8');
    expect(sloppyIPv4CidrString('::ffff:1.1.1.0/120')).toBe('1.1.1.0/24');
    expect(sloppyIPv4CidrString('::ffff:1.1.1.1/96')).toBe('0.0.0.0/0');
    for (const s of ['::ffff:1.1.1.0/95', '2001:db8::/32', '10.0.0.0/33', '10.0.0.0', '10.0.0.0/', '10.0.0.0/8 '])
      expect([s, sloppyIPv4CidrString(s)]).toEqual([s, null]);
  });
  it('strictIPv4String: Go net.ParseIP (no leading zeros since Go 1.17) then To4, as CoreDNS reads a cluster IP', () => {
    expect(strictIPv4String('10.1.0.7')).toBe('10.1.0.7');
    expect(strictIPv4String('::ffff:10.1.0.7')).toBe('10.1.0.7');
    expect(strictIPv4String('::ffff:a01:7')).toBe('10.1.0.7');
    for (const s of ['010.1.0.7', '10.1.0.07', '::ffff:10.1.0.07', '::0ffff:10.1.0.7', '2001:db8::1', 'x'])
      expect([s, strictIPv4String(s)]).toEqual([s, null]);
  });
  it('ipv6NotStrict: what netip.ParseAddr refuses of a mapped text', () => {
    expect(ipv6NotStrict('::ffff:1.2.3.4')).toBe(false);
    expect(ipv6NotStrict('::ffff:1.2.3.04')).toBe(true);
    expect(ipv6NotStrict('::0ffff:1.2.3.4')).toBe(true);
    expect(ipv6NotStrict('::ffff:0:0')).toBe(false);
  });
  it('ValidateEndpointIP reads a mapped address as its IPv4 (Go net.IP.IsLoopback looks at To4)', () => {
    expect(specialIPError('::ffff:127.0.0.1')).toBe('may not be in the loopback range (127.0.0.0/8, ::1/128)');
    expect(specialIPError('::ffff:10.1.0.1')).toBeNull();
  });
});

describe('ipFamilyOf: IPFamilyOf(ParseIPSloppy(s)), as IsIPv4String / IsIPv6String decide', () => {
  // k8s.io/utils net/ips_test.go goodTestIPs / badTestIPs, and the forked parser's parseIPTests
  // (internal/third_party/forked/golang/net/ip_test.go).
  const table: [string, 'IPv4' | 'IPv6' | null][] = [
    ['192.168.0.5', 'IPv4'],
    ['192.168.000.005', 'IPv4'],
    ['000.000.000.000', 'IPv4'],
    ['::ffff:192.168.0.5', 'IPv4'],
    ['::ffff:0192.0168.0000.0005', 'IPv4'],
    ['::ffff:7f01:0203', 'IPv4'],
    ['0:0:0:0:000000:ffff:127.1.2.3', 'IPv4'],
    ['0:0:0:0::ffff:127.1.2.3', 'IPv4'],
    ['2001:0db8::0005', 'IPv6'],
    ['2001:DB8::5', 'IPv6'],
    ['0000:0000:0000:0000:0000:0000:0000:0000', 'IPv6'],
    ['::', 'IPv6'],
    ['::1.2.3.4', 'IPv6'], // IPv4-compatible, not mapped
    ['1::ffff:1.2.3.4', 'IPv6'],
    ['00000::1', 'IPv6'], // xtoi: a group is any run of hex digits worth at most 0xffff
    ['', null],
    ['bad ip', null],
    ['www.example.com', null],
    ['1.2.3.400', null],
    ['1.2..4', null],
    ['1.2.3.4.5', null],
    ['1:2::12345', null],
    ['1::2::3', null],
    ['1:2:3', null],
    ['1:2:3:4::6:7:8:9', null],
    ['a1:a2:a3:a4::b1:b2:b3:b4', null],
    ['123:', null],
    [':1::', null],
    ['1.2.3.4:80', null],
    ['[2001:db8::5]', null],
    ['fe80::1%lo0', null],
    ['2001:db8::/64', null],
    [' 2001:db8::5', null],
    ['::ffff:1.2.3', null], // the dotted tail is parsed as IPv4
    ['::1.2.3.4:5', null],
    ['1.2.3.4::', null], // the first `.` chooses the IPv4 parse
    ['1:2:3:4:5:6:7:1.2.3.4', null], // the dotted tail must end the 16 bytes
  ];
  it.each(table)('%j is %s', (s, family) => expect(ipFamilyOf(s)).toBe(family));
});

describe('cidrErrors: ParseCIDRSloppy (IsValidCIDRForLegacyField without strict validation)', () => {
  it('the length is read with dtoi and bounded by the text form of the address', () => {
    for (const s of ['192.168.0.0/016', '10.0.0.0/0016', '::ffff:1.1.1.0/120', '::ffff:1.1.1.0/24', '2001:db8::/64'])
      expect([s, cidrErrors(s)]).toEqual([s, []]);
    for (const s of [
      '10.0.0.0/33',
      '2001:db8::/129',
      '10.0.0.0',
      '10.0.0.0/',
      '10.0.0.0/8/8',
      '1.2.3.4::/8',
      '::1.2.3.4.5/8',
    ])
      expect([s, cidrErrors(s)]).toEqual([s, ['must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)']]);
  });
});

describe('specialIPError: ValidateEndpointIP on the parsed IPv6 bytes (Go net.IP)', () => {
  it('link-local is fe80::/10 and link-local multicast ff02 in any scope-less flag form', () => {
    expect(specialIPError('fe8::1')).toBeNull(); // 0fe8::1
    expect(specialIPError('febf::1')).toBe('may not be in the link-local range (169.254.0.0/16, fe80::/10)');
    expect(specialIPError('ff12::1')).toBe('may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)');
    expect(specialIPError('0ff02::1')).toBe('may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)');
    expect(specialIPError('0:0::0')).toBe('may not be unspecified (0:0::0)');
    expect(specialIPError('00::0001')).toBe('may not be in the loopback range (127.0.0.0/8, ::1/128)');
    expect(specialIPError('2001:db8::1')).toBeNull();
  });
});
