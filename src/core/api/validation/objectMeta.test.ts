// metadata.generation and metadata.finalizers: apimachinery v0.34 pkg/api/validation/objectmeta.go
// ValidateObjectMetaAccessor (ValidateNonnegativeField, ValidateFinalizers; objectmeta_test.go
// TestValidateFinalizersPreventConflictingFinalizers) and kubernetes v1.34
// pkg/apis/core/validation ValidateObjectMeta's validateKubeFinalizerName, as kubectl prints them.
import { describe, expect, it } from 'vitest';
import type { ObjectMeta } from '../../model/objects.ts';
import { renderFieldError } from '../fieldErrors.ts';
import { validateObjectMeta } from './objectMeta.ts';
import { nameIsDNSSubdomain } from './names.ts';

const lines = (meta: Partial<ObjectMeta>, kube = true) =>
  validateObjectMeta({ name: 'test', ...meta } as ObjectMeta, false, nameIsDNSSubdomain, kube).map(renderFieldError);
const NEITHER = 'name is neither a standard finalizer name nor is it fully qualified';

describe('metadata.generation', () => {
  it('must not be negative', () => {
    expect(lines({ generation: -1 })).toEqual([
      'metadata.generation: Invalid value: -1: must be greater than or equal to 0',
    ]);
    expect(lines({ generation: 0 })).toEqual([]);
    expect(lines({ generation: 7 })).toEqual([]);
  });
});

describe('metadata.finalizers', () => {
  it('the standard names and qualified names with a prefix pass', () => {
    expect(
      lines({ finalizers: ['kubernetes', 'orphan', 'example.com/cleanup', 'kubernetes.io/pv-protection'] }),
    ).toEqual([]);
  });
  it('a name without `/` must be a standard one, reported at its index', () => {
    expect(lines({ finalizers: ['example.com/a', 'foo', 'example.com'] })).toEqual([
      `metadata.finalizers[1]: Invalid value: "foo": ${NEITHER}`,
      `metadata.finalizers[2]: Invalid value: "example.com": ${NEITHER}`,
    ]);
  });
  it('a custom resource gets only apimachinery’s check (the CR validator warns instead)', () => {
    expect(lines({ finalizers: ['foo'] }, false)).toEqual([]);
  });
  it('not a qualified name: on the unindexed path, before the kube name check', () => {
    const errs = validateObjectMeta(
      { name: 'test', finalizers: ['a/b/c', 'Foo_'] } as ObjectMeta,
      false,
      nameIsDNSSubdomain,
    );
    expect(errs.map(renderFieldError)).toEqual([
      `metadata.finalizers: Invalid value: "a/b/c": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
      `metadata.finalizers: Invalid value: "Foo_": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
      `metadata.finalizers[1]: Invalid value: "Foo_": ${NEITHER}`,
    ]);
    // The editor places each on its item.
    expect(errs.map((e) => e.source)).toEqual(['metadata.finalizers[0]', 'metadata.finalizers[1]', undefined]);
  });
  it('orphan and foregroundDeletion together', () => {
    expect(lines({ finalizers: ['orphan', 'foregroundDeletion'] })).toEqual([
      'metadata.finalizers: Invalid value: ["orphan","foregroundDeletion"]: finalizer orphan and foregroundDeletion cannot be both set',
    ]);
  });
});
