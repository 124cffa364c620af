// ObjectMeta, labels, annotations and label selectors, as apimachinery v0.34 validates them
// (pkg/api/validation/objectmeta.go ValidateObjectMetaAccessor, ValidateAnnotations,
// ValidateFinalizers; generic.go ValidateNonnegativeField; the ownerReferences in
// ownerReferences.ts; pkg/apis/meta/v1/validation ValidateLabels, ValidateLabelSelector), and the
// finalizer names kubernetes v1.34 pkg/apis/core/validation ValidateObjectMeta adds
// (validateKubeFinalizerName). docs/api-server.md §2.6.
import type { ObjectMeta } from '../../model/objects.ts';
import { forbidden, invalid, required, tooLong, type FieldError } from '../fieldErrors.ts';
import { utf8ByteLength } from '../../yaml/limits.ts';
import { isDNS1123Label, isQualifiedName, isValidLabelValue, type NameValidator } from './names.ts';
import type { LabelSelectorLike } from '../../model/labels.ts';
import { validateOwnerReferences } from './ownerReferences.ts';

/** metav1.FinalizerOrphanDependents and FinalizerDeleteDependents (apimachinery pkg/apis/meta/v1/types.go). */
const ORPHAN = 'orphan';
const FOREGROUND = 'foregroundDeletion';

/** ValidateNonnegativeField (apimachinery pkg/api/validation/generic.go). */
export const nonNegative = (v: number | undefined, path: string): FieldError[] =>
  v !== undefined && v < 0 ? [invalid(path, v, 'must be greater than or equal to 0')] : [];

/** Labels: the path is the map's, not keyed (`metadata.labels`, `spec.selector`). */
export function validateLabels(labels: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    for (const msg of isQualifiedName(k)) errs.push(invalid(path, k, msg));
    for (const msg of isValidLabelValue(v)) errs.push(invalid(path, v, msg));
  }
  return errs;
}

/** TotalAnnotationSizeLimitB (apimachinery pkg/api/validation/objectmeta.go): 256 KiB. */
const TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * 1024;

/** Annotation keys are checked lower-cased, the original key is printed. */
export function validateAnnotations(annotations: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let total = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    for (const msg of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, msg));
    total += utf8ByteLength(k) + utf8ByteLength(v);
  }
  // ValidateAnnotationsSize: keys and values in bytes (Go's len), against TotalAnnotationSizeLimitB.
  if (total > TOTAL_ANNOTATION_SIZE_LIMIT_B) errs.push(tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT_B));
  return errs;
}

/**
 * ValidateObjectMetaAccessor, in its order (managedFields not validated: docs/api-server.md §2.6).
 * `kube` adds pkg/apis/core/validation ValidateObjectMeta's finalizer-name check, which every
 * built-in kind's validation runs; a custom resource gets only apimachinery's.
 */
export function validateObjectMeta(
  meta: ObjectMeta | undefined,
  namespaced: boolean,
  nameFn: NameValidator,
  kube = true,
): FieldError[] {
  const path = 'metadata';
  const m = meta ?? {};
  const errs: FieldError[] = [];
  if (m.generateName)
    for (const msg of nameFn(m.generateName, true)) errs.push(invalid(`${path}.generateName`, m.generateName, msg));
  if (!m.name) errs.push(required(`${path}.name`, 'name or generateName is required'));
  else for (const msg of nameFn(m.name, false)) errs.push(invalid(`${path}.name`, m.name, msg));
  if (namespaced) {
    if (!m.namespace) errs.push(required(`${path}.namespace`));
    else for (const msg of isDNS1123Label(m.namespace)) errs.push(invalid(`${path}.namespace`, m.namespace, msg));
  } else if (m.namespace) {
    errs.push(forbidden(`${path}.namespace`, 'not allowed on this type'));
  }
  errs.push(...nonNegative(m.generation, `${path}.generation`));
  errs.push(...validateLabels(m.labels, `${path}.labels`));
  errs.push(...validateAnnotations(m.annotations, `${path}.annotations`));
  errs.push(...validateOwnerReferences(m.ownerReferences, `${path}.ownerReferences`));
  // ValidateFinalizers: each name a qualified name, reported on the list's path (upstream passes it
  // unindexed; `source` places it); metav1's FinalizerOrphanDependents with FinalizerDeleteDependents.
  const fins = m.finalizers ?? [];
  const fp = `${path}.finalizers`;
  fins.forEach((f, i) =>
    errs.push(...isQualifiedName(f).map((msg) => ({ ...invalid(fp, f, msg), source: `${fp}[${i}]` }))),
  );
  if (fins.includes(ORPHAN) && fins.includes(FOREGROUND))
    errs.push(invalid(fp, fins, `finalizer ${ORPHAN} and ${FOREGROUND} cannot be both set`));
  // validateKubeFinalizerName: a name without `/` must be a standard one (pkg/apis/core/helper
  // IsStandardFinalizerName: core.FinalizerKubernetes, orphan, foregroundDeletion).
  if (kube)
    fins.forEach((f, i) => {
      if (!f.includes('/') && ![ORPHAN, FOREGROUND, 'kubernetes'].includes(f))
        errs.push(invalid(`${fp}[${i}]`, f, 'name is neither a standard finalizer name nor is it fully qualified'));
    });
  return errs;
}

/** ValidateLabelSelector (+ ValidateLabelSelectorRequirement). */
export function validateLabelSelector(sel: LabelSelectorLike | undefined, path: string): FieldError[] {
  if (!sel) return [];
  const errs: FieldError[] = validateLabels(sel.matchLabels, `${path}.matchLabels`);
  (sel.matchExpressions ?? []).forEach((r, i) => {
    const p = `${path}.matchExpressions[${i}]`;
    const n = r.values?.length ?? 0;
    if (r.operator === 'In' || r.operator === 'NotIn') {
      if (n === 0) errs.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (r.operator === 'Exists' || r.operator === 'DoesNotExist') {
      if (n > 0)
        errs.push(forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else {
      errs.push(invalid(`${p}.operator`, r.operator, 'not a valid selector operator'));
    }
    for (const msg of isQualifiedName(r.key ?? '')) errs.push(invalid(`${p}.key`, r.key ?? '', msg));
  });
  return errs;
}
