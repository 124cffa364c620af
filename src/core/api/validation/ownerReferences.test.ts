// apimachinery v0.34 pkg/api/validation/objectmeta.go validateOwnerReference / ValidateOwnerReferences
// (and its objectmeta_test.go TestValidateObjectMetaOwnerReferences cases): each message, on the
// list's path, as kubectl prints it.
import { describe, expect, it } from 'vitest';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { renderFieldError } from '../fieldErrors.ts';
import { validateObjectMeta } from './objectMeta.ts';
import { nameIsDNSSubdomain } from './names.ts';
import { validateOwnerReferences } from './ownerReferences.ts';

const P = 'metadata.ownerReferences';
const lines = (refs: OwnerReference[]) => validateOwnerReferences(refs, P).map(renderFieldError);
const ref = (o: Partial<OwnerReference> = {}): OwnerReference => ({
  apiVersion: 'customresourceVersion',
  kind: 'customresourceKind',
  name: 'name',
  uid: '1',
  ...o,
});

describe('validateOwnerReference: one reference', () => {
  it('a third-party reference (a bare version, any kind) is valid', () => {
    expect(lines([ref()])).toEqual([]);
    expect(
      lines([ref({ apiVersion: 'apps/v1', kind: 'ReplicaSet', controller: true, blockOwnerDeletion: true })]),
    ).toEqual([]);
  });
  it('every empty field, in order, on the unindexed path', () => {
    expect(lines([{} as OwnerReference])).toEqual([
      `${P}.apiVersion: Invalid value: "": version must not be empty`,
      `${P}.kind: Invalid value: "": must not be empty`,
      `${P}.name: Invalid value: "": must not be empty`,
      `${P}.uid: Invalid value: "": must not be empty`,
    ]);
  });
  it('the apiVersion is parsed as ParseGroupVersion does: "/", "apps/" and two slashes have no version', () => {
    for (const apiVersion of ['/', 'apps/', 'a/b/c'])
      expect(lines([ref({ apiVersion })])).toEqual([
        `${P}.apiVersion: Invalid value: ${JSON.stringify(apiVersion)}: version must not be empty`,
      ]);
    expect(lines([ref({ apiVersion: '/v1' })])).toEqual([]);
  });
  it('a core/v1 Event may not be an owner (BannedOwners), the reference printed as JSON in field order', () => {
    expect(lines([{ uid: 'u', name: 'e', kind: 'Event', apiVersion: 'v1', blockOwnerDeletion: false }])).toEqual([
      `${P}: Invalid value: {"apiVersion":"v1","kind":"Event","name":"e","uid":"u","blockOwnerDeletion":false}: /v1, Kind=Event is disallowed from being an owner`,
    ]);
    expect(lines([ref({ apiVersion: '/v1', kind: 'Event' })])[0]).toContain('/v1, Kind=Event is disallowed');
    expect(lines([ref({ apiVersion: 'events.k8s.io/v1', kind: 'Event' })])).toEqual([]);
  });
});

describe('ValidateOwnerReferences: the list', () => {
  it('one controller among others is valid', () => {
    expect(
      lines([
        ref({ controller: false }),
        ref({ uid: '2', controller: true }),
        ref({ uid: '3', controller: false }),
        ref({ uid: '4' }),
      ]),
    ).toEqual([]);
  });
  it('a second controller: the whole list as the value, naming the first and the second as kind/name', () => {
    const refs = [
      ref({ kind: 'customresourceKind1', controller: false }),
      ref({ kind: 'customresourceKind2', uid: '2', controller: true }),
      ref({ kind: 'customresourceKind3', uid: '3', controller: true }),
      ref({ kind: 'customresourceKind4', uid: '4' }),
    ];
    const errs = validateOwnerReferences(refs, P);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.source).toBe(`${P}[2].controller`);
    expect(renderFieldError(errs[0]!)).toBe(
      `${P}: Invalid value: [` +
        '{"apiVersion":"customresourceVersion","kind":"customresourceKind1","name":"name","uid":"1","controller":false},' +
        '{"apiVersion":"customresourceVersion","kind":"customresourceKind2","name":"name","uid":"2","controller":true},' +
        '{"apiVersion":"customresourceVersion","kind":"customresourceKind3","name":"name","uid":"3","controller":true},' +
        '{"apiVersion":"customresourceVersion","kind":"customresourceKind4","name":"name","uid":"4"}]: ' +
        'Only one reference can have Controller set to true. Found "true" in references for customresourceKind2/name and customresourceKind3/name',
    );
  });
  it('a third controller is named against the first again', () => {
    const refs = ['a', 'b', 'c'].map((name) => ref({ kind: 'K', name, uid: name, controller: true }));
    expect(lines(refs).map((l) => l.slice(l.indexOf('Found')))).toEqual([
      'Found "true" in references for K/a and K/b',
      'Found "true" in references for K/a and K/c',
    ]);
  });
  it("each reference's errors come before the controller error it triggers; source names the reference", () => {
    const errs = validateOwnerReferences([ref({ controller: true }), ref({ uid: '', controller: true })], P);
    expect(errs.map((e) => [e.field, e.source])).toEqual([
      [`${P}.uid`, `${P}[1].uid`],
      [P, `${P}[1].controller`],
    ]);
  });
});

describe('validateObjectMeta runs it after the annotations, on every kind', () => {
  it('an empty uid', () => {
    const errs = validateObjectMeta(
      { name: 'web', namespace: 'default', labels: { 'bad key!': 'v' }, ownerReferences: [ref({ uid: '' })] },
      true,
      nameIsDNSSubdomain,
    );
    expect(errs.map((e) => e.field)).toEqual(['metadata.labels', 'metadata.ownerReferences.uid']);
  });
});
