// kube-proxy's per-service chain names. iptables chain names must be ≤ 28 characters, so the
// proxier hashes the service port name (sha256), encodes it base32 and keeps 16 characters.
// Upstream: pkg/proxy/iptables/proxier.go portProtoHash, servicePortPolicyClusterChain,
// servicePortPolicyLocalChainName, serviceFirewallChainName, serviceExternalChainName,
// servicePortEndpointChainName.
import { sha256 } from '@noble/hashes/sha2.js';
import { joinHostPort } from '../../model/hostPort.ts';

/** RFC 4648 standard alphabet, as Go's base32.StdEncoding. */
const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Standard base32 without padding (padding never survives the truncation kube-proxy applies). */
export function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** UTF-8 bytes of a string (the core runs without DOM globals such as TextEncoder). */
export function utf8(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** base32(sha256(s)) — the encoding both the iptables and nftables proxiers truncate. */
export function sha256Base32(s: string): string {
  return base32(sha256(utf8(s)));
}

/** portProtoHash(servicePortName, protocol): 16 characters of base32(sha256(spn + protocol)). */
export function portProtoHash(servicePortName: string, protocol: string): string {
  return sha256Base32(servicePortName + protocol.toLowerCase()).slice(0, 16);
}

/** The five chain kinds a service port can own. */
export interface ServiceChains {
  /** KUBE-SVC-…: "Cluster" policy endpoint dispatch. */
  svc: string;
  /** KUBE-SVL-…: "Local" policy endpoint dispatch. */
  svl: string;
  /** KUBE-EXT-…: every external destination (NodePort, LB IP, externalIP) enters here. */
  ext: string;
  /** KUBE-FW-…: loadBalancerSourceRanges filter. */
  fw: string;
}

export function serviceChains(servicePortName: string, protocol: string): ServiceChains {
  const h = portProtoHash(servicePortName, protocol);
  return { svc: `KUBE-SVC-${h}`, svl: `KUBE-SVL-${h}`, ext: `KUBE-EXT-${h}`, fw: `KUBE-FW-${h}` };
}

/**
 * servicePortEndpointChainName: KUBE-SEP- + 16 chars of base32(sha256(spn + protocol + "ip:port")), the
 * endpoint as BaseEndpointInfo.String() writes it, net.JoinHostPort (pkg/proxy/endpoints.go newBaseEndpointInfo).
 */
export function endpointChain(servicePortName: string, protocol: string, ip: string, port: number): string {
  return `KUBE-SEP-${sha256Base32(servicePortName + protocol.toLowerCase() + joinHostPort(ip, port)).slice(0, 16)}`;
}
