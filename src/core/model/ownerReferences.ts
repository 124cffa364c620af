// Reading an object's ownerReferences, as apimachinery's metav1 does (pkg/apis/meta/v1/controller_ref.go):
// the controllers, the scenario's kubectl edits, kubectl's describe and its messages, and the view
// all ask which reference is the controller's.
import type { OwnerReference } from 'kubernetes-types/meta/v1';

/** Anything with metadata.ownerReferences (a typed object, or a KObject). */
export type Owned = { metadata?: { ownerReferences?: readonly OwnerReference[] } };

/** metav1.GetControllerOf: the (first) ownerReference marked controller. */
export const controllerOf = (o: Owned | undefined): OwnerReference | undefined =>
  o?.metadata?.ownerReferences?.find((r) => r.controller);

/**
 * metav1.IsControlledBy: whether `o`'s controller reference (controllerOf) names the owner's uid.
 * A later reference with controller: true does not count (the API server rejects a second one).
 */
export const isControlledBy = (o: Owned | undefined, ownerUid: string | undefined): boolean => {
  const ref = controllerOf(o);
  return ref !== undefined && ref.uid === ownerUid;
};
