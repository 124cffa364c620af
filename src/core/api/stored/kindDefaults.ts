// The decoder's defaults for the built-in kinds the playground stores without simulating them
// (kinds.ts UNSIMULATED_BUILTINS), k8s.io/kubernetes v1.34 pkg/apis/<group>/v1/defaults.go:
// core's PersistentVolume(Claim) and LimitRangeItem, networking's NetworkPolicy(Port), rbac's
// (Cluster)RoleBinding and Subject; batch's and autoscaling's in their own files. Secret's
// (type Opaque) is its storage's (api/secretData.ts). ConfigMap, ServiceAccount, ResourceQuota,
// PodDisruptionBudget and Role have none. Fields written with the wrong shape are left alone (shape.ts).
import type { K8sObject } from '../../model/objects.ts';
import { setCronJobDefaults, setJobDefaults } from './batchDefaults.ts';
import { setHorizontalPodAutoscalerDefaults } from './autoscalingDefaults.ts';
import { child, mapping, mappings, orDefault, orDefaultString, type Mapping } from './shape.ts';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** SetDefaults_LimitRangeItem: a Container item's default limit falls back to max, its default request to the default limit, then to min. */
function setLimitRangeDefaults(lr: K8sObject): void {
  for (const item of mappings(mapping(lr['spec'])?.['limits'])) {
    if (item['type'] !== 'Container') continue;
    const def = child(item, 'default');
    const req = child(item, 'defaultRequest');
    if (!def || !req) continue;
    for (const [k, v] of Object.entries(mapping(item['max']) ?? {})) orDefault(def, k, v);
    for (const [k, v] of Object.entries(def)) orDefault(req, k, v);
    for (const [k, v] of Object.entries(mapping(item['min']) ?? {})) orDefault(req, k, v);
  }
}

/** SetDefaults_NetworkPolicyPort (TCP) and SetDefaults_NetworkPolicy: Ingress, and Egress too when egress rules are written. */
function setNetworkPolicyDefaults(np: K8sObject): void {
  const spec = mapping(np['spec']);
  if (!spec) return;
  const egress = spec['egress'];
  for (const rule of [...mappings(spec['ingress']), ...mappings(egress)])
    for (const port of mappings(rule['ports'])) orDefault(port, 'protocol', 'TCP');
  const types = spec['policyTypes'];
  if (types == null || (Array.isArray(types) && types.length === 0))
    spec['policyTypes'] = Array.isArray(egress) && egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

/** SetDefaults_(Cluster)RoleBinding: the role's group; SetDefaults_Subject: a User's or Group's group. */
function setBindingDefaults(binding: K8sObject): void {
  const roleRef = mapping(binding['roleRef']);
  if (roleRef) orDefaultString(roleRef, 'apiGroup', RBAC_GROUP);
  for (const s of mappings(binding['subjects']))
    if (s['kind'] === 'User' || s['kind'] === 'Group') orDefaultString(s, 'apiGroup', RBAC_GROUP);
}

/** SetDefaults_PersistentVolumeClaim(Spec): volumeMode Filesystem, phase Pending. */
function setClaimDefaults(pvc: K8sObject): void {
  const spec = child(pvc, 'spec');
  if (spec) orDefault(spec, 'volumeMode', 'Filesystem');
  setPending(pvc);
}

/** SetDefaults_PersistentVolume: phase Pending, reclaim policy Retain, volumeMode Filesystem. */
function setVolumeDefaults(pv: K8sObject): void {
  const spec = child(pv, 'spec');
  if (spec) {
    orDefaultString(spec, 'persistentVolumeReclaimPolicy', 'Retain');
    orDefault(spec, 'volumeMode', 'Filesystem');
  }
  setPending(pv);
}

const setPending = (o: Mapping) => {
  const status = child(o, 'status');
  if (status) orDefaultString(status, 'phase', 'Pending');
};

/** The kind's SetDefaults_* (and its templates'), in place. */
export function setStoredKindDefaults(obj: K8sObject): void {
  switch (obj.kind) {
    case 'Job':
      return setJobDefaults(obj);
    case 'CronJob':
      return setCronJobDefaults(obj);
    case 'HorizontalPodAutoscaler':
      return setHorizontalPodAutoscalerDefaults(obj);
    case 'PersistentVolumeClaim':
      return setClaimDefaults(obj);
    case 'PersistentVolume':
      return setVolumeDefaults(obj);
    case 'LimitRange':
      return setLimitRangeDefaults(obj);
    case 'NetworkPolicy':
      return setNetworkPolicyDefaults(obj);
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      return setBindingDefaults(obj);
    case undefined: // admit.ts found the kind in UNSIMULATED_BUILTINS: it has one
    default: // ConfigMap, Secret, ServiceAccount, ResourceQuota, PodDisruptionBudget, Role, the Gateway API kinds
      return;
  }
}
