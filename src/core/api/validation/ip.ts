// IP and CIDR checks with the API server's messages (k8s.io/apimachinery v0.34
// pkg/util/validation/ip.go IsValidIPForLegacyField / IsValidCIDRForLegacyField, parsed "sloppily"
// by k8s.io/utils/net ParseIPSloppy / ParseCIDRSloppy because StrictIPCIDRValidation is off by
// default; kubernetes pkg/apis/core/validation ValidateEndpointIP; docs/api-server.md §3.1). The
// simulator is IPv4 single-stack, but IPv6 text is still parsed as Go parses it, so it can be
// rejected with the family errors upstream gives.

import { formatIPv4, prefixMask } from '../../net/ipv4.ts';

export type IPFamily = 'IPv4' | 'IPv6';

/**
 * ParseIPSloppy for IPv4: four decimal parts, leading zeros read as decimal and as many as given
 * (k8s.io/utils' fork of Go 1.16 parseIPv4 reads each part with dtoi, then only checks it is <= 255:
 * `0010.1.2.3` is 10.1.2.3). Returns uint32.
 */
export function parseIPv4Sloppy(s: string): number | null {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (!m) return null;
  let v = 0;
  for (let i = 1; i <= 4; i++) {
    const n = Number(m[i]);
    if (n > 255) return null;
    v = v * 256 + n;
  }
  return v >>> 0;
}

/**
 * ParseIPSloppy for IPv6: k8s.io/utils' fork of Go 1.16 net.parseIPv6 (internal/third_party/forked/
 * golang/net/ip.go), 16 bytes or null. A group is any run of hex digits worth at most 0xffff (xtoi,
 * so `00001` passes); a dotted tail is read by the sloppy IPv4 parse and must sit at byte 12 unless
 * there is a `::`, which must stand for at least one group.
 */
function parseIPv6Sloppy(text: string): number[] | null {
  const ip = new Array<number>(16).fill(0);
  let s = text;
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === '') return ip;
  }
  let i = 0;
  while (i < 16) {
    const run = /^[0-9a-fA-F]*/.exec(s)![0];
    const n = run === '' ? NaN : parseInt(run, 16);
    if (!(n <= 0xffff)) return null;
    if (s[run.length] === '.') {
      if ((ellipsis < 0 && i !== 12) || i + 4 > 16) return null;
      const v4 = parseIPv4Sloppy(s);
      if (v4 === null) return null;
      ip.splice(i, 4, v4 >>> 24, (v4 >>> 16) & 255, (v4 >>> 8) & 255, v4 & 255);
      s = '';
      i += 4;
      break;
    }
    ip[i] = n >> 8;
    ip[i + 1] = n & 255;
    i += 2;
    s = s.slice(run.length);
    if (s === '') break;
    if (s[0] !== ':' || s.length === 1) return null;
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return null;
      ellipsis = i;
      s = s.slice(1);
      if (s === '') break;
    }
  }
  if (s !== '') return null;
  if (i < 16) {
    if (ellipsis < 0) return null;
    const gap = 16 - i;
    ip.splice(ellipsis, 0, ...new Array<number>(gap).fill(0));
    ip.length = 16;
  } else if (ellipsis >= 0) return null;
  return ip;
}

/** net.IP.To4 of a 16-byte IP: the IPv4 of `::ffff:a.b.c.d` as a uint32, or null. */
const to4 = (ip: number[] | null): number | null =>
  ip && ip.slice(0, 10).every((b) => b === 0) && ip[10] === 0xff && ip[11] === 0xff
    ? ((ip[12]! << 24) | (ip[13]! << 16) | (ip[14]! << 8) | ip[15]!) >>> 0
    : null;

/**
 * The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:1.2.3.4`, `::ffff:102:304`), as a
 * uint32, or null: net.IP.To4 of what ParseIPSloppy returns for text it reads as IPv6. Go's net.IP
 * treats such an address as the IPv4 one throughout: it is IPv4 to netutils.IsIPv4String, loopback /
 * link-local to ValidateEndpointIP, and prints as `1.2.3.4`.
 */
export const ipv4MappedSloppy = (s: string): number | null => to4(parseIPv6Sloppy(s));

/**
 * net.IP.String() of what ParseIPSloppy reads from an IPv4 or IPv4-mapped text (`010.1.0.7` and
 * `::ffff:10.1.0.7` are `10.1.0.7`), or null for any other text.
 */
export function sloppyIPv4String(s: string): string | null {
  const v = parseIPv4Sloppy(s) ?? ipv4MappedSloppy(s);
  return v === null ? null : formatIPv4(v);
}

/** What k8s.io/utils/net ParseCIDRSloppy reads from a CIDR text: the address (`v4` for IPv4 text, else `v6`'s bytes) and the length with its text. */
export interface SloppyCidr {
  ip: string;
  v4: number | null;
  v6: number[] | null;
  bits: number;
  bitsText: string;
}

/**
 * ParseCIDRSloppy, or null where it refuses the text: the address read as IPv4, else as IPv6 (a
 * mapped address too), and the length with dtoi (decimal digits, leading zeros allowed) up to 32 or
 * 128 by that text form, so `::ffff:1.1.1.0/120` parses. The one CIDR parse of validation, warnings
 * and kube-proxy's source ranges.
 */
