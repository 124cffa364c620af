// ParseIPSloppy's IPv6 half (k8s.io/utils' fork of Go 1.16 net.parseIPv6) as far as the simulator
// needs it: which texts are IPv4-mapped addresses, and the IPv4 they carry (net.IP.To4, String).
import { describe, expect, it } from 'vitest';
import { ipv4MappedSloppy, ipv6NotStrict, sloppyIPv4String, specialIPError } from './ip.ts';

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
