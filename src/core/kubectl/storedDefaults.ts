// What the API server holds of the stored kinds (api/kinds.ts UNSIMULATED_BUILTINS) beyond what was
// written, for the fields the printers and describers read. A cluster's API server applies each
// kind's SetDefaults_* when it decodes an object (k8s.io/kubernetes pkg/apis/<group>/v1/defaults.go),
// and its admission adds a PersistentVolumeClaim's protection finalizer (plugin/pkg/admission/
// storage/storageobjectinuseprotection); the playground stores these kinds as written, so kubectl's
// tables and descriptions read them through here. `-o yaml` still shows the object as written.
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { HorizontalPodAutoscaler, MetricSpec } from 'kubernetes-types/autoscaling/v2';
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { NetworkPolicy } from 'kubernetes-types/networking/v1';

/** SetDefaults_PersistentVolumeClaim(Spec): phase Pending, volumeMode Filesystem; the pvc-protection finalizer. */
export function claimAsServed(pvc: PersistentVolumeClaim): PersistentVolumeClaim {
  const finalizers = pvc.metadata?.finalizers ?? [];
  return {
    ...pvc,
    metadata: {
      ...pvc.metadata,
      finalizers: finalizers.includes(PVC_PROTECTION) ? finalizers : [...finalizers, PVC_PROTECTION],
    },
    spec: { volumeMode: 'Filesystem', ...pvc.spec },
    status: { ...pvc.status, phase: pvc.status?.phase || 'Pending' },
  };
}
const PVC_PROTECTION = 'kubernetes.io/pvc-protection';

/** SetDefaults_PersistentVolume: phase Pending, reclaim policy Retain, volumeMode Filesystem. */
export function volumeAsServed(pv: PersistentVolume): PersistentVolume {
  return {
    ...pv,
    spec: {
      ...pv.spec,
      persistentVolumeReclaimPolicy: pv.spec?.persistentVolumeReclaimPolicy || 'Retain',
      volumeMode: pv.spec?.volumeMode ?? 'Filesystem',
    },
    status: { ...pv.status, phase: pv.status?.phase || 'Pending' },
  };
}

/** SetDefaults_Job: neither completions nor parallelism written means both 1; parallelism alone defaults to 1. */
export function jobSpecAsServed(spec: Job['spec']): { completions?: number; parallelism: number } {
  const none = spec?.completions == null && spec?.parallelism == null;
  return {
    ...(none ? { completions: 1 } : spec?.completions == null ? {} : { completions: spec.completions }),
    parallelism: spec?.parallelism ?? 1,
  };
}

/** SetDefaults_CronJob: suspend false. */
export const cronJobSuspended = (cj: CronJob): boolean => cj.spec?.suspend ?? false;

/**
 * SetDefaults_HorizontalPodAutoscaler (autoscaling/v2): minReplicas 1 and, with no metrics written,
 * one resource metric: cpu at 80% average utilization.
 */
export function hpaSpecAsServed(hpa: HorizontalPodAutoscaler): { minReplicas: number; metrics: MetricSpec[] } {
  const metrics = hpa.spec?.metrics ?? [];
  return {
    minReplicas: hpa.spec?.minReplicas ?? 1,
    metrics:
      metrics.length > 0
        ? metrics
        : [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }],
  };
}

/** SetDefaults_NetworkPolicy: with no policyTypes written, Ingress, and Egress too when egress rules are. */
export function policyTypesAsServed(np: NetworkPolicy): string[] {
  const written = np.spec?.policyTypes ?? [];
  if (written.length > 0) return written;
  return (np.spec?.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}
