// Pods made from a pod template, as a workload controller POSTs them: the API server gives each the
// defaults and admission plugins' fields of any created Pod (api/pod/podAdmission.ts) and the pod
// strategy's generation 1 (api/systemMeta.ts), or refuses it (a ServiceAccount that does not exist).
import type { Pod } from '../model/objects.ts';
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedPod } from '../model/admitted.ts';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { controllerRef, deepClone, type KObject } from './meta.ts';
import { setPodAdmissionDefaults } from '../api/pod/podAdmission.ts';
import { setPodSpecDefaults } from '../api/pod/podSpec.ts';
import { fillGeneration } from '../api/systemMeta.ts';
import { recordEvent } from './workloadEvents.ts';

/**
 * A new Pod from `template` (controller.GetPodFromTemplate): template labels/annotations, controller
 * ownerRef; or the API server's refusal, which the owner's controller records as a Warning
 * FailedCreate Event (workloadEvents.ts) and stops creating at (its slow-start batch failed).
 */
export function podFromTemplate(
  template: PodTemplateSpec | undefined,
  owner: KObject,
  name: string,
  namespace: string,
  extraLabels: Record<string, string>,
  creationTimestamp: string,
  state: ClusterState,
): AdmittedPod | string {
  const t = deepClone(template ?? {});
  const labels = { ...(t.metadata?.labels ?? {}), ...extraLabels };
  const annotations = t.metadata?.annotations;
  const generate = owner.kind !== 'StatefulSet' && `${owner.metadata?.name ?? ''}-`;
  // The decoder's defaults (a system workload's template skipped admission), then the admission plugins.
  const spec = t.spec ?? { containers: [] };
  setPodSpecDefaults(spec, true);
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      ...(generate ? { generateName: generate } : {}),
      namespace,
      labels,
      ...(annotations ? { annotations: { ...annotations } } : {}),
      ownerReferences: [controllerRef(owner)],
      creationTimestamp,
    },
    spec,
  };
  const refusal = setPodAdmissionDefaults(pod, state, generate || name);
  if (refusal) {
    const kind = String(owner.kind);
    recordEvent(
      state,
      owner,
      `${kind.toLowerCase()}-controller`,
      'FailedCreate',
      generate
        ? `Error creating: ${refusal}`
        : `create Pod ${name} in StatefulSet ${owner.metadata?.name} failed error: ${refusal}`,
      'Warning',
    );
    return refusal;
  }
  fillGeneration(pod);
  return pod as AdmittedPod;
}

/** Caps the pods one scenario creates (SCENARIO_LIMITS.maxPods). */
export interface PodBudget {
  remaining: number;
}
