// The bitmap allocator behind both Service allocators, with the static/dynamic split of KEP-3070
// (ClusterIPs) and KEP-3668 (NodePorts): random allocation scans the upper band from a random
// start with wrap-around, and only when that band is full the lower (static) band
// (k8s.io/kubernetes pkg/registry/core/service/allocator/bitmap.go randomScanStrategyWithOffset).
import type { Rng } from '../random/rng.ts';

export interface RangeAllocator {
  /** Marks index as used; false if it already was. */
  take(index: number): boolean;
  /** A free index (upper band first), or null when full. */
  next(): number | null;
  release(index: number): void;
  has(index: number): boolean;
}

export function createRangeAllocator(max: number, offset: number, rng: Rng): RangeAllocator {
  const used = new Set<number>();
  const scan = (from: number, size: number): number | null => {
    if (size <= 0) return null;
    const start = rng.int(size);
    for (let i = 0; i < size; i++) {
      const at = from + ((start + i) % size);
      if (!used.has(at)) return at;
    }
    return null;
  };
  return {
    take(index) {
      if (used.has(index)) return false;
      used.add(index);
      return true;
    },
    next() {
      if (used.size >= max) return null;
      const at = scan(offset, max - offset) ?? scan(0, offset);
      if (at !== null) used.add(at);
      return at;
    },
    release(index) {
      used.delete(index);
    },
    has(index) {
      return used.has(index);
    },
  };
}

/** ipallocator calculateRangeOffset: min(max(16, size/16), 256); 0 for ranges of 16 or fewer addresses. */
export function clusterIPRangeOffset(cidrSize: number): number {
  if (cidrSize <= 16) return 0;
  return Math.min(Math.max(16, Math.floor(cidrSize / 16)), 256);
}

/** portallocator calculateRangeOffset: min(max(16, size/32), 128); 0 for ranges of 16 or fewer ports. */
export function nodePortRangeOffset(size: number): number {
  if (size <= 16) return 0;
  return Math.min(Math.max(16, Math.floor(size / 32)), 128);
}
