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
  /** ingress-nginx round-robin position (the last endpoint's) per controller pod|backend. */
  ingressCursor: Map<string, { last: number }>;
}

/** Where the packet is: the address it comes from (as the next hop sees it) and the node it is on. */
export interface Client {
  kind: 'pod' | 'node' | 'external';
  ip: string;
  node?: string;
  namespace?: string;
  name: string;
}

/** Which header fields a hop (or conntrack, on the reply) rewrote: one shared, frozen list per case. */
const CHANGED_SRC: readonly ('src' | 'dst')[] = Object.freeze(['src']);
const CHANGED_DST: readonly ('src' | 'dst')[] = Object.freeze(['dst']);
const CHANGED_BOTH: readonly ('src' | 'dst')[] = Object.freeze(['src', 'dst']);

/**
 * The result a trace completes, made by a constructor rather than as a literal: V8 leaves room in
 * the objects a constructor makes for the properties added after it (in-object slack tracking),
 * where a literal's later properties go to a store of their own that grows three at a time (~360
 * bytes a request against ~150). Its prototype is Object.prototype: to every reader a plain object.
 */
const ResultObject = function (this: Partial<RequestResult>) {
  this.index = 0;
  this.time = 0;
  this.outcome = 'ok';
} as unknown as new () => Partial<RequestResult>;
ResultObject.prototype = Object.prototype;

/** conntrack restores, on the reply from `src`, what the client of connection `c` sent, reversed (none: nothing was rewritten). */
function conntrackUndo(c: Connection, src: string): ReplyPacket | undefined {
  const s = c.opened.dst !== src;
  const d = c.opened.src !== c.now.src;
  if (!s && !d) return undefined;
  const changed = s ? (d ? CHANGED_BOTH : CHANGED_SRC) : CHANGED_DST;
  return c.natNode
    ? { step: 'conntrack', node: c.natNode, src: c.opened.dst, dst: c.opened.src, changed }
    : { step: 'conntrack', src: c.opened.dst, dst: c.opened.src, changed };
}

/**
 * One connection's addresses: as the client opened it, and as its packet is now (after any
 * DNAT/SNAT). A header is never changed in place: `now` starts as the `opened` object and is
 * replaced at each rewrite, so every hop that rewrites nothing carries the same object — per
 * request the headers cost one object per connection and two per rewrite, not one per hop.
 * A class, so every connection has one shape.
 */
class Connection {
  readonly opened: HopPacket;
  now: HopPacket;
  /** Where the proxy that opened it runs (none for the client's own connection). */
  readonly node: string | undefined;
  /** The node whose conntrack holds the NAT (where the rewriting hop ran): it undoes it on the reply. */
  natNode: string | undefined = undefined;
  /** The connection whose proxy opened this one (none for the client's own). */
  readonly outer: Connection | undefined;
  constructor(opened: HopPacket, node: string | undefined, outer: Connection | undefined) {
    this.opened = opened;
    this.now = opened;
    this.node = node;
    this.outer = outer;
  }
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
  /**
   * What the data path learns about the answer; `finish` completes it into the RequestResult itself
   * (a spread of it into a new object cost ~5% of a request). It starts with the keys `finish`
   * fills, so the result's keys keep their order: index, time, outcome, what the path set, reason, why, hops.
   */
  result: Partial<RequestResult> = new ResultObject();
  /** The innermost open connection; the client's is the outermost (a proxy in the path opens the next one). */
  private inner: Connection | undefined = undefined;
  /** The client opens a connection (or a proxy opens its own, to its upstream; `node`: where that proxy runs). */
  connect(src: string, dst: string, node?: string): void {
    const header: HopPacket = { src, dst };
    const outer = this.inner;
    this.inner = new Connection(header, node || undefined, outer);
    // The client's own hop, added before the address was known (its DNS lookup), opens this connection.
    const first = this.hops[0];
    if (outer === undefined && first !== undefined && first.kind === 'client') first.packet = header;
  }
  /** Adds a hop; `change`: the header fields this hop rewrites (DNAT: dst, SNAT: src). */
  add(h: Hop, change?: { src?: string; dst?: string }): void {
    this.rewrite(h, change?.src, change?.dst);
  }
  /** Adds a hop that rewrites the header's `src` and/or `dst` (undefined: kept), without a change object per hop. */
  rewrite(h: Hop, newSrc: string | undefined, newDst: string | undefined): void {
    const c = this.inner;
    if (c !== undefined) {
      const now = c.now;
      const src = newSrc ?? now.src;
      const dst = newDst ?? now.dst;
      const s = src !== now.src;
      const d = dst !== now.dst;
      if (s || d) {
        c.now = { src, dst };
        if (h.node && !c.natNode) c.natNode = h.node;
        h.packet = { src, dst, changed: s ? (d ? CHANGED_BOTH : CHANGED_SRC) : CHANGED_DST };
      } else h.packet = now;
    }
    this.hops.push(h);
  }
  /** A pod answered from `from` (IP:port): the reply's headers back to the client, connection by connection. */
  answered(from: string, node?: string): void {
    const c = this.inner;
    // One connection (no proxy in the path): one or two headers, in an array of their size (an empty
    // array's first push gives it room for 16).
    if (c !== undefined && c.outer === undefined) {
      const back: ReplyPacket = node
        ? { step: 'pod', node, src: from, dst: c.now.src }
        : { step: 'pod', src: from, dst: c.now.src };
      const undo = conntrackUndo(c, from);
      this.result.reply = undo ? [back, undo] : [back];
      return;
    }
    const reply: ReplyPacket[] = [];
    // The pod answers on the innermost connection; each proxy then answers its own client.
    let src = from;
    let at = node;
    let step: ReplyPacket['step'] = 'pod';
    for (let c = this.inner; c !== undefined; c = c.outer) {
      reply.push(at ? { step, node: at, src, dst: c.now.src } : { step, src, dst: c.now.src });
      const undo = conntrackUndo(c, src);
      if (undo) reply.push(undo);
      // The proxy that opened this connection answers its own client from the address that client reached.
      step = 'proxy';
      at = c.node;
      src = c.outer?.now.dst ?? '';
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
    const r = this.result as RequestResult;
    r.index = index;
    r.time = time;
    r.outcome = outcome;
    if (why !== undefined) {
      r.reason = reason!;
      r.why = why;
    }
    r.hops = this.hops;
    return r;
  }
}
