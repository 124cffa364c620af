// The traffic clients a lesson starts, as sim/traffic.ts takes them (placeholders filled in).
import type { ClusterState } from '../model/clusterState.ts';
import type { ClientSpec } from '../sim/traffic.ts';
import type { LessonClient } from './types.ts';
import { resolveFrom, resolveTargets } from './resolveSpec.ts';

/** Clients whose source or target does not exist in this state are left out, with the reason. */
export function lessonClients(
  state: ClusterState,
  clients: readonly LessonClient[],
): { specs: ClientSpec[]; skipped: { id: string; reason: string }[] } {
  const specs: ClientSpec[] = [];
  const skipped: { id: string; reason: string }[] = [];
  for (const c of clients) {
    const from = resolveFrom(state, c.from);
    const to = resolveTargets(state, c.to);
    if (!from.ok) skipped.push({ id: c.id, reason: from.error });
    else if (!to.ok) skipped.push({ id: c.id, reason: to.error });
    else
      to.value.forEach((target, i) =>
        specs.push({ id: to.value.length > 1 ? `${c.id}-${i + 1}` : c.id, from: from.value, to: target, rate: c.rate }),
      );
  }
  return { specs, skipped };
}
