// Shared state of one dataplane (index, rng, affinity, round-robin cursors) and the trace a
// request builds as it travels.
import type { ClusterIndex } from './clusterIndex.ts';
import type { ProxyContext } from './kubeProxy.ts';
import type { Hop, HopAt, Outcome, RequestResult } from './types.ts';
import type { NameResolver } from './dnsStep.ts';
import type { Rng } from '../random/rng.ts';
import { sayEnglish, type Said } from './said.ts';

export interface DataplaneContext {
  index: ClusterIndex;
  proxy: ProxyContext;
  rng: Rng;
  resolve: NameResolver;
  /** ingress-nginx round-robin position per controller pod|backend. */
  ingressCursor: Map<string, number>;
}

/** Where the packet is: the address it comes from (as the next hop sees it) and the node it is on. */
export interface Client {
  kind: 'pod' | 'node' | 'external';
  ip: string;
  node?: string;
  namespace?: string;
  name: string;
}

export class Trace {
  readonly hops: Hop[] = [];
  result: Partial<RequestResult> = {};
  add(h: Hop): void {
    this.hops.push(h);
  }
  finish(index: number, time: number, outcome: Outcome, why?: Said, at?: HopAt): RequestResult {
    const reason = why === undefined ? undefined : sayEnglish(why);
    if (why !== undefined && reason !== undefined && outcome !== 'ok') {
      const last = this.hops[this.hops.length - 1];
      if (
        !last ||
        (last.kind !== 'drop' &&
          last.kind !== 'reject' &&
          last.kind !== 'external' &&
          last.kind !== 'pod' &&
          last.kind !== 'dns' &&
          last.kind !== 'ingress')
      ) {
        this.hops.push({
          kind: outcome === 'timeout' ? 'drop' : 'reject',
          detail: reason,
          say: why,
          ...(at ? { at } : {}),
        });
      } else if (at && !last.at) last.at = at;
    }
    return {
      index,
      time,
      outcome,
      ...this.result,
      ...(why !== undefined ? { reason: reason!, why } : {}),
      hops: this.hops,
    };
  }
}
