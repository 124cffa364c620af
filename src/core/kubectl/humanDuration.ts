// k8s.io/apimachinery pkg/util/duration/duration.go HumanDuration, and the printers'
// translateTimestampSince (pkg/printers/internalversion/printers.go): the AGE column.
import type { ClusterState } from '../model/clusterState.ts';
import type { ObjectMeta } from '../model/objects.ts';

export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    const y = Math.trunc(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

/** translateTimestampSince: `<unknown>` for a zero timestamp. */
export function since(timestamp: string | undefined, now: string): string {
  if (!timestamp) return '<unknown>';
  const t = Date.parse(timestamp);
  const n = Date.parse(now);
  if (Number.isNaN(t) || Number.isNaN(n)) return '<unknown>';
  return humanDuration(n - t);
}

/** AGE of a stored object: its creationTimestamp, else the scenario's creation time. */
export function ageOf(meta: ObjectMeta | undefined, state: Pick<ClusterState, 'createdAt' | 'now'>): string {
  return since(meta?.creationTimestamp ?? state.createdAt, state.now);
}
