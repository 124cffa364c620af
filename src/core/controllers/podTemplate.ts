// Pods made from a pod template, as a workload controller POSTs them: the API server gives each the
// defaults and admission plugins' fields of any created Pod (api/pod/podAdmission.ts) and the pod
// strategy's generation 1 (api/systemMeta.ts).
import type { Pod } from '../model/objects.ts';
import type { AdmittedPod } from '../model/admitted.ts';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { controllerRef, deepClone, type KObject } from './meta.ts';
import { setCreatedPodDefaults } from '../api/pod/podAdmission.ts';
import { fillGeneration } from '../api/systemMeta.ts';

/** A new Pod from `template` (controller.GetPodFromTemplate): template labels/annotations, controller ownerRef. */
export function podFromTemplate(
  template: PodTemplateSpec | undefined,
  owner: KObject,
  name: string,
  namespace: string,
  extraLabels: Record<string, string>,
  creationTimestamp: string,
  seed: number,
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
  setCreatedPodDefaults(pod, seed);
  fillGeneration(pod);
  return pod;
}

/** Caps the pods one scenario creates (SCENARIO_LIMITS.maxPods). */
export interface PodBudget {
  remaining: number;
}
