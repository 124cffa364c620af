// The decoder's defaults for the built-in kinds the playground stores without simulating them
// (kinds.ts UNSIMULATED_BUILTINS), k8s.io/kubernetes v1.34 pkg/apis/<group>/v1/defaults.go:
// core's PersistentVolume(Claim) and LimitRangeItem, networking's NetworkPolicy(Port), rbac's
// (Cluster)RoleBinding and Subject; batch's and autoscaling's in their own files. Secret's
// (type Opaque) is its storage's (api/secretData.ts). ConfigMap, ServiceAccount, ResourceQuota,
// PodDisruptionBudget and Role have none.
import type { K8sObject } from '../../model/objects.ts';
import type { LimitRange, PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { NetworkPolicy } from 'kubernetes-types/networking/v1';
import type { RoleBinding, Subject } from 'kubernetes-types/rbac/v1';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import type { Mutable } from '../mutable.ts';
import { setCronJobDefaults, setJobDefaults } from './batchDefaults.ts';
import { setHorizontalPodAutoscalerDefaults } from './autoscalingDefaults.ts';

type Quantities = Record<string, string>;
const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** SetDefaults_LimitRangeItem: a Container item's default limit falls back to max, its default request to the default limit, then to min. */
function setLimitRangeDefaults(lr: LimitRange): void {
  for (const item of lr.spec?.limits ?? []) {
    if (item.type !== 'Container') continue;
    const it = item as Mutable<typeof item>;
    const def = (it.default ??= {}) as Quantities;
    const req = (it.defaultRequest ??= {}) as Quantities;
    for (const [k, v] of Object.entries(item.max ?? {})) def[k] ??= v;
    for (const [k, v] of Object.entries(def)) req[k] ??= v;
    for (const [k, v] of Object.entries(item.min ?? {})) req[k] ??= v;
  }
}

/** SetDefaults_NetworkPolicyPort (TCP) and SetDefaults_NetworkPolicy: Ingress, and Egress too when egress rules are written. */
function setNetworkPolicyDefaults(np: NetworkPolicy): void {
  const spec = np.spec;
  if (!spec) return;
  for (const rule of [...(spec.ingress ?? []), ...(spec.egress ?? [])])
    for (const port of rule.ports ?? []) (port as Mutable<typeof port>).protocol ??= 'TCP';
  if ((spec.policyTypes ?? []).length === 0)
    (spec as Mutable<typeof spec>).policyTypes = (spec.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

/** SetDefaults_(Cluster)RoleBinding: the role's group; SetDefaults_Subject: a User's or Group's group. */
function setBindingDefaults(binding: Partial<RoleBinding>): void {
  if (binding.roleRef) (binding.roleRef as Mutable<RoleBinding['roleRef']>).apiGroup ||= RBAC_GROUP;
  for (const s of binding.subjects ?? [])
    if (!s.apiGroup && (s.kind === 'User' || s.kind === 'Group')) (s as Mutable<Subject>).apiGroup = RBAC_GROUP;
}

/** SetDefaults_PersistentVolumeClaim(Spec): volumeMode Filesystem, phase Pending. */
function setClaimDefaults(pvc: Mutable<PersistentVolumeClaim>): void {
  (pvc.spec ??= {}).volumeMode ??= 'Filesystem';
  (pvc.status ??= {}).phase ||= 'Pending';
}

/** SetDefaults_PersistentVolume: phase Pending, reclaim policy Retain, volumeMode Filesystem. */
function setVolumeDefaults(pv: Mutable<PersistentVolume>): void {
  const spec = (pv.spec ??= {});
  spec.persistentVolumeReclaimPolicy ||= 'Retain';
  spec.volumeMode ??= 'Filesystem';
  (pv.status ??= {}).phase ||= 'Pending';
}

/** The kind's SetDefaults_* (and its templates'), in place. */
export function setStoredKindDefaults(obj: K8sObject): void {
  switch (obj.kind) {
    case 'Job':
      return setJobDefaults(obj as Job);
    case 'CronJob':
      return setCronJobDefaults(obj as CronJob);
    case 'HorizontalPodAutoscaler':
      return setHorizontalPodAutoscalerDefaults(obj as HorizontalPodAutoscaler);
    case 'PersistentVolumeClaim':
      return setClaimDefaults(obj as PersistentVolumeClaim);
    case 'PersistentVolume':
      return setVolumeDefaults(obj as PersistentVolume);
    case 'LimitRange':
      return setLimitRangeDefaults(obj as LimitRange);
    case 'NetworkPolicy':
      return setNetworkPolicyDefaults(obj as NetworkPolicy);
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      return setBindingDefaults(obj as Partial<RoleBinding>);
    case undefined: // admit.ts found the kind in UNSIMULATED_BUILTINS: it has one
    default: // ConfigMap, Secret, ServiceAccount, ResourceQuota, PodDisruptionBudget, Role, the Gateway API kinds
      return;
  }
}
