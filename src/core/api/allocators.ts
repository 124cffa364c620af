// CONTRACT (implemented by the api/ work): the allocators the API server uses for Services.
// See docs/api-server.md §4 for the exact behaviour (static/dynamic bands, errors).
// Usable ClusterIPs are network+1 … broadcast−1 (ipallocator.go NewIPAllocator); bit 0 is
// network+1. Error texts are upstream's (ipallocator/interfaces.go, portallocator/allocator.go).
// An IP outside the service CIDR gets ErrMismatchedNetwork, as the MultiCIDRServiceAllocator
// (GA 1.33, the only one in 1.34: DisableAllocatorDualWrite is GA) returns when no ServiceCIDR
// contains it (cidrallocator.go getAllocator); so do the network and the IPv4 broadcast address,
// which servicecidr.PrefixContainsIP does not count as contained (ErrNotInRange is unreachable).
import type { ClusterSettings } from '../model/settings.ts';
import type { Rng } from '../random/rng.ts';
import { formatIPv4 } from '../net/ipv4.ts';
import { clusterIPRangeOffset, createRangeAllocator, nodePortRangeOffset } from './rangeAllocator.ts';
import { ipv4MappedSloppy, parseIPv4Sloppy } from './validation/ip.ts';

/** Allocator error texts, verbatim from upstream (ipallocator/portallocator). */
export type AllocError = { error: string };

export interface IPAllocator {
  /** Reserve a specific IP: ok, or e.g. {error:'provided IP is already allocated'}. */
  allocate(ip: string): true | AllocError;
  /** Pick a free IP (upper band first). */
  allocateNext(): string | AllocError;
  release(ip: string): void;
  has(ip: string): boolean;
}

export interface PortAllocator {
  allocate(port: number): true | AllocError;
  allocateNext(): number | AllocError;
  release(port: number): void;
  has(port: number): boolean;
}

export interface Allocators {
  clusterIP: IPAllocator;
  nodePort: PortAllocator;
}

export const ERR_FULL = 'range is full';
export const ERR_IP_ALLOCATED = 'provided IP is already allocated';
export const ERR_MISMATCHED_NETWORK = 'the provided network does not match the current range';
export const ERR_PORT_ALLOCATED = 'provided port is already allocated';

function createIPAllocator(settings: ClusterSettings, rng: Rng): IPAllocator {
  const cidr = settings.serviceCIDR;
  const usable = Math.max(0, cidr.size - 2);
  const bits = createRangeAllocator(usable, clusterIPRangeOffset(cidr.size), rng);
  /** Index of an IP in the usable range, or an error. */
  const indexOf = (ip: string): number | AllocError => {
    // alloc.go ParseIPSloppy; the MetaAllocator looks the address up by To4 (servicecidr.IPToAddr),
    // so `::ffff:10.96.0.10` is 10.96.0.10.
    const v = parseIPv4Sloppy(ip) ?? ipv4MappedSloppy(ip);
    const index = v === null ? -1 : v - cidr.base - 1;
    return index < 0 || index >= usable ? { error: ERR_MISMATCHED_NETWORK } : index;
  };
  return {
    allocate(ip) {
      const i = indexOf(ip);
      if (typeof i !== 'number') return i;
      return bits.take(i) ? true : { error: ERR_IP_ALLOCATED };
    },
    allocateNext() {
      const i = bits.next();
      return i === null ? { error: ERR_FULL } : formatIPv4((cidr.base + 1 + i) >>> 0);
    },
    release(ip) {
      const i = indexOf(ip);
      if (typeof i === 'number') bits.release(i);
    },
    has(ip) {
      const i = indexOf(ip);
      return typeof i === 'number' && bits.has(i);
    },
  };
}

function createPortAllocator(settings: ClusterSettings, rng: Rng): PortAllocator {
  const { base, size, text } = settings.nodePortRange;
  const bits = createRangeAllocator(size, nodePortRangeOffset(size), rng);
  const notInRange = { error: `provided port is not in the valid range. The range of valid ports is ${text}` };
  const inRange = (p: number): boolean => Number.isInteger(p) && p >= base && p < base + size;
  return {
    allocate(port) {
      if (!inRange(port)) return notInRange;
      return bits.take(port - base) ? true : { error: ERR_PORT_ALLOCATED };
    },
    allocateNext() {
      const i = bits.next();
      return i === null ? { error: ERR_FULL } : base + i;
    },
    release(port) {
      if (inRange(port)) bits.release(port - base);
    },
    has(port) {
      return inRange(port) && bits.has(port - base);
    },
  };
}

export function createAllocators(settings: ClusterSettings, rng: Rng): Allocators {
  return {
    clusterIP: createIPAllocator(settings, rng.fork('cluster-ip')),
    nodePort: createPortAllocator(settings, rng.fork('node-port')),
  };
}
