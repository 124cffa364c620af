import { describe, expect, it } from 'vitest';
import { controllerOf } from './ownerReferences.ts';

const ref = (name: string, controller?: boolean) => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  name,
  uid: name,
  ...(controller === undefined ? {} : { controller }),
});

// apimachinery pkg/apis/meta/v1/controller_ref.go GetControllerOf (GetControllerOfNoCopy's loop).
describe('controllerOf (metav1.GetControllerOf)', () => {
  it('the first reference whose controller is true; none without one', () => {
    const o = { metadata: { ownerReferences: [ref('a'), ref('b', false), ref('c', true), ref('d', true)] } };
    expect(controllerOf(o)?.name).toBe('c');
    expect(controllerOf({ metadata: { ownerReferences: [ref('a'), ref('b', false)] } })).toBeUndefined();
    expect(controllerOf({ metadata: {} })).toBeUndefined();
    expect(controllerOf(undefined)).toBeUndefined();
  });
});
