// Pod readiness, one home for the controllers (EndpointSlice serving/ready, Endpoints,
// StatefulSet ordering, workload status), the explanations, kubectl and the diagram.
// Upstream: k8s.io/kubernetes pkg/api/v1/pod/util.go IsPodReady / GetPodReadyCondition — the
// pod's (first) Ready condition has status True. kubectl's printer (hasPodReadyCondition) asks
// whether any Ready condition is True; the kubelet writes exactly one, so the two agree.
import type { Pod } from './objects.ts';

export function isPodReady(pod: Pod): boolean {
  const conditions = Array.isArray(pod.status?.conditions) ? pod.status.conditions : [];
  return conditions.find((c) => c?.type === 'Ready')?.status === 'True';
}
