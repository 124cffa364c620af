// Native sidecars (KEP-753, GA in v1.33): init containers with `restartPolicy: Always`, which keep
// running beside the app containers for the pod's lifetime instead of running to completion first.
// Upstream: k8s.io/kubernetes pkg/api/v1/pod/util.go IsRestartableInitContainer. One home for the
// rule: the ports a pod serves (podPorts.ts), kubelet's status (controllers/podStatus.ts) and
// kubectl's READY and RESTARTS (kubectl/printers/pod.ts) all read it here.
import type { AdmittedContainer, AdmittedPod } from './admitted.ts';

/** Whether an init container is a sidecar. */
export const isSidecar = (c: AdmittedContainer | null | undefined): boolean => c?.restartPolicy === 'Always';

/** The pod's sidecars, in the spec's order. */
export function sidecarsOf(pod: AdmittedPod): AdmittedContainer[] {
  const inits = pod.spec.initContainers;
  return Array.isArray(inits) ? inits.filter(isSidecar) : [];
}
