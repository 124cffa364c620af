// Rule text is the same for every packet that takes the same rule, so it is written once and then
// reused: building it per request — sha256 chain names, Go-style %0.10f probabilities, long
// iptables lines — cost more than routing itself. The ClusterIP's and each endpoint's texts are
// written at sync (proxySync.ts); this memo keeps those of the addresses sync did not write
// (externalIPs, LB IPs, node ports), keyed by the address, the first time a packet takes them.
// A ServicePortProxy lives as long as its ClusterIndex (one cluster state), so the memo (kept on
// the view) dies with it and holds at most one string per (slot, key): bounded by the cluster's size.
import type { ServicePortProxy } from './proxyModel.ts';
import { computeProbability } from './ruleText.ts';
import { flat } from './flatString.ts';

/**
 * The view's own slots, keyed by a value (a destination IP), and how many each takes: per external
 * entry kind (node port first, then externalIP, load-balancer IP) its entry rule in iptables and in
 * nftables (IPVS's names the scheduler, a setting: not kept), its hop text (any / local endpoints)
 * and the address `ip:port` it was sent to. One kind's slots lie together, so a packet's texts share
 * a cache line or two of the memo (with 10,000 Services the memo is cold: each line costs a load).
 */
const SLOT_COUNTS = {
  /** Per external entry kind: rule (2), hop text (2), address (1), as EXTERNAL_SLOT indexes them. */
  external: 15,
};
/** The slots of one external entry kind, from SLOT.external + kind × EXTERNAL_SLOT.size. */
export const EXTERNAL_SLOT = { iptablesRule: 0, nftablesRule: 1, detailAny: 2, detailLocal: 3, address: 4, size: 5 };

/** The first slot of each rule, laid out in the order above; `size` is the slots a view holds. */
export const SLOT = layout(SLOT_COUNTS);
/**
 * The places of an endpoint record's keyed texts (proxySync.ts EndpointRules.keyed): the DNAT hop
 * for a VIP port (externalIP, load-balancer IP) and for a node port, 3 places each.
 */
export const KEYED_SIZE = 6;

function layout<K extends string>(counts: Record<K, number>): Record<K | 'size', number> {
  const out = {} as Record<K | 'size', number>;
  let next = 0;
  for (const k of Object.keys(counts) as K[]) {
    out[k] = next;
    next += counts[k];
  }
  out.size = next;
  return out;
}

/**
 * The view's memo, one flat array: per view slot three places — the first key's string, that key,
 * and a Map for any other key (nearly every view sees one key only: its ClusterIP, its node's IP;
 * a Map per slot per view ×10,000 Services was most of the memo's memory, and a small object per
 * slot a cold load per packet).
 */
type Memo = unknown[];

function slots(sp: ServicePortProxy): Memo {
  if (sp.memo === undefined) sp.memo = new Array<undefined>(SLOT.size * 3).fill(undefined);
  return sp.memo;
}

/** The string for (sp, slot, key), computed by `make` the first time. */
export function memo<K>(sp: ServicePortProxy, slot: number, key: K, make: () => string): string {
  return memoKeyed(slots(sp), slot * 3, key, make);
}

/** A keyed slot at `at` of `s`: the first key's string, that key, then a Map for any other key. */
export function memoKeyed(s: unknown[], at: number, key: unknown, make: () => string): string {
  const v = s[at] as string | undefined;
  if (v !== undefined && s[at + 1] === key) return v; // the common case
  if (v === undefined) {
    const value = flat(make());
    s[at] = value;
    s[at + 1] = key;
    return value;
  }
  const others = (s[at + 2] ??= new Map<unknown, string>()) as Map<unknown, string>;
  let o = others.get(key);
  if (o === undefined) {
    o = flat(make());
    others.set(key, o);
  }
  return o;
}

const thresholdCache = new Map<number, number[]>();
/**
 * The integer thresholds xt_statistic compares (prandom_u32() & 0x7FFFFFFF) against for the n-1
 * statistic rules of an n-endpoint chain: lround(0x80000000 * p) with p parsed back from the
 * %0.10f text kube-proxy wrote (libxt_statistic.c parse; proxier.go computeProbability).
 */
export function statisticThresholds(n: number): number[] {
  let t = thresholdCache.get(n);
  if (!t) {
    t = [];
    for (let i = 0; i < n - 1; i++) t.push(Math.round(0x80000000 * Number(computeProbability(n - i))));
    if (thresholdCache.size > 10_000) thresholdCache.clear();
    thresholdCache.set(n, t);
  }
  return t;
}
