// Metadata the API server and controllers stamp on generated objects: uid, creationTimestamp,
// ownerReferences, and the playground's record of where each object came from (state.origins).
import { deterministicUid } from '../api/systemMeta.ts';
import { objectKey, type ObjectMeta } from '../model/objects.ts';
import type { ClusterState, Origin } from '../model/clusterState.ts';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import type { PathSegment } from '../yaml/fieldPath.ts';
import { jsonClone } from '../api/jsonClone.ts';
import { controllerOf, type Owned } from '../model/ownerReferences.ts';

/** Any typed Kubernetes object (kubernetes-types interfaces have no index signature, unlike KObject). */
export interface KObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
}

/** kubernetes-types marks server-set fields (status, uid, timestamps) readonly; controllers set them. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export function mut<T extends object>(o: T): Mutable<T> {
  return o as Mutable<T>;
}

/** System objects and nodes exist before the scenario: kubeadm ran 10 days earlier. */
export const SYSTEM_AGE_SECONDS = 10 * 24 * 3600;

export function shiftTime(rfc3339: string, seconds: number): string {
  const t = Date.parse(rfc3339);
  if (Number.isNaN(t)) return rfc3339;
  return new Date(t + seconds * 1000).toISOString().replace('.000Z', 'Z');
}

export function systemTimestamp(state: ClusterState): string {
  return shiftTime(state.createdAt, -SYSTEM_AGE_SECONDS);
}

/**
 * The uid of an object, filling one in when the object came without: the objects controllers create
 * go through the API server, which stamps them as it stamps admitted ones (api/systemMeta.ts).
 */
export function ensureUid(state: ClusterState, obj: KObject): string {
  const meta = (mut(obj).metadata ??= {});
  if (!meta.uid)
    mut(meta).uid = deterministicUid(state.seed, objectKey(String(obj.kind), meta.namespace, meta.name ?? ''));
  return meta.uid ?? '';
}

/** A controller ownerReference, as every workload controller sets it (metav1.NewControllerRef). */
export function controllerRef(owner: KObject): OwnerReference {
  return {
    apiVersion: String(owner.apiVersion ?? 'v1'),
    kind: String(owner.kind),
    name: owner.metadata?.name ?? '',
    uid: owner.metadata?.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}

/**
 * Which workload controls a pod, by the ownerReferences the controllers set (metav1.NewControllerRef):
 * the pod's `owner` and, when that is a ReplicaSet, the ReplicaSet's own (`ownersOwner`, a Deployment
 * when pkg/controller/deployment/sync.go getNewReplicaSet made it, and then also `deployment`).
 * `replicaSet` finds a ReplicaSet by name in the pod's namespace; `ownerOf` picks an object's owner.
 */
export function podOwners(
  pod: Owned,
  replicaSet: (name: string) => Owned | undefined,
  ownerOf: (o: Owned | undefined) => OwnerReference | undefined = controllerOf,
): { owner?: OwnerReference; ownersOwner?: OwnerReference; deployment?: OwnerReference } {
  const owner = ownerOf(pod);
  const ownersOwner = owner?.kind === 'ReplicaSet' ? ownerOf(replicaSet(owner.name)) : undefined;
  return { owner, ownersOwner, deployment: ownersOwner?.kind === 'Deployment' ? ownersOwner : undefined };
}

/** Records that `kind/ns/name` was made by `by` on behalf of `owner` (same document, under pathPrefix). */
export function recordOrigin(
  state: ClusterState,
  kind: string,
  namespace: string | undefined,
  name: string,
  owner: KObject | null,
  by: Origin['by'],
  pathPrefix?: readonly PathSegment[],
): void {
  const ownerOrigin = owner
    ? state.origins.get(objectKey(String(owner.kind), owner.metadata?.namespace, owner.metadata?.name ?? ''))
    : undefined;
  const origin: Origin = { docIndex: ownerOrigin?.docIndex ?? -1, by };
  const prefix = [...(ownerOrigin?.pathPrefix ?? []), ...(pathPrefix ?? [])];
  if (prefix.length > 0) origin.pathPrefix = prefix;
  state.origins.set(objectKey(kind, namespace, name), origin);
}

/** A JSON-semantics deep copy (api/jsonClone.ts: same result as a JSON round trip, without the text). */
export function deepClone<T>(v: T): T {
  return jsonClone(v);
}
