// printPod (k8s.io/kubernetes pkg/printers/internalversion/printers.go): READY counts ready
// running containers and started ready sidecars, out of both; STATUS is the phase, overridden by
// status.reason, then by a waiting or terminated container's reason; RESTARTS adds `(X ago)` when a
// last termination is known.
import type { AdmittedPod } from '../../model/admitted.ts';
import { ageOf, since } from '../humanDuration.ts';
import { cols, type TablePrinter } from './table.ts';
import { isPodReady } from '../../model/podReady.ts';
import { sidecarsOf } from '../../model/sidecars.ts';

export function podStatusCells(pod: AdmittedPod, now: string): { ready: string; reason: string; restarts: string } {
  // Sidecars (init containers with restartPolicy Always) count as containers: ready once started and
  // ready, their restarts added. The `Init:…` reasons of an init container still running or failed are
  // not reached: kubelet here reports every Pod's init containers done (Initialized True).
  const sidecars = new Set(sidecarsOf(pod).map((c) => c.name));
  const total = pod.spec.containers.length + sidecars.size;
  let readyCount = 0;
  let restarts = 0;
  let lastRestart = '';
  for (const c of pod.status?.initContainerStatuses ?? []) {
    if (!sidecars.has(c?.name)) continue;
    restarts += c.restartCount ?? 0;
    const finished = c.lastState?.terminated?.finishedAt;
    if (finished && finished > lastRestart) lastRestart = finished;
    if (c.state?.terminated?.exitCode !== 0 && c.started && c.ready) readyCount++;
  }
  let reason: string = pod.status?.reason || pod.status?.phase || '';
  for (const c of pod.status?.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }
  let hasRunning = false;
  const statuses = pod.status?.containerStatuses ?? [];
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i];
    if (!c) continue;
    restarts += c.restartCount ?? 0;
    const finished = c.lastState?.terminated?.finishedAt;
    if (finished && finished > lastRestart) lastRestart = finished;
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.state?.terminated) {
      reason = c.state.terminated.signal
        ? `Signal:${c.state.terminated.signal}`
        : `ExitCode:${c.state.terminated.exitCode}`;
    } else if (c.ready && c.state?.running) {
      hasRunning = true;
      readyCount++;
    }
  }
  if (reason === 'Completed' && hasRunning) {
    reason = isPodReady(pod) ? 'Running' : 'NotReady';
  }
  if (pod.metadata.deletionTimestamp && pod.status?.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed')
    reason = 'Terminating';
  const restartsStr = restarts !== 0 && lastRestart ? `${restarts} (${since(lastRestart, now)} ago)` : String(restarts);
  return { ready: `${readyCount}/${total}`, reason, restarts: restartsStr };
}

export const podPrinter: TablePrinter<AdmittedPod> = {
  columns: cols(['Name', 'Ready', 'Status', 'Restarts', 'Age'], ['IP', 'Node', 'Nominated Node', 'Readiness Gates']),
  row(pod, ctx) {
    const s = podStatusCells(pod, ctx.state.now);
    const cells = [pod.metadata.name, s.ready, s.reason, s.restarts, ageOf(pod.metadata, ctx.state)];
    if (ctx.wide) {
      const gates = pod.spec.readinessGates ?? [];
      let readiness = '<none>';
      if (gates.length > 0) {
        const trueCount = gates.filter(
          (g) => (pod.status?.conditions ?? []).find((c) => c.type === g.conditionType)?.status === 'True',
        ).length;
        readiness = `${trueCount}/${gates.length}`;
      }
      cells.push(
        pod.status?.podIPs?.[0]?.ip || '<none>',
        pod.spec.nodeName || '<none>',
        pod.status?.nominatedNodeName || '<none>',
        readiness,
      );
    }
    return cells;
  },
};
