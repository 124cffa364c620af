// How kube-proxy's rules on one node choose the endpoint of a new connection: a live sessionAffinity
// entry first (xt_recent / nftables affinity sets / IPVS persistence), then the mode's own choice —
// iptables' statistic cascade, nftables' numgen, IPVS's scheduler (docs/kube-proxy.md §1.6, §4).
// The texts of each endpoint's rules were written at sync (proxySync.ts): a packet reads its
// endpoint's record, not the endpoint, its pod and a memo each.
import type { Trace } from './context.ts';
import type { ServicePortProxy } from './proxyModel.ts';
import type { EndpointRules } from './proxySync.ts';
import type { Packet, ProxyContext } from './kubeProxy.ts';
import {
  affinityTableKey,
  computeProbability,
  ipvsVirtualServer,
  pickedText,
  statisticThresholds,
} from './proxyRules.ts';
import { say, sayShared, type Said } from './said.ts';

/**
 * Choose the endpoint from one of the view's two lists (`toLocal`: its node-local endpoints', else all)
 * and add the hop saying how to the request's trace. A random pick reads its record from the node's
 * table (proxySync.ts EndpointTable) at the list's place there, not through the list: with 10,000
 * Services the list and its elements were two cold loads per packet before the record's own.
 */
export function pickEndpoint(
  ctx: ProxyContext,
  node: string,
  sp: ServicePortProxy,
  chain: string,
  toLocal: boolean,
  pkt: Packet,
  entryPort: number,
  trace: Trace,
): EndpointRules {
  const mode = ctx.settings.proxyMode;
  const table = sp.table!;
  const first = toLocal ? sp.localAt : sp.clusterAt;
  const n = toLocal ? sp.localCount : sp.clusterCount;
  // IPVS keeps rr position and persistence per virtual server (address:port/protocol).
  const ipvsKey = mode === 'ipvs' ? `${pkt.dstIP}:${entryPort}/${sp.protocol}` : '';
  const T = sp.stickyMaxAgeSeconds;
  if (T !== null) {
    const affinityKey = mode === 'ipvs' ? ipvsKey : affinityTableKey(sp);
    retainOnce(ctx, node, sp, affinityKey, mode !== 'ipvs');
    // The view holds its bucket of the affinity store (one node, one service port's table; IPVS
    // asks about a virtual server per destination, so no one bucket).
    const holder = mode === 'ipvs' ? undefined : sp;
    const rules = toLocal ? sp.localRules : sp.clusterRules;
    const at = ctx.affinity.checkAt(node, affinityKey, rules, pkt.srcIP, pkt.time, T, holder, pkt.srcNum);
    const rec = at < 0 ? undefined : table[first + at];
    if (rec) {
      trace.add({
        kind: 'affinity',
        node,
        // The text after the client's address was written at sync (proxySync.ts), beside the record's other texts.
        detail: `sessionAffinity ClientIP: ${pkt.srcIP}${rec.affinityPinned}`,
        say: say('hop.affinity', { client: pkt.srcIP, picked: pickedSaid(rec), node, timeout: T }),
        rule:
          mode === 'ipvs' ? `persistence template ${pkt.srcIP} → ${rec.endpoint} (timeout ${T}s)` : rec.affinityRule,
        at: sp.affinityAt!,
        packet: undefined,
      });
      ctx.affinity.set(
        {
          node,
          key: affinityKey,
          spn: sp.spn,
          endpoint: rec.endpoint,
          clientIP: pkt.srcIP,
          timeout: T,
          at,
          from: rules,
          clientNum: pkt.srcNum,
        },
        pkt.time,
        mode === 'ipvs',
        holder,
      );
      return rec;
    }
  }
  let idx: number;
  let rule: string;
  let detail: string;
  let said: Said;
  if (mode === 'iptables') {
    // Cascade of `-m statistic --mode random --probability 1/(n-i)`; the kernel compares
    // (prandom_u32() & 0x7FFFFFFF) < lround(0x80000000 * p) (xt_statistic.c, libxt_statistic.c).
    idx = n - 1;
    const thresholds = statisticThresholds(n);
    for (let i = 0; i < n - 1; i++) {
      if (Math.floor(ctx.rng.next() * 0x80000000) < thresholds[i]!) {
        idx = i;
        break;
      }
    }
    const rec = table[first + idx]!;
    rule = rec.pickRule;
    detail = rec.pickDetail;
    // The record's list, position and chain decide what its pick says: kept on it.
    said = rec.pickSaid ??=
      n === 1
        ? sayShared('hop.pickRandomOnly', { chain, picked: pickedSaid(rec) })
        : idx < n - 1
          ? sayShared('hop.pickRandomRule', {
              chain,
              count: n,
              rule: idx + 1,
              probability: computeProbability(n - idx),
              picked: pickedSaid(rec),
            })
          : sayShared('hop.pickRandomLast', { chain, count: n, picked: pickedSaid(rec) });
  } else if (mode === 'nftables') {
    idx = ctx.rng.int(n);
    const rec = table[first + idx]!;
    rule = rec.pickRule;
    detail = rec.pickDetail;
    said = rec.pickSaid ??= sayShared('hop.pickNumgen', { count: n, index: idx, picked: pickedSaid(rec) });
  } else {
    const sched = ctx.settings.ipvsScheduler;
    const key = `${node}|${ipvsKey}`;
    if (sched === 'sh') {
      idx = hashIP(pkt.srcIP) % n;
      const rec = table[first + idx]!;
      detail = `IPVS sh (source hashing) of ${pkt.srcIP} → real server ${idx + 1} of ${n}${pickedText(rec.endpoint, rec.podName)}`;
      said = say('hop.pickIpvsSh', { client: pkt.srcIP, n: idx + 1, count: n, picked: pickedSaid(rec) });
    } else {
      const cur = ctx.rrCursor.get(key) ?? -1;
      idx = (cur + 1) % n;
      ctx.rrCursor.set(key, idx);
      const rec = table[first + idx]!;
      detail = `IPVS ${sched === 'rr' ? 'rr' : `${sched} (simulated as rr: connections here are instantaneous)`} → real server ${idx + 1} of ${n}${pickedText(rec.endpoint, rec.podName)}`;
      const picked = { n: idx + 1, count: n, picked: pickedSaid(rec) };
      said = sched === 'rr' ? say('hop.pickIpvsRr', picked) : say('hop.pickIpvsOther', { scheduler: sched, ...picked });
    }
    rule = ipvsVirtualServer(sp, pkt.dstIP, pkt.dstPort, sched);
  }
  const rec = table[first + idx]!;
  trace.add({ kind: 'kube-proxy', node, detail, say: said, rule, packet: undefined });
  if (T !== null)
    ctx.affinity.set(
      {
        node,
        key: mode === 'ipvs' ? ipvsKey : affinityTableKey(sp),
        spn: sp.spn,
        endpoint: rec.endpoint,
        clientIP: pkt.srcIP,
        timeout: T,
        at: idx,
        from: toLocal ? sp.localRules : sp.clusterRules,
        clientNum: pkt.srcNum,
      },
      pkt.time,
      mode === 'ipvs',
      mode === 'ipvs' ? undefined : sp,
    );
  return rec;
}

