// Rule text is the same for every packet that takes the same rule, so it is written once per
// service port (and endpoint, entry address…) and then reused: building it per request — sha256
// chain names, Go-style %0.10f probabilities, long iptables lines — cost more than routing itself.
// A ServicePortProxy lives as long as its ClusterIndex (one cluster state), so the memo (kept on
// the view) dies with it and holds at most one string per (slot, key): bounded by the cluster's size.
import type { ServicePortProxy } from './proxyModel.ts';
import { computeProbability } from './ruleText.ts';
import { flat } from './flatString.ts';

/**
 * What a memo slot is keyed on inside one service port, and how many slots each rule takes (one per
 * proxy mode, entry kind… as proxyRules.ts indexes them). "Keyed by endpoint" means by (list,
 * position): list 0 = clusterEndpoints (KUBE-SVC), 1 = localEndpoints (KUBE-SVL) — the data path
 * always knows both, and a flat array indexed by position costs one load where a Map keyed by
 * endpoint object cost a hash probe into yet another small table.
 */
const SLOT_COUNTS = {
  /** kube-proxy entry rule per mode (3) × entry kind (4), keyed by destination IP. */
  entry: 12,
  /** DNAT rule per mode, keyed by endpoint. */
  dnat: 3,
  /** Affinity (recent/set check) rule per mode, keyed by endpoint (iptables/nftables only). */
  affinity: 3,
  /** iptables statistic rule, keyed by endpoint. */
  pickRule: 1,
  /** Endpoint choice hop text (iptables, nftables), keyed by endpoint. */
  pickDetail: 2,
  /** nftables numgen vmap per endpoint list (position 0). */
  numgen: 1,
  /** The affinity table key `spn/PROTO` (key null). */
  affinityKey: 1,
  /** kube-proxy entry hop text: ClusterIP (1 slot), then 2 per entry kind (any / local endpoints), keyed by destination IP. */
  entryDetail: 9,
  /** DNAT hop text (VIP port, node port), keyed by destination IP then endpoint. */
  dnatDetail: 2,
};

/** The first slot of each rule, laid out in the order above; `size` is the slots a view holds. */
export const SLOT = layout(SLOT_COUNTS);

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

/** Which endpoint list of a view: 0 = clusterEndpoints, 1 = localEndpoints. */
export type ListIndex = 0 | 1;

type ByList = [(string | undefined)[], (string | undefined)[]];

/**
 * A slot keyed by a value (a destination IP, mostly): nearly every view sees one key only (its
 * ClusterIP, its node's IP), so the first key is kept inline and a Map is made only for a second
 * one — one small Map per slot per view (×10,000 Services) was most of the memo's memory.
 */
interface Keyed<V> {
  key: unknown;
  value: V;
  others: Map<unknown, V> | undefined;
}

type Slots = (Keyed<string> | Keyed<ByList> | ByList | undefined)[];

function keyed<V>(s: Slots, slot: number, key: unknown, make: () => V): V {
  const e = s[slot] as Keyed<V> | undefined;
  if (!e) {
    const value = make();
    (s as (Keyed<V> | undefined)[])[slot] = { key, value, others: undefined };
    return value;
  }
  if (e.key === key) return e.value;
  e.others ??= new Map();
  let v = e.others.get(key);
  if (v === undefined) {
    v = make();
    e.others.set(key, v);
  }
  return v;
}

/** The memo lives on the view itself: one property load, no side table to search per packet. */
function slots(sp: ServicePortProxy): Slots {
  sp.memo ??= new Array<undefined>(SLOT.size).fill(undefined);
  return sp.memo as Slots;
}

/** The string for (sp, slot, key), computed by `make` the first time. */
export function memo<K>(sp: ServicePortProxy, slot: number, key: K, make: () => string): string {
  const s = slots(sp);
  const e = s[slot] as Keyed<string> | undefined;
  if (e !== undefined && e.key === key) return e.value; // the common case, without a closure
  return keyed(s, slot, key, () => flat(make()));
}

/** The string for (sp, slot, endpoint at position i of list `list`). */
export function memoEp(sp: ServicePortProxy, slot: number, list: ListIndex, i: number, make: () => string): string {
  const s = slots(sp);
  let b = s[slot] as ByList | undefined;
  if (!b) {
    b = [[], []];
    s[slot] = b;
  }
  const arr = b[list];
  let v = arr[i];
  if (v === undefined) {
    v = flat(make());
    arr[i] = v;
  }
  return v;
}

/** The string for (sp, slot, key, endpoint at position i of list `list`). */
export function memoKeyEp<K>(
  sp: ServicePortProxy,
  slot: number,
  key: K,
  list: ListIndex,
  i: number,
  make: () => string,
): string {
  const s = slots(sp);
  const e = s[slot] as Keyed<ByList> | undefined;
  const b = e !== undefined && e.key === key ? e.value : keyed<ByList>(s, slot, key, () => [[], []]);
  const arr = b[list];
  let v = arr[i];
  if (v === undefined) {
    v = flat(make());
    arr[i] = v;
  }
  return v;
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
