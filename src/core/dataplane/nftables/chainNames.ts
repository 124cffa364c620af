// nftables-mode kube-proxy names: human-readable chains prefixed by an 8-character hash.
// Upstream: pkg/proxy/nftables/proxier.go hashAndTruncate, servicePortChainNameBase,
// servicePortEndpointChainNameBase (chainNameBaseLengthMax = knftables.NameLengthMax(256) - 16).
import { sha256Base32 } from '../iptables/chainNames.ts';

const CHAIN_NAME_BASE_LENGTH_MAX = 256 - 16;

/** hashAndTruncate: base32(sha256(name))[:8] + "-" + name, cut to 240 characters with "...". */
export function hashAndTruncate(name: string): string {
  const full = `${sha256Base32(name).slice(0, 8)}-${name}`;
  return full.length > CHAIN_NAME_BASE_LENGTH_MAX ? `${full.slice(0, CHAIN_NAME_BASE_LENGTH_MAX - 3)}...` : full;
}

/** "HASH-namespace/name/protocol/portName", e.g. ULMVA6XW-ns1/svc1/tcp/p80. */
export function servicePortChainNameBase(namespace: string, name: string, protocol: string, portName: string): string {
  return hashAndTruncate(`${namespace}/${name}/${protocol.toLowerCase()}/${portName}`);
}

/** "HASH-namespace/name/protocol/portName__ip/port"; IPv6 colons become dots (not allowed in names). */
export function servicePortEndpointChainNameBase(
  namespace: string,
  name: string,
  protocol: string,
  portName: string,
  ip: string,
  port: number,
): string {
  return hashAndTruncate(
    `${namespace}/${name}/${protocol.toLowerCase()}/${portName}__${ip.replaceAll(':', '.')}/${port}`,
  );
}
