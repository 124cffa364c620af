// The CNI's IPAM, host-local (the default behind the bridge and flannel plugins): each node hands
// out addresses of its podCIDR from .2 (.1 is the cni0 gateway, the last is broadcast). It does not
// restart at the bottom of the range: it continues after the last address it reserved and wraps
// around, skipping addresses in use (containernetworking/plugins plugins/ipam/host-local/backend/
// allocator/allocator.go `GetIter`: start after `LastReservedIP`). So a pod that replaces a deleted
// one gets a NEW address, which is why clients need a Service rather than a pod IP.
// The last reserved address per node (host-local's /var/lib/cni/networks/<net>/last_reserved_ip.0)
// lives in state.podIPAM, so the KubectlHistory replay continues where the first sync stopped.
import type { ClusterState } from '../model/clusterState.ts';

import type { AdmittedNode } from '../model/admitted.ts';
import { cidrContains, formatIPv4, parseCidr, parseIPv4 } from '../net/ipv4.ts';

export interface PodIPAM {
  /** The next free address of `node`'s podCIDR, reserved; null when the range is full or missing. */
  allocate(node: AdmittedNode): string | null;
}

/**
 * host-local's range set as its errors print it (range.go Canonicalize, Range.String): the subnet's
 * .1 to the address before broadcast, `10.244.1.1-10.244.1.254` (the gateway is in the range and
 * skipped when allocating).
 */
export function hostLocalRangeSet(podCIDR: string | undefined): string {
  const cidr = podCIDR ? parseCidr(podCIDR) : null;
  return cidr ? `${formatIPv4(cidr.base + 1)}-${formatIPv4(cidr.base + cidr.size - 2)}` : '';
}

/**
 * `addressesInUse`: 'none' for the first sync (no pod holds an address yet, whatever a pod's
 * status in the YAML says), 'from-pods' later, when bound pods hold theirs.
 */
export function createPodIPAM(state: ClusterState, addressesInUse: 'none' | 'from-pods'): PodIPAM {
  const lastReserved = (state.podIPAM ??= new Map<string, string>());
  const inUse = new Map<string, Set<number>>();
  // Addresses are only taken here, never given back: a node found full stays full. Without this,
  // every pod past a full node's range scanned the whole range (5,000 pods on 3 /24 nodes: ~1M look-ups).
  const full = new Set<string>();
  const usedOn = (nodeName: string): Set<number> => {
    let set = inUse.get(nodeName);
    if (set) return set;
    set = new Set<number>();
    if (addressesInUse === 'from-pods') {
      for (const p of state.pods) {
        if (p.spec.nodeName !== nodeName || p.spec.hostNetwork) continue;
        const ip = p.status?.podIP ? parseIPv4(p.status.podIP) : null;
        if (ip !== null) set.add(ip);
      }
    }
    inUse.set(nodeName, set);
    return set;
  };
  return {
    allocate(node) {
      const cidr = node.spec?.podCIDR ? parseCidr(node.spec.podCIDR) : null;
      if (!cidr || cidr.size < 4) return null;
      const name = node.metadata.name;
      if (full.has(name)) return null;
      const used = usedOn(name);
      const first = cidr.base + 2;
      const count = cidr.size - 3; // .2 … broadcast - 1
      const last = lastReserved.get(name);
      const lastIP = last === undefined ? null : parseIPv4(last);
      const start =
        lastIP !== null && cidrContains(cidr, lastIP) && lastIP >= first && lastIP < first + count
          ? lastIP + 1 - first
          : 0;
      for (let i = 0; i < count; i++) {
        const ip = first + ((start + i) % count);
        if (used.has(ip)) continue;
        used.add(ip);
        const text = formatIPv4(ip);
        lastReserved.set(name, text);
        return text;
      }
      full.add(name);
      return null;
    },
  };
}
