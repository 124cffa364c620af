// ClientIP session affinity as the kernel keeps it on each node.
// iptables: one xt_recent list per KUBE-SEP chain (so per node, per service port, per endpoint),
// keyed on the pre-SNAT source IP; `--rcheck --seconds T --reap` only reads, `--set` in the SEP
// chain restamps — so the timer restarts at every NEW connection that lands on the endpoint
// (linux net/netfilter/xt_recent.c recent_mt; docs/kube-proxy.md §4). A list holds at most
// ip_list_tot = 100 addresses; the oldest is evicted (xt_recent.c recent_entry_init).
// nftables: per-endpoint timeout sets updated the same way. IPVS: one persistence template per
// client per virtual server (ipvs/proxier.go FlagPersistent), so ClusterIP and NodePort pin separately.
import { HeadIndex } from './affinityHeads.ts';

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

/**
 * Where a caller keeps the store's bucket of the one (node, key) it asks about with it (a kube-proxy
 * view in iptables or nftables mode: one node, one service port's table), so a check or --set
 * reaches it without the two maps by node and by key: with 10,000 Services the map by key was a cold
 * look-up per sticky request. The bucket's number is kept beside it, so a check that finds its
 * client's entry through the store's index never loads the bucket, nor compares the node's and the
 * key's texts (each a cold load). Opaque to the caller, who passes the same node and key with it
 * every time.
 */
export interface AffinityHolder {
  affinityBucket: unknown;
  affinityId: number;
}

export interface AffinityStore {
  /** The first endpoint (in the order given, i.e. rule order) whose list holds a fresh entry for the client. */
  check(
    node: string,
    key: string,
    endpoints: readonly string[],
    clientIP: string,
    time: number,
    timeout: number,
  ): string | null;
  /**
   * check over a rule list (each rule with its endpoint), answered as the position in it (-1: none).
   * A client whose only entry was --set from this very list (`set`'s `at` and `from`) is found at
   * that position by identity, without reading the list: with 10,000 Services its elements were cold
   * loads per sticky request. The endpoints of a list are distinct (collectEndpoints merges
   * duplicates) and a list is never changed once made, so the position is the one check's answer has.
   * `clientNum`: the client's address as an IPv4 number (null: not IPv4), which the store's index
   * hashes instead of the text; a caller passes it for a client every time or never.
   */
  checkAt(
    node: string,
    key: string,
    rules: readonly { endpoint: string }[],
    clientIP: string,
    time: number,
    timeout: number,
    holder?: AffinityHolder,
    clientNum?: number | null,
  ): number;
  /** `at`: the endpoint's position in the rule list `from` the caller picked it from (checkAt), if any. */
  set(
    rec: Omit<AffinityRecord, 'lastSeen'> & { at?: number; from?: readonly unknown[]; clientNum?: number | null },
    time: number,
    exclusive: boolean,
    holder?: AffinityHolder,
  ): void;
  /** Forget lists of endpoints whose SEP chains are gone on that node. */
  retain(node: string, key: string, endpoints: ReadonlySet<string>): void;
  entries(time: number): AffinityRecord[];
  prune(time: number): void;
}

/**
 * One entry of one list: the client, the endpoint and its --set order (the list's age order). What a
 * sticky request reads comes first (a check finds it by bucket and client, then reads the rest up to
 * lastSeen): an object's fields lie in the order it was built, and with 10,000 Services it is cold.
 */
interface Slot {
  /** Its bucket's number (Bucket.seq), compared where loading the bucket would be a cold load. */
  seq: number;
  clientIP: string;
  /** The same client's entry in another endpoint's list of this bucket (rare: iptables keeps one per SEP chain). */
  next: Slot | null;
  /** That rule list (null: not given), compared by identity. */
  from: readonly unknown[] | null;
  /** The endpoint's position in the rule list it was --set from (checkAt); -1: not given. */
  at: number;
  lastSeen: number;
  bucket: Bucket;
  endpoint: string;
  timeout: number;
  stamp: number;
  spn: string;
  /** On a chain's head: its hash in the store's index of heads. */
  hash: number;
}

/** The lists of one node × service port (or IPVS virtual server), flat: no Map per list. */
interface Bucket {
  /** Creation order (across stores: a number names one bucket), so entries() lists buckets in the order they first appeared. */
  seq: number;
  /** The store that made it, and whether it is still in its maps (a holder's bucket is checked against both). */
  owner: object;
  live: boolean;
  node: string;
  key: string;
  /** endpoint → entries in its list; Map order = the order the lists appeared (entries() order). */
  listSize: Map<string, number>;
  /** clientIP → its entries (a chain, usually of one), so a check costs O(1) in endpoints. */
  byClient: Map<string, Slot>;
}

/** Buckets are numbered across stores, so a number a holder keeps names one bucket of one store. */
let bucketSeq = 0;

