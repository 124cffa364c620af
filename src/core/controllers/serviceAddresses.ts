// Cluster IPs and node ports for Services the controllers themselves create (the ingress-nginx
// controller's Service): through the API server's allocators when runControllers has them,
// otherwise a free address picked like the allocator would (upper band first, KEP-3070).
import type { ClusterState } from '../model/clusterState.ts';
import type { Allocators } from '../api/allocators.ts';
import type { Rng } from '../random/rng.ts';
import { indexedIP } from '../net/ipv4.ts';

export function nextClusterIP(state: ClusterState, allocators: Allocators | undefined, rng: Rng): string | null {
  if (allocators) {
    const r = allocators.clusterIP.allocateNext();
    return typeof r === 'string' ? r : null;
  }
  const used = new Set(state.services.flatMap((s) => s.spec.clusterIPs ?? [s.spec.clusterIP ?? '']));
  const cidr = state.settings.serviceCIDR;
  const usable = cidr.size - 2;
  const offset = cidr.size <= 16 ? 0 : Math.min(Math.max(16, Math.floor(cidr.size / 16)), 256);
  const upper = usable - offset;
  for (const [start, count] of [
    [offset + 1, upper],
    [1, offset],
  ] as const) {
    if (count <= 0) continue;
    const first = rng.int(count);
    for (let i = 0; i < count; i++) {
      const ip = indexedIP(cidr, start + ((first + i) % count));
      if (!used.has(ip)) return ip;
    }
  }
  return null;
}

export function nextNodePort(
  state: ClusterState,
  allocators: Allocators | undefined,
  rng: Rng,
  alsoTaken: readonly number[] = [],
): number | null {
  if (allocators) {
    const r = allocators.nodePort.allocateNext();
    return typeof r === 'number' ? r : null;
  }
  const used = new Set<number>(alsoTaken);
  for (const s of state.services) {
    for (const p of s.spec.ports ?? []) if (p.nodePort) used.add(p.nodePort);
    if (s.spec.healthCheckNodePort) used.add(s.spec.healthCheckNodePort);
  }
  const { base, size } = state.settings.nodePortRange;
  const first = rng.int(size);
  for (let i = 0; i < size; i++) {
    const port = base + ((first + i) % size);
    if (!used.has(port)) return port;
  }
  return null;
}
