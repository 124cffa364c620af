import { describe, expect, it } from 'vitest';
import { podOwners } from './meta.ts';
import { controllerOf } from '../model/ownerReferences.ts';

const ref = (kind: string, name: string, controller?: boolean) => ({
  apiVersion: 'apps/v1',
  kind,
  name,
  uid: `${kind}-${name}`,
  ...(controller === undefined ? {} : { controller }),
});
const owned = (...ownerReferences: ReturnType<typeof ref>[]) => ({ metadata: { ownerReferences } });

describe('podOwners (which workload controls a pod)', () => {
  const replicaSets = new Map([
    ['web-abc', owned(ref('Deployment', 'web', true))],
    ['bare-rs', owned()],
    ['loose-rs', owned(ref('Deployment', 'loose'))],
  ]);
  const rs = (name: string) => replicaSets.get(name);

  it("a ReplicaSet's pod: the ReplicaSet, and the Deployment that controls it", () => {
    const o = podOwners(owned(ref('ReplicaSet', 'web-abc', true)), rs);
    expect([o.owner?.name, o.ownersOwner?.name, o.deployment?.name]).toEqual(['web-abc', 'web', 'web']);
    expect(podOwners(owned(ref('ReplicaSet', 'bare-rs', true)), rs)).toMatchObject({ deployment: undefined });
    expect(podOwners(owned(ref('ReplicaSet', 'gone', true)), rs).owner?.name).toBe('gone');
  });

  it('only controller references count (metav1.GetControllerOf), unless the caller picks otherwise', () => {
    expect(podOwners(owned(ref('ReplicaSet', 'web-abc')), rs)).toEqual({
      owner: undefined,
      ownersOwner: undefined,
      deployment: undefined,
    });
    expect(podOwners(owned(ref('ReplicaSet', 'loose-rs', true)), rs).deployment).toBeUndefined();
    const first: typeof controllerOf = (o) => controllerOf(o) ?? o?.metadata?.ownerReferences?.[0];
    expect(podOwners(owned(ref('ReplicaSet', 'loose-rs')), rs, first).deployment?.name).toBe('loose');
  });

  it("another controller's pod has no owner's owner, even when a ReplicaSet shares its name", () => {
    const o = podOwners(owned(ref('StatefulSet', 'web-abc', true)), rs);
    expect([o.owner?.kind, o.ownersOwner, o.deployment]).toEqual(['StatefulSet', undefined, undefined]);
  });
});
