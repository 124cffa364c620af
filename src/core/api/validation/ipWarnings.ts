// GetWarningsForIP / GetWarningsForCIDR (k8s.io/apimachinery pkg/util/validation/ip.go, v1.34.2):
// the warnings the API server returns for an IP or CIDR that parses "sloppily" (ParseIPSloppy /
// ParseCIDRSloppy accept leading zeros) but not strictly (netip.ParseAddr / ParsePrefix).
// Shared by the Service's warnings (service/warnings.ts, GetWarningsForService) and the
// EndpointSlice's (discovery/endpointSliceWarnings.ts, warnOnBadIPs); docs/api-server.md §2.4.
// The simulator is IPv4 single-stack: of the IPv6 cases only an IPv4-mapped address is produced
// (`::ffff:1.2.3.4`, "use \"1.2.3.4\""); an IPv6 address or CIDR not in RFC 5952 form is not.
import { formatIPv4, prefixMask } from '../../net/ipv4.ts';
import { parseCIDRSloppy, sloppyIPv4String } from './ip.ts';

/** One warning as the API server returns it (`message`), with the field it is about (to position it). */
export interface ApiWarning {
  message: string;
  field?: string;
}

/**
 * GetWarningsForIP: a sloppily parsed IPv4 not in canonical form (leading zeros), or an IPv4-mapped
 * IPv6 address (netip's Is4In6, or a form netip refuses): both told to use the IPv4 as net.IP prints
 * it. Nothing for an unparseable one.
 */
export function getWarningsForIP(path: string, value: string): ApiWarning[] {
  const canonical = sloppyIPv4String(value);
  if (canonical === null || canonical === value) return [];
  return [
    {
      field: path,
      message: `${path}: non-standard IP address ${JSON.stringify(value)} will be considered invalid in a future Kubernetes release: use ${JSON.stringify(canonical)}`,
    },
  ];
}

/**
 * GetWarningsForCIDR: bits set after the prefix length ("ambiguous"), then a form ParsePrefix refuses
 * (leading zeros in the address or the length: "non-standard", naming the network, ipnet.String()).
 * Both can be returned, in that order.
 */
export function getWarningsForCIDR(path: string, value: string): ApiWarning[] {
  const c = parseCIDRSloppy(value);
  if (!c || c.v4 === null) return [];
  const { v4: v, bits: prefix, ip, bitsText: len } = c;
  const mask = prefixMask(prefix);
  const network = `${formatIPv4((v & mask) >>> 0)}/${prefix}`;
  const out: ApiWarning[] = [];
  if ((v & mask) >>> 0 !== v) {
    out.push({
      field: path,
      message: `${path}: CIDR value ${JSON.stringify(value)} is ambiguous in this context (should be ${JSON.stringify(network)} or ${JSON.stringify(`${formatIPv4(v)}/32`)}?)`,
    });
  }
  if (formatIPv4(v) !== ip || String(prefix) !== len) {
    out.push({
      field: path,
      message: `${path}: non-standard CIDR value ${JSON.stringify(value)} will be considered invalid in a future Kubernetes release: use ${JSON.stringify(network)}`,
    });
  }
  return out;
}
