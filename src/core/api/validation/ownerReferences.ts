// metadata.ownerReferences as the API server validates them on every kind's create and update:
// k8s.io/apimachinery v0.34 (Kubernetes v1.34) pkg/api/validation/objectmeta.go
// ValidateOwnerReferences / validateOwnerReference, called from ValidateObjectMetaAccessor and its
// Update twin; the group-version parse is pkg/runtime/schema/group_version.go ParseGroupVersion.
// Every error is on the list's path, never an item's (`metadata.ownerReferences.uid`, no index):
// upstream passes the same fldPath for each reference. docs/api-server.md §2.5.
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { invalid, type FieldError } from '../fieldErrors.ts';

/**
 * schema.FromAPIVersionAndKind's group and version: `""` and `"/"` are the empty version, no slash
 * is a bare version, one slash splits group/version, more slashes fail to parse (an empty GVK).
 */
function groupVersion(apiVersion: string): { group: string; version: string } {
  if (apiVersion === '' || apiVersion === '/') return { group: '', version: '' };
  const parts = apiVersion.split('/');
  if (parts.length === 1) return { group: '', version: apiVersion };
  if (parts.length === 2) return { group: parts[0]!, version: parts[1]! };
  return { group: '', version: '' };
}

/**
 * metav1.OwnerReference as encoding/json prints it inside a message (the Invalid value of the
 * reference and list errors): the struct's field order, the four strings always, the two pointer
 * fields only when set (omitempty).
 */
function goJson(ref: OwnerReference): Record<string, unknown> {
  return {
    apiVersion: ref.apiVersion ?? '',
    kind: ref.kind ?? '',
    name: ref.name ?? '',
    uid: ref.uid ?? '',
    ...(ref.controller != null ? { controller: ref.controller } : {}),
    ...(ref.blockOwnerDeletion != null ? { blockOwnerDeletion: ref.blockOwnerDeletion } : {}),
  };
}

/** validateOwnerReference: one reference's errors, all on `path` (the list's); `item` is its own path, for `source`. */
function validateOwnerReference(ref: OwnerReference, path: string, item: string): FieldError[] {
  const errs: FieldError[] = [];
  const at = (e: FieldError, field?: string): FieldError => ({ ...e, source: field ? `${item}.${field}` : item });
  const apiVersion = ref.apiVersion ?? '';
  const kind = ref.kind ?? '';
  const { group, version } = groupVersion(apiVersion);
  if (version === '')
    errs.push(at(invalid(`${path}.apiVersion`, apiVersion, 'version must not be empty'), 'apiVersion'));
  if (kind === '') errs.push(at(invalid(`${path}.kind`, kind, 'must not be empty'), 'kind'));
  if (!ref.name) errs.push(at(invalid(`${path}.name`, ref.name ?? '', 'must not be empty'), 'name'));
  if (!ref.uid) errs.push(at(invalid(`${path}.uid`, ref.uid ?? '', 'must not be empty'), 'uid'));
  // BannedOwners: only core/v1 Event, printed as GroupVersionKind.String().
  if (group === '' && version === 'v1' && kind === 'Event')
    errs.push(at(invalid(path, goJson(ref), `${group}/${version}, Kind=${kind} is disallowed from being an owner`)));
  return errs;
}

/**
 * ValidateOwnerReferences: each reference's errors, and one error for every controller reference
 * after the first, naming the first and that one as `<kind>/<name>`. Nothing about
 * blockOwnerDeletion: upstream validation has no rule for it (only the optional
 * OwnerReferencesPermissionEnforcement admission plugin looks at it, and it is off by default).
 */
export function validateOwnerReferences(refs: readonly OwnerReference[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let firstController = '';
  (refs ?? []).forEach((ref, i) => {
    errs.push(...validateOwnerReference(ref, path, `${path}[${i}]`));
    if (ref.controller !== true) return;
    const current = `${ref.kind ?? ''}/${ref.name ?? ''}`;
    if (firstController === '') firstController = current;
    else
      errs.push({
        ...invalid(
          path,
          (refs ?? []).map(goJson),
          `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${current}`,
        ),
        source: `${path}[${i}].controller`,
      });
  });
  return errs;
}
