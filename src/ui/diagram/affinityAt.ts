// The affinity table of a Service as it was at the moment the diagram shows. The worker simulates
// ahead of that moment (one traffic horizon), so its newest stamps may lie in the diagram's future:
// for each client on each node the entry is the latest stamp at or before `time`, live while
// `time` is before its expiry (xt_recent: a hit within --seconds of the last --set), and its time
// left never exceeds the Service's timeoutSeconds.
import type { AffinityStamp } from '../../worker/protocol.ts';

export interface AffinityRow {
  clientIP: string;
  endpoint: string;
  node: string;
  /** Whole seconds until it expires, rounded up (the second it is in). */
  secondsLeft: number;
}

export function affinityAt(stamps: readonly AffinityStamp[], time: number, serviceKey: string): AffinityRow[] {
  const latest = new Map<string, AffinityStamp>();
  for (const s of stamps) {
    if (s.spn !== serviceKey && !s.spn.startsWith(`${serviceKey}:`)) continue;
    if (s.setAt > time) continue;
    const key = `${s.node}|${s.spn}|${s.clientIP}`;
    const prev = latest.get(key);
    if (!prev || s.setAt >= prev.setAt) latest.set(key, s);
  }
  return [...latest.values()]
    .filter((s) => time < s.expiresAt)
    .map((s) => ({
      clientIP: s.clientIP,
      endpoint: s.endpoint,
      node: s.node,
      secondsLeft: Math.ceil(s.expiresAt - time),
    }))
    .sort((a, b) => (a.node + a.clientIP < b.node + b.clientIP ? -1 : 1));
}
