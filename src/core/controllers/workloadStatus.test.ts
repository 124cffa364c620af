import { describe, expect, it } from 'vitest';
import { emptyClusterState } from '../model/clusterState.ts';
import { defaultSettings } from '../model/settings.ts';
import type { AdmittedPod, AdmittedReplicaSet } from '../model/admitted.ts';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { ownedPods, ownedReplicaSets } from './workloadStatus.ts';

const ref = (kind: string, uid: string, controller?: boolean): OwnerReference => ({
  apiVersion: 'apps/v1',
  kind,
  name: uid,
  uid,
  ...(controller === undefined ? {} : { controller }),
});
const meta = (name: string, ownerReferences: OwnerReference[]) => ({ name, namespace: 'default', ownerReferences });

// The controllers count what they control as metav1.IsControlledBy does: the first reference with
// controller: true (GetControllerOf), not any reference with it, nor a plain owner reference.
describe('ownedPods / ownedReplicaSets follow the controller reference', () => {
  const state = emptyClusterState(defaultSettings(), 1, { createdAt: 't', now: 't' });
  state.pods.push(
    { metadata: meta('first', [ref('ReplicaSet', 'a', true), ref('ReplicaSet', 'b', true)]) } as AdmittedPod,
    { metadata: meta('plain', [ref('ReplicaSet', 'a'), ref('ReplicaSet', 'b', false)]) } as AdmittedPod,
    { metadata: meta('second', [ref('ReplicaSet', 'c', false), ref('ReplicaSet', 'b', true)]) } as AdmittedPod,
  );
  state.replicaSets.push(
    { metadata: meta('rs-owned', [ref('Deployment', 'd', true)]) } as AdmittedReplicaSet,
    { metadata: meta('rs-plain', [ref('Deployment', 'd')]) } as AdmittedReplicaSet,
  );
  const names = (xs: { metadata: { name: string } }[]) => xs.map((x) => x.metadata.name);

  it('a pod belongs to its first controller only', () => {
    expect(names(ownedPods(state, { metadata: { uid: 'a' } }))).toEqual(['first']);
    expect(names(ownedPods(state, { metadata: { uid: 'b' } }))).toEqual(['second']);
    expect(names(ownedPods(state, { metadata: { uid: 'c' } }))).toEqual([]);
  });
  it("a Deployment's ReplicaSets are the ones it controls", () => {
    expect(names(ownedReplicaSets(state, { metadata: { uid: 'd' } }))).toEqual(['rs-owned']);
  });
});
