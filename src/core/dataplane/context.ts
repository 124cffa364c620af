// Shared state of one dataplane (index, rng, affinity, round-robin cursors) and the trace a
// request builds as it travels.
import type { ClusterIndex } from './clusterIndex.ts';
import type { ProxyContext } from './kubeProxy.ts';
import type { Hop, HopAt, HopPacket, Outcome, ReplyPacket, RequestResult } from './types.ts';
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

/** One connection's addresses: as the client opened it, and as its packet is now (after any DNAT/SNAT). */
interface Connection {
  node?: string;
  opened: { src: string; dst: string };
  now: { src: string; dst: string };
  /** The node whose conntrack holds the NAT (where the rewriting hop ran): it undoes it on the reply. */
  natNode?: string;
}

/**
 * The hops of one request, and the header of its packet as it travels: the data path says where a
 * connection opens (`connect`) and what each rewriting hop changes (`add(hop, change)`); every hop
 * then carries the header it leaves with, and a pod's answer gets its way back (`answered`) — the
 * reply is un-NATed by conntrack to the reverse of what the client sent (netfilter's NAT is undone
 * on the reply direction of the same conntrack entry: https://www.netfilter.org/documentation/HOWTO/NAT-HOWTO-2.html).
 */
export class Trace {
  readonly hops: Hop[] = [];
  result: Partial<RequestResult> = {};
  /** Open connections, outermost (the client's) first; a proxy in the path opens the next one. */
  private readonly connections: Connection[] = [];
  /** The client opens a connection (or a proxy opens its own, to its upstream; `node`: where that proxy runs). */
  connect(src: string, dst: string, node?: string): void {
    this.connections.push({ ...(node ? { node } : {}), opened: { src, dst }, now: { src, dst } });
    // The client's own hop, added before the address was known (its DNS lookup), opens this connection.
    const first = this.hops[0];
    if (this.connections.length === 1 && first?.kind === 'client') first.packet = { src, dst };
  }
  /** Adds a hop; `change`: the header fields this hop rewrites (DNAT: dst, SNAT: src). */
  add(h: Hop, change?: { src?: string; dst?: string }): void {
    const c = this.connections[this.connections.length - 1];
    if (c) {
      let changed: HopPacket['changed'];
      if (change) {
        const fields: ('src' | 'dst')[] = [];
        if (change.src !== undefined && change.src !== c.now.src) fields.push('src');
        if (change.dst !== undefined && change.dst !== c.now.dst) fields.push('dst');
        c.now = { src: change.src ?? c.now.src, dst: change.dst ?? c.now.dst };
        if (fields.length) changed = fields;
        if (fields.length && h.node && !c.natNode) c.natNode = h.node;
      }
      h.packet = changed ? { src: c.now.src, dst: c.now.dst, changed } : { src: c.now.src, dst: c.now.dst };
    }
    this.hops.push(h);
  }
  /** A pod answered from `from` (IP:port): the reply's headers back to the client, connection by connection. */
  answered(from: string, node?: string): void {
    const reply: ReplyPacket[] = [];
    for (let i = this.connections.length - 1; i >= 0; i--) {
      const c = this.connections[i]!;
      const inner = i === this.connections.length - 1;
      // The pod answers on the innermost connection; each proxy then answers its own client.
      const src = inner ? from : c.now.dst;
      const at = inner ? node : this.connections[i + 1]!.node;
      reply.push({ step: inner ? 'pod' : 'proxy', ...(at ? { node: at } : {}), src, dst: c.now.src });
      // conntrack restores what the client of this connection sent, reversed.
      const changed: ('src' | 'dst')[] = [];
      if (c.opened.dst !== src) changed.push('src');
      if (c.opened.src !== c.now.src) changed.push('dst');
      if (changed.length)
        reply.push({
          step: 'conntrack',
          ...(c.natNode ? { node: c.natNode } : {}),
          src: c.opened.dst,
          dst: c.opened.src,
          changed,
        });
    }
    this.result.reply = reply;
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
