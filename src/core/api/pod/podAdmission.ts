// What the API server fills on every Pod it creates, after the decoder's defaults (podSpec.ts
// setPodSpecDefaults) and before validation: the mutating admission plugins of a kubeadm cluster
// (k8s.io/kubernetes plugin/pkg/admission/serviceaccount admission.go: serviceAccountName "default";
// defaulttolerationseconds admission.go: not-ready and unreachable NoExecute tolerated for 300 s;
// priority admission.go: no default PriorityClass, so priority 0 and PreemptLowerPriority).
// A Pod reaches them whoever creates it: `kubectl apply` (admit.ts), a workload controller
// (controllers/podTemplate.ts), `kubectl run`'s temporary pod (dataplane/tempPod.ts).
import type { Container, Pod } from '../../model/objects.ts';
import type { AdmittedPod } from '../../model/admitted.ts';
import type { Toleration } from 'kubernetes-types/core/v1';
import { setPodSpecDefaults } from './podSpec.ts';

const DEFAULT_TOLERATIONS: readonly Toleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
];

/** The admission plugins' fields on a defaulted Pod; fields the user wrote are kept. */
export function setPodAdmissionDefaults(pod: Pod): asserts pod is AdmittedPod {
  const spec = (pod.spec ??= { containers: [] });
  if (!Array.isArray(spec.containers)) spec.containers = [];
  // v1 conversion (pkg/apis/core/v1/conversion.go Convert_v1_PodSpec_To_core_PodSpec and back): the
  // deprecated `serviceAccount` is read when serviceAccountName is empty and always written back from it.
  spec.serviceAccountName ||= spec.serviceAccount || 'default';
  spec.serviceAccount = spec.serviceAccountName;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  spec.priority ??= 0;
  // A container's resources is a struct, not a pointer, in the Go types: a stored Pod always prints `resources: {}`.
  const withResources = (c: Container | null) => {
    if (c && typeof c === 'object') c.resources ??= {};
  };
  spec.containers.forEach(withResources);
  if (Array.isArray(spec.initContainers)) spec.initContainers.forEach(withResources);
  const tolerations = Array.isArray(spec.tolerations) ? spec.tolerations : [];
  for (const t of DEFAULT_TOLERATIONS)
    if (!tolerations.some((x) => x.key === t.key && x.effect === t.effect)) tolerations.push({ ...t });
  spec.tolerations = tolerations;
}

/**
 * A Pod as the API server creates it without a manifest round trip (a controller's pod, kubectl run's):
 * the decoder's defaults, then the admission plugins.
 */
export function setCreatedPodDefaults(pod: Pod): asserts pod is AdmittedPod {
  const spec = (pod.spec ??= { containers: [] });
  if (!Array.isArray(spec.containers)) spec.containers = [];
  setPodSpecDefaults(spec);
  setPodAdmissionDefaults(pod);
}