/** The endpoint a hop chose, as said.ts words it (`ip:port (pod)`): made once, kept on its record. */
function pickedSaid(rec: EndpointRules): Said {
  return (rec.pickedSaid ??=
    rec.podName !== undefined
      ? sayShared('picked.pod', { endpoint: rec.endpoint, pod: rec.podName })
      : sayShared('picked.endpoint', { endpoint: rec.endpoint }));
}

/**
 * Forget affinity lists of endpoints that are gone (kube-proxy deletes their KUBE-SEP chains and so
 * their xt_recent lists). A view is fixed for one cluster state and one dataplane, so once per key
 * is enough; the keys done are kept on the view (a side table keyed by view cost a look-up per packet).
 * `table`: the key is the view's own table key (iptables, nftables), marked done by a flag, not
 * compared as text (with 10,000 Services the text was a cold load per sticky request).
 */
function retainOnce(ctx: ProxyContext, node: string, sp: ServicePortProxy, key: string, table: boolean): void {
  if (table) {
    if (sp.tableRetained) return;
    sp.tableRetained = true;
    ctx.affinity.retain(node, key, new Set(sp.allReachableEndpoints.map((e) => e.endpoint)));
    return;
  }
  if (sp.retainedKey === key) return;
  sp.retainedKey = key;
  const done = (sp.retainedKeys ??= new Set());
  if (done.has(key)) return;
  done.add(key);
  ctx.affinity.retain(node, key, new Set(sp.allReachableEndpoints.map((e) => e.endpoint)));
}

function hashIP(ip: string): number {
  let h = 0;
  for (const part of ip.split('.')) h = (Math.imul(h, 31) + Number(part)) >>> 0;
  return h;
}
