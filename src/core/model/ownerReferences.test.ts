import { describe, expect, it } from 'vitest';
import { controllerOf, isControlledBy } from './ownerReferences.ts';

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

// controller_ref.go IsControlledBy: the controller reference's uid against the owner's.
describe('isControlledBy (metav1.IsControlledBy)', () => {
  it('only the first controller reference counts, and a plain owner reference does not', () => {
    const o = { metadata: { ownerReferences: [ref('a'), ref('b', true), ref('c', true)] } };
    expect(isControlledBy(o, 'b')).toBe(true);
    expect(isControlledBy(o, 'c')).toBe(false);
    expect(isControlledBy(o, 'a')).toBe(false);
    expect(isControlledBy({ metadata: {} }, 'a')).toBe(false);
  });
});
