// CONTRACT (implemented by the api/ work): the allocators the API server uses for Services.
// See shared/docs/kubernetes-api.md §4 for the exact behaviour (static/dynamic bands, errors).
import type { ClusterSettings } from '../scenario/settings.ts';
import type { Rng } from '../sim/rng.ts';

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

export declare function createAllocators(settings: ClusterSettings, rng: Rng): Allocators;
