// The simulated data path's public door: createDataplane(state, rng).send(request) routes one
// new connection the way a real cluster would and explains every hop (dataplane.ts), asking the
// cluster DNS of the controllers for names (clusterDns.ts).
import type { ClusterState } from '../model/clusterState.ts';
import type { Rng } from '../random/rng.ts';
import type { NameResolver } from './dnsStep.ts';
import { createDataplaneWith, type Dataplane } from './dataplane.ts';
import { clusterResolver } from './clusterDns.ts';

export type * from './types.ts';
export type { Dataplane } from './dataplane.ts';
export type { NameResolver, DnsAnswer } from './dnsStep.ts';

export interface DataplaneOptions {
  /** Replace the cluster DNS (tests of name handling). */
  resolve?: NameResolver;
}

export function createDataplane(state: ClusterState, rng: Rng, options: DataplaneOptions = {}): Dataplane {
  return createDataplaneWith(state, rng, options.resolve ?? clusterResolver);
}
