// The distribution the PodCounters bars show: how many requests each pod answered so far, and how
// many failed and why. Counts only what the core's dataplane already decided, up to `now`.
import { nsName } from '../diagram/flowIds.ts';

export interface CountInput {
  time: number;
  outcome: string;
  pod?: string;
  clientId?: string;
}

export interface PodCount {
  pod: string;
  total: number;
  byClient: Record<string, number>;
}

export interface Distribution {
  pods: PodCount[];
  failures: Record<string, number>;
  total: number;
}

export function countByPod(results: readonly CountInput[], now: number, namespace = 'default'): Distribution {
  const pods = new Map<string, PodCount>();
  const failures: Record<string, number> = {};
  let total = 0;
  for (const r of results) {
    if (r.time > now) continue;
    total++;
    if (r.outcome !== 'ok' || !r.pod) {
      failures[r.outcome] = (failures[r.outcome] ?? 0) + 1;
      continue;
    }
    const key = r.pod.includes('/') ? r.pod : nsName(namespace, r.pod);
    const c = pods.get(key) ?? { pod: key, total: 0, byClient: {} };
    c.total++;
    const client = r.clientId ?? '';
    c.byClient[client] = (c.byClient[client] ?? 0) + 1;
    pods.set(key, c);
  }
  return { pods: [...pods.values()].sort((a, b) => (a.pod < b.pod ? -1 : a.pod > b.pod ? 1 : 0)), failures, total };
}
