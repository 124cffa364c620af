// IPv4 arithmetic for CIDRs (service CIDR, pod CIDRs, load-balancer pools). The simulator is
// single-stack IPv4, like a default kubeadm cluster.

export interface Cidr {
  base: number; // network address as uint32
  prefix: number;
  size: number; // number of addresses
  text: string;
}

export function parseIPv4(s: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  let v = 0;
  for (let i = 1; i <= 4; i++) {
    const part = m[i]!;
    if (part.length > 1 && part.startsWith('0')) return null;
    const n = Number(part);
    if (n > 255) return null;
    v = v * 256 + n;
  }
  return v >>> 0;
}

export function formatIPv4(v: number): string {
  return [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

/** The netmask of a prefix length (0–32) as a uint32: `/24` → 255.255.255.0. */
export function prefixMask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function parseCidr(s: string): Cidr | null {
  const [ip, len, ...rest] = s.trim().split('/');
  if (ip === undefined || len === undefined || rest.length > 0 || !/^\d{1,2}$/.test(len)) return null;
  const addr = parseIPv4(ip);
  const prefix = Number(len);
  if (addr === null || prefix > 32) return null;
  const mask = prefixMask(prefix);
  const base = (addr & mask) >>> 0;
  return { base, prefix, size: 2 ** (32 - prefix), text: `${formatIPv4(base)}/${prefix}` };
}

export function cidrContains(c: Cidr, ip: string | number): boolean {
  const v = typeof ip === 'number' ? ip : parseIPv4(ip);
  if (v === null) return false;
  return v >= c.base && v < c.base + c.size;
}

/** The address at `index` inside the CIDR (index 1 = first usable address). */
export function indexedIP(c: Cidr, index: number): string {
  return formatIPv4((c.base + index) >>> 0);
}
