// What the API server checks when a Pod is applied again (an update): pkg/apis/core/validation/
// validation.go ValidatePodUpdate. Containers may not be added or removed (ValidateContainerUpdates:
// `pod updates may not add or remove containers`, each image required); activeDeadlineSeconds may
// be set, or lowered; then the spec with the updatable fields taken from the old Pod (containers'
// and init containers' images, activeDeadlineSeconds, tolerations, schedulingGates, a
// terminationGracePeriodSeconds of 1 over a negative one) must equal the old spec, else
// `spec: Forbidden: pod updates may not change fields other than …` followed by a diff.
// `kubectl apply` sends a patch, so fields the manifest does not write (nodeName set by the
// scheduler, for one) keep their stored values; we read an update the same way.
// The diff under the message is go-cmp's cmp.Diff upstream, whose format is deliberately unstable;
// ours lists the changed top-level PodSpec fields in the same `-`/`+` layout with JSON values.
import type { Pod } from '../../model/objects.ts';
import { canonicalJson } from '../../model/canonicalJson.ts';
import { forbidden, invalid, required, type FieldError } from '../fieldErrors.ts';

const UPDATABLE = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
];
const MAX_INT32 = 2147483647;

type Spec = Record<string, unknown>;
type Ctr = { image?: string } & Record<string, unknown>;

function containerUpdates(next: Ctr[], prev: Ctr[], path: string): { errs: FieldError[]; stop: boolean } {
  if (next.length !== prev.length)
    return { errs: [forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const errs: FieldError[] = [];
  next.forEach((c, i) => {
    const image = typeof c.image === 'string' ? c.image : '';
    if (image.length === 0) errs.push(required(`${path}[${i}].image`));
    if (image.trim().length !== image.length)
      errs.push(invalid(`${path}[${i}].image`, image, 'must not have leading or trailing whitespace'));
  });
  return { errs, stop: false };
}

/** Patch semantics: spec fields the manifest leaves out keep their stored values (call before validating and storing). */
export function keepStoredPodSpecFields(pod: Pod, old: Pod): void {
  const oldSpec = (old.spec ?? {}) as Spec;
  const spec = (pod.spec ?? {}) as Spec;
  for (const k of Object.keys(oldSpec)) if (spec[k] === undefined) spec[k] = oldSpec[k];
}

export function validatePodUpdate(pod: Pod, old: Pod): FieldError[] {
  const oldSpec = (old.spec ?? {}) as Spec;
  const spec = (pod.spec ?? {}) as Spec;
  const errs: FieldError[] = [];
  const arr = (v: unknown) => (Array.isArray(v) ? (v as Ctr[]) : []);
  for (const [key, path] of [
    ['containers', 'spec.containers'],
    ['initContainers', 'spec.initContainers'],
  ] as const) {
    const r = containerUpdates(arr(spec[key]), arr(oldSpec[key]), path);
    errs.push(...r.errs);
    if (r.stop) return errs;
  }
  const ads = spec['activeDeadlineSeconds'];
  const oldAds = oldSpec['activeDeadlineSeconds'];
  if (typeof ads === 'number') {
    if (ads < 0 || ads > MAX_INT32) {
      errs.push(invalid('spec.activeDeadlineSeconds', ads, `must be between 0 and ${MAX_INT32}, inclusive`));
      return errs;
    }
    if (typeof oldAds === 'number' && oldAds < ads) {
      errs.push(invalid('spec.activeDeadlineSeconds', ads, 'must be less than or equal to previous value'));
      return errs;
    }
  } else if (typeof oldAds === 'number') {
    errs.push(invalid('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value'));
  }
  if (canonicalJson(spec) === canonicalJson(oldSpec)) return errs;

  const munged: Spec = { ...spec };
  const withOldImages = (key: string) => arr(spec[key]).map((c, i) => ({ ...c, image: arr(oldSpec[key])[i]?.image }));
  if (spec['containers'] !== undefined) munged['containers'] = withOldImages('containers');
  if (spec['initContainers'] !== undefined) munged['initContainers'] = withOldImages('initContainers');
  munged['activeDeadlineSeconds'] = oldAds;
  munged['schedulingGates'] = oldSpec['schedulingGates'];
  munged['tolerations'] = oldSpec['tolerations'];
  const oldGrace = oldSpec['terminationGracePeriodSeconds'];
  if (typeof oldGrace === 'number' && oldGrace < 0 && munged['terminationGracePeriodSeconds'] === 1)
    munged['terminationGracePeriodSeconds'] = oldGrace;
  if (canonicalJson(munged) === canonicalJson(oldSpec)) return errs;
  errs.push(
    forbidden(
      'spec',
      `pod updates may not change fields other than ${UPDATABLE.join(',')}\n${specDiff(oldSpec, munged)}`,
    ),
  );
  return errs;
}

/** The changed top-level fields, go-cmp style: `- \tField: old,` / `+ \tField: new,` inside `core.PodSpec{…}`. */
function specDiff(oldSpec: Spec, spec: Spec): string {
  const keys = [...new Set([...Object.keys(oldSpec), ...Object.keys(spec)])].sort();
  const lines = ['  core.PodSpec{'];
  for (const k of keys) {
    const a = oldSpec[k] === undefined ? undefined : canonicalJson(oldSpec[k]);
    const b = spec[k] === undefined ? undefined : canonicalJson(spec[k]);
    if (a === b) continue;
    const name = k.charAt(0).toUpperCase() + k.slice(1);
    lines.push(`- \t${name}: ${a ?? 'nil'},`, `+ \t${name}: ${b ?? 'nil'},`);
  }
  lines.push('  }');
  return lines.join('\n');
}
