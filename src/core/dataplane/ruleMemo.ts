// Rule text is the same for every packet that takes the same rule, so it is written once per
// service port (and endpoint, entry address…) and then reused: building it per request — sha256
// chain names, Go-style %0.10f probabilities, long iptables lines — cost more than routing itself.
// A ServicePortProxy lives as long as its ClusterIndex (one cluster state), so the memo (kept on
// the view) dies with it and holds at most one string per (slot, key): bounded by the cluster's size.
import type { ServicePortProxy } from './proxyModel.ts';
import { computeProbability } from './ruleText.ts';

/** What a memo slot is keyed on inside one service port; the slot number says which rule. */
export const SLOT = {
  /** kube-proxy entry rule per mode × entry kind (4 kinds), keyed by destination IP. */
  entry: 0,
  /** DNAT rule per mode, keyed by endpoint. */
  dnat: 12,
  /** Affinity (recent/set check) rule per mode, keyed by endpoint (iptables/nftables only). */
  affinity: 15,
  /** iptables statistic rule, keyed by endpoint list, one string per index. */
  pickRule: 18,
  /** Endpoint choice hop text (iptables, nftables), keyed by endpoint list, one string per index. */
  pickDetail: 19,
  /** nftables numgen vmap per endpoint list. */
  numgen: 21,
  /** The affinity table key `spn/PROTO` (key null). */
  affinityKey: 22,
  /** kube-proxy entry hop text: ClusterIP (1 slot), then 2 per entry kind (any / local endpoints), keyed by destination IP. */
  entryDetail: 23,
  /** DNAT hop text (VIP port, node port), keyed by destination IP then endpoint. */
  dnatDetail: 32,
  size: 34,
} as const;

type Slots = (Map<unknown, string> | Map<unknown, string[]> | Map<unknown, Map<unknown, string>> | undefined)[];

/** The memo lives on the view itself: one property load, no side table to search per packet. */
function slots(sp: ServicePortProxy): Slots {
  sp.memo ??= new Array<undefined>(SLOT.size).fill(undefined);
  return sp.memo as Slots;
}

/** The string for (sp, slot, key), computed by `make` the first time. */
export function memo<K>(sp: ServicePortProxy, slot: number, key: K, make: () => string): string {
  const s = slots(sp);
  let m = s[slot] as Map<unknown, string> | undefined;
  if (!m) { m = new Map(); s[slot] = m; }
  let v = m.get(key);
  if (v === undefined) { v = make(); m.set(key, v); }
  return v;
}

/** The string for (sp, slot, key1, key2). */
export function memo2<K1, K2>(sp: ServicePortProxy, slot: number, key1: K1, key2: K2, make: () => string): string {
  const s = slots(sp);
  let m = s[slot] as Map<K1, Map<K2, string>> | undefined;
  if (!m) { m = new Map(); s[slot] = m as Map<unknown, Map<unknown, string>>; }
  let inner = m.get(key1);
  if (!inner) { inner = new Map(); m.set(key1, inner); }
  let v = inner.get(key2);
  if (v === undefined) { v = make(); inner.set(key2, v); }
  return v;
}

/** The i-th string for (sp, slot, key) — e.g. the rule of the i-th endpoint of a list. */
export function memoAt<K>(sp: ServicePortProxy, slot: number, key: K, i: number, make: () => string): string {
  const s = slots(sp);
  let m = s[slot] as Map<unknown, string[]> | undefined;
  if (!m) { m = new Map(); s[slot] = m; }
  let list = m.get(key);
  if (!list) { list = []; m.set(key, list); }
  let v = list[i];
  if (v === undefined) { v = make(); list[i] = v; }
  return v;
}

export const MODE_INDEX: Record<string, number> = { iptables: 0, nftables: 1, ipvs: 2 };

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
