// ClientIP session affinity as the kernel keeps it on each node.
// iptables: one xt_recent list per KUBE-SEP chain (so per node, per service port, per endpoint),
// keyed on the pre-SNAT source IP; `--rcheck --seconds T --reap` only reads, `--set` in the SEP
// chain restamps — so the timer restarts at every NEW connection that lands on the endpoint
// (linux net/netfilter/xt_recent.c recent_mt; kube-proxy.md §3). A list holds at most
// ip_list_tot = 100 addresses; the oldest is evicted (xt_recent.c recent_entry_init).
// nftables: per-endpoint timeout sets updated the same way. IPVS: one persistence template per
// client per virtual server (ipvs/proxier.go FlagPersistent), so ClusterIP and NodePort pin separately.

export const XT_RECENT_IP_LIST_TOT = 100;

export interface AffinityRecord {
  node: string;
  /** Service port key (spn/PROTO), or the IPVS virtual server `vip:port/PROTO`. */
  key: string;
  spn: string;
  endpoint: string;
  clientIP: string;
  lastSeen: number;
  timeout: number;
}

export interface AffinityStore {
  /** The first endpoint (in the order given, i.e. rule order) whose list holds a fresh entry for the client. */
  check(node: string, key: string, endpoints: readonly string[], clientIP: string, time: number, timeout: number): string | null;
  set(rec: Omit<AffinityRecord, 'lastSeen'>, time: number, exclusive: boolean): void;
  /** Forget lists of endpoints whose SEP chains are gone on that node. */
  retain(node: string, key: string, endpoints: ReadonlySet<string>): void;
  entries(time: number): AffinityRecord[];
  prune(time: number): void;
}

/** A record plus its --set order (xt_recent keeps each list in last-set order; the oldest is evicted). */
interface Slot extends AffinityRecord {
  stamp: number;
}

/** The lists of one node × service port (or IPVS virtual server). */
interface Bucket {
  /** Creation order, so entries() lists buckets in the order they first appeared. */
  seq: number;
  /** endpoint → clientIP → record: the xt_recent lists. Records are re-stamped in place (no Map churn). */
  byEp: Map<string, Map<string, Slot>>;
  /** clientIP → its records (usually one), so a check costs O(1) in endpoints. */
  byClient: Map<string, Slot[]>;
}

export function createAffinityStore(): AffinityStore {
  // node → key → bucket
  const nodes = new Map<string, Map<string, Bucket>>();
  let seq = 0;
  // Global --set counter: a list's age order is its records' stamp order.
  let stamp = 0;
  const fresh = (r: AffinityRecord, time: number) => time - r.lastSeen < r.timeout;
  const bucketOf = (node: string, key: string): Bucket | undefined => nodes.get(node)?.get(key);
  const forget = (b: Bucket, ep: string, clientIP: string) => {
    b.byEp.get(ep)?.delete(clientIP);
    const mine = b.byClient.get(clientIP);
    if (!mine) return;
    const i = mine.findIndex((r) => r.endpoint === ep);
    if (i >= 0) mine.splice(i, 1);
    if (mine.length === 0) b.byClient.delete(clientIP);
  };
  return {
    check(node, key, endpoints, clientIP, time, timeout) {
      const b = bucketOf(node, key);
      const mine = b?.byClient.get(clientIP);
      if (!b || !mine) return null;
      // Rules are walked in endpoint order; only lists holding this client can match.
      if (mine.length === 1) {
        const r = mine[0]!;
        if (!endpoints.includes(r.endpoint)) return null;
        // --reap: entries older than --seconds are removed while checking.
        if (time - r.lastSeen >= timeout) { forget(b, r.endpoint, clientIP); return null; }
        return r.endpoint;
      }
      for (const ep of endpoints) {
        const r = mine.find((x) => x.endpoint === ep);
        if (!r) continue;
        if (time - r.lastSeen >= timeout) { forget(b, ep, clientIP); continue; }
        return ep;
      }
      return null;
    },
    set(rec, time, exclusive) {
      let byKey = nodes.get(rec.node);
      if (!byKey) { byKey = new Map(); nodes.set(rec.node, byKey); }
      let b = byKey.get(rec.key);
      if (!b) { b = { seq: seq++, byEp: new Map(), byClient: new Map() }; byKey.set(rec.key, b); }
      let mine = b.byClient.get(rec.clientIP);
      if (exclusive && mine && (mine.length > 1 || mine[0]!.endpoint !== rec.endpoint)) {
        for (const r of [...mine]) if (r.endpoint !== rec.endpoint) forget(b, r.endpoint, rec.clientIP);
        mine = b.byClient.get(rec.clientIP);
      }
      // --set re-stamps the entry and makes it the newest of its list.
      const old = mine?.find((r) => r.endpoint === rec.endpoint);
      if (old) {
        old.lastSeen = time; old.timeout = rec.timeout; old.spn = rec.spn; old.stamp = stamp++;
        return;
      }
      let list = b.byEp.get(rec.endpoint);
      if (!list) { list = new Map(); b.byEp.set(rec.endpoint, list); }
      const r: Slot = { node: rec.node, key: rec.key, spn: rec.spn, endpoint: rec.endpoint, clientIP: rec.clientIP, timeout: rec.timeout, lastSeen: time, stamp: stamp++ };
      list.set(rec.clientIP, r);
      if (mine) mine.push(r); else b.byClient.set(rec.clientIP, [r]);
      if (list.size > XT_RECENT_IP_LIST_TOT) forget(b, rec.endpoint, oldest(list).clientIP);
    },
    retain(node, key, endpoints) {
      const b = bucketOf(node, key);
      if (!b) return;
      for (const [ep, list] of [...b.byEp]) {
        if (endpoints.has(ep)) continue;
        for (const c of [...list.keys()]) forget(b, ep, c);
        b.byEp.delete(ep);
      }
    },
    entries(time) {
      const out: AffinityRecord[] = [];
      for (const b of buckets()) {
        for (const list of b.byEp.values()) {
          const live: Slot[] = [];
          for (const r of list.values()) if (fresh(r, time)) live.push(r);
          live.sort((x, y) => x.stamp - y.stamp);
          for (const r of live) out.push(publicRecord(r));
        }
      }
      return out;
    },
    prune(time) {
      for (const [node, byKey] of nodes) {
        for (const [k, b] of byKey) {
          for (const [ep, list] of [...b.byEp]) {
            for (const [c, r] of [...list]) if (!fresh(r, time)) forget(b, ep, c);
            if (list.size === 0) b.byEp.delete(ep);
          }
          if (b.byEp.size === 0) byKey.delete(k);
        }
        if (byKey.size === 0) nodes.delete(node);
      }
    },
  };

  function buckets(): Bucket[] {
    const all: Bucket[] = [];
    for (const byKey of nodes.values()) for (const b of byKey.values()) all.push(b);
    return all.sort((x, y) => x.seq - y.seq);
  }
}

/** The least recently set record of a full list (only on overflow, so a scan of 101 is fine). */
function oldest(list: Map<string, Slot>): Slot {
  let min: Slot | undefined;
  for (const r of list.values()) if (!min || r.stamp < min.stamp) min = r;
  return min!;
}

/** A snapshot without the internal stamp (records are mutated in place on --set). */
function publicRecord(r: Slot): AffinityRecord {
  return { node: r.node, key: r.key, spn: r.spn, endpoint: r.endpoint, clientIP: r.clientIP, lastSeen: r.lastSeen, timeout: r.timeout };
}
