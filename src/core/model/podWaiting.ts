// Why a pod's container waits, as kubelet set it in the pod's status (containerStatuses[].state.waiting:
// kuberuntime's reason, such as CreateContainerConfigError or ContainerCreating, and its message),
// read in one place for every face that says it: the Inspector (worker/view.ts) and the explanation
// of a Service whose pods are not Ready (dataplane/diagnose.ts). The first waiting container in the
// status's order (kubelet sorts the statuses by name).
import type { Pod } from './objects.ts';

export interface PodWaiting {
  container: string;
  /** kubelet's words: `reason`, or `reason: message` when it gave a message. */
  why: string;
}

export function podWaiting(pod: Pod): PodWaiting | undefined {
  const c = pod.status?.containerStatuses?.find((s) => s.state?.waiting);
  const w = c?.state?.waiting;
  return c && w ? { container: c.name, why: [w.reason, w.message].filter(Boolean).join(': ') } : undefined;
}