export function createAffinityStore(): AffinityStore {
  // node → key → bucket
  const nodes = new Map<string, Map<string, Bucket>>();
  // Global --set counter: a list's age order is its entries' stamp order; records are re-stamped in place.
  let stamp = 0;
  const fresh = (r: Slot, time: number) => time - r.lastSeen < r.timeout;
  const bucketOf = (node: string, key: string): Bucket | undefined => nodes.get(node)?.get(key);
  const owner = {};
  const heads = new HeadIndex<Slot>();
  const hold = (holder: AffinityHolder, b: Bucket): void => {
    holder.affinityBucket = b;
    holder.affinityId = b.seq;
  };
  /** bucketOf through the holder's bucket when it is this store's, live, for this node and key. */
  const bucketFor = (node: string, key: string, holder: AffinityHolder | undefined): Bucket | undefined => {
    const held = holder?.affinityBucket as Bucket | undefined;
    if (held !== undefined && held.owner === owner && held.live && held.key === key && held.node === node) return held;
    const b = bucketOf(node, key);
    if (holder !== undefined && b !== undefined) hold(holder, b);
    return b;
  };
  /**
   * The head of the client's chain in the holder's bucket, found through the index without loading
   * the bucket or its map (undefined: not found so; the bucket's own map answers then). An entry of
   * the index is always a live bucket's of this store, and a bucket's number is no other's, so one
   * found with the held bucket's number is that bucket's (the holder's node and key).
   */
  const heldHead = (
    clientIP: string,
    clientNum: number | null | undefined,
    holder: AffinityHolder | undefined,
  ): Slot | undefined =>
    holder === undefined || holder.affinityId < 0 ? undefined : heads.find(holder.affinityId, clientIP, clientNum);
  /** Makes `r` the head of its client's chain in its bucket (`was`: the head it replaces, if any). */
  const putHead = (b: Bucket, clientIP: string, r: Slot, was: Slot | undefined, clientNum?: number | null) => {
    b.byClient.set(clientIP, r);
    if (was === undefined) heads.add(r, b.seq, clientIP, clientNum);
    else heads.replace(was, r);
  };
  const forget = (b: Bucket, ep: string, clientIP: string) => {
    let prev: Slot | null = null;
    for (let r = b.byClient.get(clientIP) ?? null; r; prev = r, r = r.next) {
      if (r.endpoint !== ep) continue;
      if (prev) prev.next = r.next;
      else if (r.next) putHead(b, clientIP, r.next, r);
      else {
        b.byClient.delete(clientIP);
        heads.remove(r);
      }
      b.listSize.set(ep, (b.listSize.get(ep) ?? 1) - 1);
      return;
    }
  };
  const restamp = (old: Slot, rec: Parameters<AffinityStore['set']>[0], time: number) => {
    old.lastSeen = time;
    old.timeout = rec.timeout;
    old.spn = rec.spn;
    old.stamp = stamp++;
    old.at = rec.at ?? -1;
    old.from = rec.from ?? null;
  };
  const find = (head: Slot | undefined, ep: string): Slot | undefined => {
    for (let r = head ?? null; r; r = r.next) if (r.endpoint === ep) return r;
    return undefined;
  };
  const check: AffinityStore['check'] = (node, key, endpoints, clientIP, time, timeout) => {
    const b = bucketOf(node, key);
    const head = b?.byClient.get(clientIP);
    if (!b || !head) return null;
    // Rules are walked in endpoint order; only lists holding this client can match.
    if (head.next === null) {
      if (!endpoints.includes(head.endpoint)) return null;
      // --reap: entries older than --seconds are removed while checking.
      if (time - head.lastSeen >= timeout) {
        forget(b, head.endpoint, clientIP);
        return null;
      }
      return head.endpoint;
    }
    for (const ep of endpoints) {
      const r = find(b.byClient.get(clientIP), ep);
      if (!r) continue;
      if (time - r.lastSeen >= timeout) {
        forget(b, ep, clientIP);
        continue;
      }
      return ep;
    }
    return null;
  };
  return {
    check,
    checkAt(node, key, rules, clientIP, time, timeout, holder, clientNum) {
      const found = heldHead(clientIP, clientNum, holder);
      if (found !== undefined && found.next === null && found.from === rules && found.at >= 0) {
        // --reap, as check does.
        if (time - found.lastSeen < timeout) return found.at;
        forget(found.bucket, found.endpoint, clientIP);
        return -1;
      }
      const b = found !== undefined ? found.bucket : bucketFor(node, key, holder);
      const head = found ?? b?.byClient.get(clientIP);
      if (b === undefined || head === undefined) return -1;
      const at = head.at;
      if (head.next === null && at >= 0 && rules[at]?.endpoint === head.endpoint) {
        if (time - head.lastSeen < timeout) return at;
        forget(b, head.endpoint, clientIP);
        return -1;
      }
      const names = rules.map((r) => r.endpoint);
      const ep = check(node, key, names, clientIP, time, timeout);
      return ep === null ? -1 : names.indexOf(ep);
    },
    set(rec, time, exclusive, holder) {
      const found = heldHead(rec.clientIP, rec.clientNum, holder);
      // --set re-stamps the entry and makes it the newest of its list (below, after what IPVS forgets).
      if (found !== undefined && (!exclusive || (found.next === null && found.endpoint === rec.endpoint))) {
        const old = find(found, rec.endpoint);
        if (old !== undefined) {
          restamp(old, rec, time);
          return;
        }
      }
      let b = found !== undefined ? found.bucket : bucketFor(rec.node, rec.key, holder);
      if (!b) {
        let byKey = nodes.get(rec.node);
        if (!byKey) {
          byKey = new Map();
          nodes.set(rec.node, byKey);
        }
        b = {
          seq: bucketSeq++,
          owner,
          live: true,
          node: rec.node,
          key: rec.key,
          listSize: new Map(),
          byClient: new Map(),
        };
        byKey.set(rec.key, b);
        if (holder !== undefined) hold(holder, b);
      }
      let head = found ?? b.byClient.get(rec.clientIP);
      if (exclusive && head && (head.next !== null || head.endpoint !== rec.endpoint)) {
        const others: string[] = [];
        for (let r: Slot | null = head; r; r = r.next) if (r.endpoint !== rec.endpoint) others.push(r.endpoint);
        for (const ep of others) forget(b, ep, rec.clientIP);
        head = b.byClient.get(rec.clientIP);
      }
      // --set re-stamps the entry and makes it the newest of its list.
      const old = find(head, rec.endpoint);
      if (old) {
        restamp(old, rec, time);
        return;
      }
      const r: Slot = {
        seq: b.seq,
        clientIP: rec.clientIP,
        next: null,
        from: rec.from ?? null,
        at: rec.at ?? -1,
        lastSeen: time,
        bucket: b,
        endpoint: rec.endpoint,
        timeout: rec.timeout,
        stamp: stamp++,
        spn: rec.spn,
        hash: 0,
      };
      if (head) {
        let t = head;
        while (t.next) t = t.next;
        t.next = r;
      } else putHead(b, rec.clientIP, r, undefined, rec.clientNum);
      const size = (b.listSize.get(rec.endpoint) ?? 0) + 1;
      b.listSize.set(rec.endpoint, size);
      if (size > XT_RECENT_IP_LIST_TOT) forget(b, rec.endpoint, oldest(b, rec.endpoint).clientIP);
    },
    retain(node, key, endpoints) {
      const b = bucketOf(node, key);
      if (!b) return;
      for (const ep of [...b.listSize.keys()]) {
        if (endpoints.has(ep)) continue;
        for (const c of [...b.byClient.keys()]) forget(b, ep, c);
        b.listSize.delete(ep);
      }
    },
    entries(time) {
      const out: AffinityRecord[] = [];
      for (const b of buckets()) {
        const lists = new Map<string, Slot[]>();
        for (const head of b.byClient.values()) {
          for (let r: Slot | null = head; r; r = r.next) {
            if (!fresh(r, time)) continue;
            const l = lists.get(r.endpoint);
            if (l) l.push(r);
            else lists.set(r.endpoint, [r]);
          }
        }
        for (const ep of b.listSize.keys()) {
          const live = (lists.get(ep) ?? []).sort((x, y) => x.stamp - y.stamp);
          for (const r of live)
            out.push({
              node: b.node,
              key: b.key,
              spn: r.spn,
              endpoint: r.endpoint,
              clientIP: r.clientIP,
              lastSeen: r.lastSeen,
              timeout: r.timeout,
            });
        }
      }
      return out;
    },
    prune(time) {
      for (const [node, byKey] of nodes) {
        for (const [k, b] of byKey) {
          const stale: Slot[] = [];
          for (const head of b.byClient.values())
            for (let r: Slot | null = head; r; r = r.next) if (!fresh(r, time)) stale.push(r);
          for (const r of stale) forget(b, r.endpoint, r.clientIP);
          for (const [ep, n] of [...b.listSize]) if (n === 0) b.listSize.delete(ep);
          if (b.listSize.size === 0) {
            b.live = false;
            byKey.delete(k);
          }
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

/** The least recently set entry of an endpoint's full list (only on overflow, so a scan is fine). */
function oldest(b: Bucket, ep: string): Slot {
  let min: Slot | undefined;
  for (const head of b.byClient.values())
    for (let r: Slot | null = head; r; r = r.next) if (r.endpoint === ep && (!min || r.stamp < min.stamp)) min = r;
  return min!;
}
