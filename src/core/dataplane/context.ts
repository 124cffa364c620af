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
  /**
   * ingress-nginx round-robin positions (the last endpoint's), one per controller pod|backend: its
   * slot by key, and the positions side by side in one array (ingressProxy.ts), which a request
   * reads at its slot and which stays in cache (an object per position was a cold load each with
   * 10,000 Services).
   */
  ingressCursor: Map<string, number>;
  ingressLast: number[];
}

/** Where the packet is: the address it comes from (as the next hop sees it) and the node it is on. */
export interface Client {
  kind: 'pod' | 'node' | 'external';
  ip: string;
  /**
   * `ip` as an IPv4 number (null: not IPv4), when the client's source keeps it (source.ts): kube-proxy
   * reads it per packet (local traffic detector, hairpin), and the memo of parsed addresses is a
   * table that 10,000 Services' endpoints fill, a cold look-up per packet.
   */
  ipNum?: number | null;
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

/**
 * A result whose `entry` once held a number, kept as long as the module: V8 then tracks the
 * results' `entry` field as holding anything. A field that has only held objects of one shape (the
 * index's frozen entries) is tracked by that shape, and every store into it checks the stored
 * object's shape, a load of its header: with 10,000 Services the entries lie far from what a
 * request reads, and that check was a cold load per request (three quarters of sendOne's samples,
 * perf annotate). Kept alive because V8 holds the shape it leads to weakly (a full GC would drop it,
 * and the next result's store would make a tracked one again); its `time` a fraction as the
 * results' are, or their first fraction would replace every shape below `time` with new ones.
 */
const untrackedEntry = new ResultObject() as { time?: number; entry?: unknown };
untrackedEntry.time = 0.5;
untrackedEntry.entry = 0;
(ResultObject as unknown as { kept: object }).kept = untrackedEntry;

/**
 * conntrack restores, on the reply from `src`, what the client of connection `c` sent, reversed (none:
 * nothing was rewritten). `srcNum`: the IPv4 number of `src`'s address, -1 when not known (differs);
 * `srcOpened`: `src` is the very text `c` was opened to, so the two are not compared (Trace.answered).
 */
function conntrackUndo(c: Connection, src: string, srcNum: number, srcOpened = false): ReplyPacket | undefined {
  const s = !srcOpened && differs(src, srcNum, c.opened.dst, c.openedDstKey);
  const d = c.opened.src !== c.now.src;
  if (!s && !d) return undefined;
  const changed = s ? (d ? CHANGED_BOTH : CHANGED_SRC) : CHANGED_DST;
  return c.natNode
    ? { step: 'conntrack', node: c.natNode, src: c.opened.dst, dst: c.opened.src, changed }
    : { step: 'conntrack', src: c.opened.dst, dst: c.opened.src, changed };
}

/**
 * Whether two `ip:port` texts differ, by their addresses' IPv4 numbers when both are known (`aNum`
 * -1, `bKey` undefined: not known): different addresses are different texts, decided without
 * loading either string, else the texts are compared. A kube-proxy DNAT compares an endpoint's
 * `ip:port` (made with the cluster index, far from what the request reads) with the address the
 * client sent to, and conntrack the same on the reply: with 10,000 Services loading that string
 * was a cold load per request.
 */
function differs(a: string, aNum: number, b: string, bKey: number | undefined): boolean {
  return (aNum >= 0 && bKey !== undefined && (aNum | 0) !== bKey) || a !== b;
}

/**
 * An IPv4 number as a connection keeps it: signed 32 bits, so that an address from 128.0.0.0 up
 * stays a small integer inside the object rather than a number boxed apart (one allocation per
 * field per connection); undefined: not known.
 */
const ipKey = (num: number): number | undefined => (num >= 0 ? num | 0 : undefined);

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
  /** The IPv4 numbers of `opened.dst`'s and `now.dst`'s addresses (ipKey), for `differs`. */
  readonly openedDstKey: number | undefined;
  nowDstKey: number | undefined;
  constructor(opened: HopPacket, node: string | undefined, outer: Connection | undefined, dstNum: number) {
    this.opened = opened;
    this.now = opened;
    this.node = node;
    this.outer = outer;
    this.openedDstKey = this.nowDstKey = ipKey(dstNum);
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
  /**
   * The client opens a connection (or a proxy opens its own, to its upstream; `node`: where that
   * proxy runs; `dstNum`: the IPv4 number of `dst`'s address when the caller has it, else -1).
   */
  connect(src: string, dst: string, node?: string, dstNum = -1): void {
    const header: HopPacket = { src, dst };
    const outer = this.inner;
    this.inner = new Connection(header, node || undefined, outer, dstNum);
    // The client's own hop, added before the address was known (its DNS lookup), opens this connection.
    const first = this.hops[0];
    if (outer === undefined && first !== undefined && first.kind === 'client') first.packet = header;
  }
  /** Adds a hop; `change`: the header fields this hop rewrites (DNAT: dst, SNAT: src). */
  add(h: Hop, change?: { src?: string; dst?: string }): void {
    this.rewrite(h, change?.src, change?.dst);
  }
  /**
   * Adds a hop that rewrites the header's `src` and/or `dst` (undefined: kept), without a change
   * object per hop; `newDstNum`: the IPv4 number of `newDst`'s address when the caller has it, else -1.
   */
  rewrite(h: Hop, newSrc: string | undefined, newDst: string | undefined, newDstNum = -1): void {
    const c = this.inner;
    if (c !== undefined) {
      const now = c.now;
      const src = newSrc ?? now.src;
      const dst = newDst ?? now.dst;
      const s = src !== now.src;
      const d = newDst !== undefined && differs(newDst, newDstNum, now.dst, c.nowDstKey);
      if (d) c.nowDstKey = ipKey(newDstNum);
      if (s || d) {
        c.now = { src, dst };
        if (h.node && !c.natNode) c.natNode = h.node;
        h.packet = { src, dst, changed: s ? (d ? CHANGED_BOTH : CHANGED_SRC) : CHANGED_DST };
      } else h.packet = now;
    }
    this.hops.push(h);
  }
  /**
   * A pod answered from `from` (IP:port): the reply's headers back to the client, connection by
   * connection (`fromNum`: the IPv4 number of `from`'s address when the caller has it, else -1;
   * `fromOpened`: `from` is the very string the innermost connection was opened to, as a proxy's own
   * connection to its endpoint is, so conntrack finds nothing to undo there without comparing the
   * texts: comparing loads the string, made with the cluster index and with 10,000 Services cold).
   */
  answered(from: string, node?: string, fromNum = -1, fromOpened = false): void {
    const c = this.inner;
    // One connection (no proxy in the path): one or two headers, in an array of their size (an empty
    // array's first push gives it room for 16).
    if (c !== undefined && c.outer === undefined) {
      const back: ReplyPacket = node
        ? { step: 'pod', node, src: from, dst: c.now.src }
        : { step: 'pod', src: from, dst: c.now.src };
      const undo = conntrackUndo(c, from, fromNum, fromOpened);
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
      const inner = c === this.inner;
      const undo = conntrackUndo(c, src, inner ? fromNum : -1, inner && fromOpened);
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
