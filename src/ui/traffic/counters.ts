// The distribution the PodCounters bars show: how many requests each pod answered so far, and how
// many failed and why. Counts only what the core's dataplane already decided, up to `now`, plus
// the tallies of what the worker no longer keeps.
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

/** Requests the worker no longer keeps, already counted (the core's TrafficTally). */
export interface CountTally {
  outcome: string;
  pod?: string;
  clientId: string;
  count: number;
}

/**
 * `before`: tallies of the results older than `results` (all in the past), so the counts are
 * every request so far, not only the ones the worker still keeps.
 */
export function countByPod(
  results: readonly CountInput[],
  now: number,
  namespace = 'default',
  before: readonly CountTally[] = [],
): Distribution {
  const pods = new Map<string, PodCount>();
  const failures: Record<string, number> = {};
  let total = 0;
  const add = (r: { outcome: string; pod?: string; clientId?: string }, n: number): void => {
    total += n;
    if (r.outcome !== 'ok' || !r.pod) {
      failures[r.outcome] = (failures[r.outcome] ?? 0) + n;
      return;
    }
    const key = r.pod.includes('/') ? r.pod : nsName(namespace, r.pod);
    const c = pods.get(key) ?? { pod: key, total: 0, byClient: {} };
    c.total += n;
    const client = r.clientId ?? '';
    c.byClient[client] = (c.byClient[client] ?? 0) + n;
    pods.set(key, c);
  };
  for (const t of before) add(t, t.count);
  for (const r of results) if (r.time <= now) add(r, 1);
  return { pods: [...pods.values()].sort((a, b) => (a.pod < b.pod ? -1 : a.pod > b.pod ? 1 : 0)), failures, total };
}