export function parseCIDRSloppy(s: string): SloppyCidr | null {
  const slash = s.indexOf('/');
  const bitsText = s.slice(slash + 1);
  if (slash < 0 || !/^\d+$/.test(bitsText)) return null;
  const ip = s.slice(0, slash);
  const bits = Number(bitsText);
  const v4 = parseIPv4Sloppy(ip);
  const v6 = v4 === null ? parseIPv6Sloppy(ip) : null;
  return (v4 ?? v6) === null || bits > (v4 === null ? 128 : 32) ? null : { ip, v4, v6, bits, bitsText };
}

/**
 * IPNet.String() of what ParseCIDRSloppy reads from a CIDR of the IPv4 family, or null for any other
 * text (k8s.io/utils/net IPFamilyOfCIDR: the family of the masked address, so a mapped range is IPv4
 * when its length reaches 96): the network address masked, and for a mapped range its length less 96
 * (Go's networkNumberAndMask), e.g. `010.1.2.0/016` is `10.1.0.0/16` and `::ffff:1.1.1.0/120` is
 * `1.1.1.0/24`.
 */
export function sloppyIPv4CidrString(s: string): string | null {
  const c = parseCIDRSloppy(s);
  if (!c) return null;
  const v = c.v4 ?? (c.bits >= 96 ? to4(c.v6) : null);
  const bits = c.v4 === null ? c.bits - 96 : c.bits;
  return v === null ? null : `${formatIPv4((v & prefixMask(bits)) >>> 0)}/${bits}`;
}

/**
 * What Go's own net.ParseIP (strict since Go 1.17, netip.ParseAddr since Go 1.22), then To4(), reads
 * from an IPv4 or IPv4-mapped text, as net.IP.String(): `::ffff:10.1.0.7` is `10.1.0.7`, but
 * `010.1.0.7` is no address (null), nor is IPv6 text. CoreDNS reads a Service's cluster IP this way.
 */
export function strictIPv4String(s: string): string | null {
  if (parseIPv4Sloppy(s) !== null) return /(^|\.)0\d/.test(s) ? null : s;
  const v = ipv6NotStrict(s) ? null : ipv4MappedSloppy(s);
  return v === null ? null : formatIPv4(v);
}

/**
 * Whether netip.ParseAddr would refuse an IPv6 text the sloppy parse read: a group of more than four
 * hex digits, or a leading zero in its dotted tail (what parseIP's strict check calls "leading 0s").
 */
export function ipv6NotStrict(s: string): boolean {
  const tail = /[^:]*\.[^:]*$/.exec(s)?.[0];
  return s.split(':').some((g) => !g.includes('.') && g.length > 4) || (tail !== undefined && /(^|\.)0\d/.test(tail));
}

/**
 * The family of an address as upstream decides it: k8s.io/utils/net IPFamilyOfString (behind
 * IsIPv4String / IsIPv6String and IsDualStackIPStrings) is IPFamilyOf(ParseIPSloppy(s)), IPv4 when
 * To4() != nil, so an IPv4-mapped IPv6 address is IPv4; null when ParseIPSloppy refuses the text
 * (IsValidIPForLegacyField's "must be a valid IP address"). ParseIPSloppy lets the first `.` or `:`
 * choose the parse; trying IPv4 then IPv6 is the same, as parseIPv6 refuses a text with a `.` before
 * any `:`.
 */
export function ipFamilyOf(s: string): IPFamily | null {
  if (parseIPv4Sloppy(s) !== null) return 'IPv4';
  const ip = parseIPv6Sloppy(s);
  return ip === null ? null : to4(ip) === null ? 'IPv6' : 'IPv4';
}

export const INVALID_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
export const INVALID_CIDR = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/** IsValidIP: messages for one address. */
export function ipErrors(s: string): string[] {
  return ipFamilyOf(s) === null ? [INVALID_IP] : [];
}

/** IsValidCIDRForLegacyField, not strict: what ParseCIDRSloppy accepts. */
export function cidrErrors(s: string): string[] {
  return parseCIDRSloppy(s) ? [] : [INVALID_CIDR];
}

/**
 * ValidateEndpointIP (applied to externalIPs and Endpoints and EndpointSlice addresses): its own
 * `must be a valid IP address` for an unparseable text, else its ranges as Go's net.IP reads the parsed
 * address: an IPv4-mapped one is checked as its IPv4 (IsLoopback etc. look at To4 first). At most one
 * can apply.
 */
export function specialIPError(s: string): string | null {
  const ip = parseIPv6Sloppy(s);
  const v = parseIPv4Sloppy(s) ?? to4(ip);
  if (v === null && !ip) return 'must be a valid IP address';
  if (v === null ? ip?.every((b) => b === 0) : v === 0) return `may not be unspecified (${s})`;
  if (v === null ? ip?.every((b, i) => b === +(i === 15)) : v >>> 24 === 127)
    return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
  if (v === null ? ip?.[0] === 0xfe && (ip[1]! & 0xc0) === 0x80 : v >>> 16 === 0xa9fe)
    return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
  if (v === null ? ip?.[0] === 0xff && (ip[1]! & 15) === 2 : v >>> 8 === 0xe00000)
    return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
  return null;
}
