// IP and CIDR checks with the API server's messages (k8s.io/apimachinery
// pkg/util/validation/ip.go IsValidIP / IsValidCIDR, parsed "sloppily" like netutils.ParseIPSloppy
// because StrictIPCIDRValidation is off by default; pkg/apis/core/validation ValidateNonSpecialIP;
// docs/api-server.md §3.1). The simulator is IPv4 single-stack, but IPv6 text is still
// recognised so it can be rejected with the family errors upstream gives.

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

/** A loose IPv6 recogniser (hex groups, one `::`, optional dotted tail). */
export function looksLikeIPv6(s: string): boolean {
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+$/.test(s)) return false;
  const dbl = s.split('::');
  if (dbl.length > 2) return false;
  const groups = s.split(':').filter((g) => g !== '');
  if (groups.some((g) => g.length > 4 && !g.includes('.'))) return false;
  return dbl.length === 2 ? groups.length <= 7 : groups.length === 8 || (groups.length === 7 && s.includes('.'));
}

export function ipFamilyOf(s: string): IPFamily | null {
  if (parseIPv4Sloppy(s) !== null) return 'IPv4';
  if (looksLikeIPv6(s)) return 'IPv6';
  return null;
}

export const INVALID_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
export const INVALID_CIDR = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/** IsValidIP: messages for one address. */
export function ipErrors(s: string): string[] {
  return ipFamilyOf(s) === null ? [INVALID_IP] : [];
}

/** IsValidCIDR: messages for one CIDR. */
export function cidrErrors(s: string): string[] {
  const slash = s.indexOf('/');
  if (slash < 0) return [INVALID_CIDR];
  const ip = s.slice(0, slash);
  const len = s.slice(slash + 1);
  if (!/^\d{1,3}$/.test(len)) return [INVALID_CIDR];
  const fam = ipFamilyOf(ip);
  if (fam === null || Number(len) > (fam === 'IPv4' ? 32 : 128)) return [INVALID_CIDR];
  return [];
}

/** ValidateNonSpecialIP (applied to externalIPs): the first failing rule. */
export function specialIPError(s: string): string | null {
  const v = parseIPv4Sloppy(s);
  if (v === null) {
    if (/^[0:]+$/.test(s)) return `may not be unspecified (${s})`;
    if (/^(0{0,4}:){2,7}0{0,3}1$/.test(s) || s === '::1')
      return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
    if (/^fe[89ab]/i.test(s)) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
    if (/^ff02:/i.test(s)) return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
    return null;
  }
  if (v === 0) return `may not be unspecified (${s})`;
  if (v >>> 24 === 127) return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
  if (v >>> 16 === 0xa9fe) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
  if (v >>> 8 === 0xe00000) return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
  return null;
}
