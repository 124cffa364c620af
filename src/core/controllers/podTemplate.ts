// Pods made from a pod template, with the defaults the API server and its admission plugins
// would add on create: SetDefaults_PodSpec / SetDefaults_Container (pkg/apis/core/v1/defaults.go),
// ServiceAccount admission (serviceAccountName default), DefaultTolerationSeconds admission
// (not-ready/unreachable NoExecute for 300s), Priority admission (priority 0).
import type { Container, Pod } from '../model/objects.ts';
import type { AdmittedPod } from '../model/admitted.ts';
import type { PodTemplateSpec, Toleration } from 'kubernetes-types/core/v1';
import { controllerRef, deepClone, type KObject } from './meta.ts';
import { setContainerDefaults } from '../api/pod/podSpec.ts';

function defaultContainer(c: Container): void {
  setContainerDefaults(c);
  c.resources ??= {};
}

const DEFAULT_TOLERATIONS: Toleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
];

/** Fills the defaults a Pod gets on create; fields the user wrote are kept. */
export function applyPodDefaults(pod: Pod): asserts pod is AdmittedPod {
  const spec = (pod.spec ??= { containers: [] });
  if (!Array.isArray(spec.containers)) spec.containers = [];
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  spec.serviceAccountName ??= 'default';
  spec.enableServiceLinks ??= true;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  spec.priority ??= 0;
  for (const c of spec.containers) if (c && typeof c === 'object') defaultContainer(c);
  for (const c of Array.isArray(spec.initContainers) ? spec.initContainers : [])
    if (c && typeof c === 'object') defaultContainer(c);
  const tolerations = Array.isArray(spec.tolerations) ? spec.tolerations : [];
  for (const t of DEFAULT_TOLERATIONS)
    if (!tolerations.some((x) => x.key === t.key && x.effect === t.effect)) tolerations.push({ ...t });
  spec.tolerations = tolerations;
}

/** A new Pod from `template` (controller.GetPodFromTemplate): template labels/annotations, controller ownerRef. */
export function podFromTemplate(
  template: PodTemplateSpec | undefined,
  owner: KObject,
  name: string,
  namespace: string,
  extraLabels: Record<string, string>,
  creationTimestamp: string,
): AdmittedPod {
  const t = deepClone(template ?? {});
  const labels = { ...(t.metadata?.labels ?? {}), ...extraLabels };
  const annotations = t.metadata?.annotations;
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      ...(owner.kind === 'StatefulSet' ? {} : { generateName: `${owner.metadata?.name ?? ''}-` }),
      namespace,
      labels,
      ...(annotations ? { annotations: { ...annotations } } : {}),
      ownerReferences: [controllerRef(owner)],
      creationTimestamp,
    },
    spec: t.spec ?? { containers: [] },
  };
  applyPodDefaults(pod);
  return pod;
}

/** Caps the pods one scenario creates (SCENARIO_LIMITS.maxPods). */
export interface PodBudget {
  remaining: number;
}
