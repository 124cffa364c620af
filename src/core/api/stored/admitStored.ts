// The API server's admission of the built-in kinds the playground stores without simulating them
// (kinds.ts UNSIMULATED_BUILTINS), in upstream's order (docs/api-server.md §2.1): the request's
// namespace (NamespaceLifecycle refuses a missing one), the metadata every object gets
// (systemMeta.ts: uid, creationTimestamp, generation), the decoder's defaults (kindDefaults.ts),
// the strategy's PrepareForCreate / PrepareForUpdate (a create sets no status, an update keeps the
// stored one; a Job's generated selector), StorageObjectInUseProtection's finalizers, and the
// defaults once more on the object as it is read back (a Job's labels copied from its template).
// A plug-in (api/plugins.ts): a scenario that holds none of these kinds never loads this code.
import { objectKey, type K8sObject } from '../../model/objects.ts';
import type { AdmissionContext, AdmissionResult } from '../admit.ts';
import { canonicalJson } from '../../model/canonicalJson.ts';
import { jsonClone } from '../jsonClone.ts';
import { resourceName } from '../kinds.ts';
import { admissionPlugin } from '../plugins.ts';
import { namespaceNotFound, whoFields, type Who } from '../respond.ts';
import { findObject } from '../store.ts';
import { bumpGeneration, fillSystemMeta } from '../systemMeta.ts';
import { generateJobSelector } from './batchDefaults.ts';
import { setStoredKindDefaults } from './kindDefaults.ts';

/**
 * The status a create leaves (PrepareForCreate clears it), as encoding/json writes the empty
 * struct: fields without omitempty stay, as zero (autoscaling/v2 HorizontalPodAutoscalerStatus,
 * policy/v1 PodDisruptionBudgetStatus). A PersistentVolume's strategy starts it Pending, now.
 * Kinds without a status (or, for the Gateway API kinds, with a status subresource) have none.
 */
function freshStatus(kind: string, now: string): Record<string, unknown> | undefined {
  switch (kind) {
    case 'Job':
    case 'CronJob':
    case 'PersistentVolumeClaim':
    case 'ResourceQuota':
      return {};
    case 'HorizontalPodAutoscaler':
      return { currentMetrics: null, desiredReplicas: 0 };
    case 'PodDisruptionBudget':
      return { currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 };
    case 'PersistentVolume':
      return { phase: 'Pending', lastPhaseTransitionTime: now };
    default:
      return undefined;
  }
}

/** The kinds whose stored form has a status (freshStatus), and the written one is what a create clears. */
const HAS_STATUS =
  /^(Job|CronJob|PersistentVolumeClaim|PersistentVolume|ResourceQuota|HorizontalPodAutoscaler|PodDisruptionBudget|NetworkPolicy|GRPCRoute|TLSRoute|TCPRoute|UDPRoute|ListenerSet|BackendTLSPolicy)$/;

/** StorageObjectInUseProtection (plugin/pkg/admission/storage/storageobjectinuseprotection): on create only. */
const PROTECTION: Record<string, string> = {
  PersistentVolumeClaim: 'kubernetes.io/pvc-protection',
  PersistentVolume: 'kubernetes.io/pv-protection',
};

function prepare(obj: K8sObject, old: K8sObject | undefined, now: string): void {
  const kind = String(obj.kind);
  if (HAS_STATUS.test(kind)) {
    const status = old ? old['status'] : freshStatus(kind, now);
    if (status === undefined) delete obj['status'];
    else obj['status'] = jsonClone(status);
  }
  if (kind === 'Job') generateJobSelector(obj);
  const finalizer = PROTECTION[kind];
  const meta = obj.metadata!;
  if (finalizer && !old && Array.isArray(meta.finalizers ?? []) && !(meta.finalizers ?? []).includes(finalizer))
    meta.finalizers = [...(meta.finalizers ?? []), finalizer];
}

/** admit.ts's answer for a stored kind: `namespaced` as UNSIMULATED_BUILTINS has it; `w` names the request. */
export function admitStored(input: K8sObject, namespaced: boolean, ctx: AdmissionContext, w: Who): AdmissionResult {
  const prepared = jsonClone(input);
  const kind = String(prepared.kind);
  const meta = (prepared.metadata ??= {});
  if (namespaced) {
    meta.namespace = w.namespace = (typeof meta.namespace === 'string' && meta.namespace) || 'default';
    if (!ctx.state.namespaces.some((n) => n.metadata.name === w.namespace)) return namespaceNotFound(w, w.namespace);
  } else delete meta.namespace;
  const old = findObject(ctx.state, kind, w.namespace, w.name);
  fillSystemMeta(prepared, ctx.state.seed, ctx.state.createdAt, objectKey(kind, w.namespace, w.name), old);
  setStoredKindDefaults(prepared);
  // What the API server stores of a Secret (api/secretData.ts, the config plug-in's: requirePlugins saw the kind).
  if (kind === 'Secret') admissionPlugin('config').prepare?.(prepared);
  prepare(prepared, old, ctx.state.createdAt);
  bumpGeneration(prepared, old);
  // Stored (encoded, which separates what the defaults shared) and read back (decoded and defaulted again).
  const obj = jsonClone(prepared);
  setStoredKindDefaults(obj);
  const unchanged = old && canonicalJson(old) === canonicalJson(obj);
  const outcome = old ? 'configured' : 'created';
  return {
    ...whoFields(w),
    outcome,
    object: obj,
    fieldErrors: [],
    message: `${resourceName(String(obj.apiVersion), kind)}/${w.name} ${unchanged ? 'unchanged' : outcome}`,
    // Kinds the playground reads: a ServiceAccount (its existence and automountServiceAccountToken,
    // api/pod/podAdmission.ts), ConfigMaps and Secrets (the keys kubelet looks up, controllers/kubeletConfig.ts;
    // a Secret's type, which a Gateway listener's certificate must have, controllers/gatewayAttachment.ts).
    warnings: unchanged || /^(ServiceAccount|ConfigMap|Secret)$/.test(kind) ? [] : [storedOnlyWarning(kind)],
  };
}

/** The playground's own warning for a built-in kind it stores and does not act on (its words, not the API server's: a code for the faces). */
function storedOnlyWarning(kind: string): AdmissionResult['warnings'][number] {
  return {
    message: `${kind} is stored but not simulated by the playground`,
    field: 'kind',
    say: { code: 'kind.storedNotSimulated', params: { kind } },
  };
}
