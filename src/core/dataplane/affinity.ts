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

export function createAffinityStore(): AffinityStore {
  // node|key → endpoint → clientIP → record (Map keeps insertion order = age order for eviction)
  const lists = new Map<string, Map<string, Map<string, AffinityRecord>>>();
  const fresh = (r: AffinityRecord, time: number) => time - r.lastSeen < r.timeout;
  return {
    check(node, key, endpoints, clientIP, time, timeout) {
      const byEp = lists.get(`${node}|${key}`);
      if (!byEp) return null;
      for (const ep of endpoints) {
        const list = byEp.get(ep);
        const r = list?.get(clientIP);
        if (!r) continue;
        // --reap: entries older than --seconds are removed while checking.
        if (time - r.lastSeen >= timeout) { list!.delete(clientIP); continue; }
        return ep;
      }
      return null;
    },
    set(rec, time, exclusive) {
      const k = `${rec.node}|${rec.key}`;
      let byEp = lists.get(k);
      if (!byEp) { byEp = new Map(); lists.set(k, byEp); }
      if (exclusive) for (const [ep, l] of byEp) if (ep !== rec.endpoint) l.delete(rec.clientIP);
      let list = byEp.get(rec.endpoint);
      if (!list) { list = new Map(); byEp.set(rec.endpoint, list); }
      list.delete(rec.clientIP);
      list.set(rec.clientIP, { ...rec, lastSeen: time });
      if (list.size > XT_RECENT_IP_LIST_TOT) list.delete(list.keys().next().value!);
    },
    retain(node, key, endpoints) {
      const byEp = lists.get(`${node}|${key}`);
      if (!byEp) return;
      for (const ep of [...byEp.keys()]) if (!endpoints.has(ep)) byEp.delete(ep);
    },
    entries(time) {
      const out: AffinityRecord[] = [];
      for (const byEp of lists.values()) for (const list of byEp.values()) for (const r of list.values()) if (fresh(r, time)) out.push(r);
      return out;
    },
    prune(time) {
      for (const [k, byEp] of lists) {
        for (const [ep, list] of byEp) {
          for (const [c, r] of list) if (!fresh(r, time)) list.delete(c);
          if (list.size === 0) byEp.delete(ep);
        }
        if (byEp.size === 0) lists.delete(k);
      }
    },
  };
}
