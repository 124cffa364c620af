// The metadata fields the API server fills on create (rest.FillObjectMetaSystemFields: uid,
// creationTimestamp; strategies set generation 1 on objects with a spec generation, and on update
// add one when the spec changed — e.g. pkg/registry/apps/deployment/strategy.go PrepareForUpdate).
// The uid is derived from the seed and the object's key so the same scenario gives the same cluster,
// and an object keeps its uid when unrelated objects are added to the scenario.
import type { K8sObject } from '../model/objects.ts';
import { hashString } from '../random/rng.ts';
import { mutable } from './mutable.ts';
import { canonicalJson } from '../model/canonicalJson.ts';

// Custom resources always carry a generation (apiextensions-apiserver customresource strategy).
// A Pod too: pkg/registry/core/pod/strategy.go PrepareForCreate sets 1 whatever was sent, and
// PrepareForUpdate (updatePodGeneration) adds one when the spec is not semantically equal. Of the
// kinds stored without simulation (api/stored/), the Job, CronJob, NetworkPolicy and
// PodDisruptionBudget strategies do the same, and the other Gateway API kinds are custom resources.
const GENERATION_KINDS = new Set(
  'Pod Deployment ReplicaSet StatefulSet DaemonSet Ingress GatewayClass Gateway HTTPRoute ReferenceGrant Job CronJob NetworkPolicy PodDisruptionBudget GRPCRoute TLSRoute TCPRoute UDPRoute ListenerSet BackendTLSPolicy'.split(
    ' ',
  ),
);

/** The one uid generator: admission stamps it, and controllers/meta.ts ensureUid on the objects controllers create. */
export function deterministicUid(seed: number, key: string): string {
  let hex = '';
  for (let i = 0; hex.length < 32; i++) hex += hashString(`${seed}:${i}:${key}`).toString(16).padStart(8, '0');
  // Shaped as a version-4 UUID like the API server's uuid.NewUUID().
  const h = hex.slice(0, 32).split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16]!, 16) % 4]!;
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

export function fillSystemMeta(obj: K8sObject, seed: number, createdAt: string, key: string, old?: K8sObject): void {
  const meta = mutable((obj.metadata ??= {}));
  meta.uid = old?.metadata?.uid ?? deterministicUid(seed, key);
  meta.creationTimestamp = old?.metadata?.creationTimestamp ?? createdAt;
  fillGeneration(obj, old);
}

/**
 * rest.BeforeUpdate keeps the stored generation; on create PrepareForCreate sets 1 for the kinds
 * above and also EndpointSlice and IngressClass (which the playground shows without one), and any
 * other kind keeps what the user wrote, for ValidateObjectMetaAccessor to check (`>= 0`). Also for
 * the Pods a controller creates (controllers/podTemplate.ts).
 */
export function fillGeneration(obj: Pick<K8sObject, 'kind' | 'metadata'>, old?: K8sObject): void {
  const meta = mutable((obj.metadata ??= {}));
  const kind = String(obj.kind);
  const g = GENERATION_KINDS.has(kind)
    ? (old?.metadata?.generation ?? 1)
    : old || ['EndpointSlice', 'IngressClass'].includes(kind)
      ? old?.metadata?.generation
      : meta.generation;
  // int64 with omitempty: 0 is not written.
  if (g) meta.generation = g;
  else delete meta.generation;
}

/** PrepareForUpdate: a changed spec (compared after defaulting) is a new generation. */
export function bumpGeneration(obj: K8sObject, old: K8sObject | undefined): void {
  if (!old || !GENERATION_KINDS.has(String(obj.kind))) return;
  if (canonicalJson(old['spec']) !== canonicalJson(obj['spec']))
    mutable((obj.metadata ??= {})).generation = (old.metadata?.generation ?? 1) + 1;
}
