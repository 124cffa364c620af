// A container's resources as the API server validates them (k8s.io/kubernetes v1.34
// pkg/apis/core/validation/validation.go ValidateContainerResourceRequirements,
// validateResourceRequirements, validateContainerResourceName, validateResourceName,
// ValidateResourceQuantityValue, ValidateNonnegativeQuantity, validateResourceQuantityHugePageValue;
// the names' kinds from pkg/apis/core/helper/helpers.go). The quantities are already in their stored
// form (decoding gave them, decode/decode.ts): the messages print them as String() does.
// Not checked: the whole-number rule of extended resources (ValidateResourceQuantityValue prints
// the Go struct of the in-memory quantity, which its stored form does not keep) and `claims`
// against pod.spec.resourceClaims (docs/api-server.md §5.3).
import { forbidden, invalid, required, type FieldError } from '../fieldErrors.ts';
import { isQualifiedName } from '../validation/names.ts';
import type { Pod } from '../../model/objects.ts';
import { compareQuantities, parseQuantity, type Quantity } from './quantity.ts';

/** core.standardResources (helper.IsStandardResourceName, with the quota's hugepages names). */
const STANDARD = new Set(
  'cpu memory ephemeral-storage requests.cpu requests.memory requests.ephemeral-storage limits.cpu limits.memory limits.ephemeral-storage pods services replicationcontrollers resourcequotas secrets configmaps persistentvolumeclaims storage requests.storage services.nodeports services.loadbalancers'.split(
    ' ',
  ),
);
const isHugePages = (name: string): boolean => name.startsWith('hugepages-');
/** helper.IsNativeResource: no prefix, or the kubernetes.io/ one. */
const isNative = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/');
/** helper.IsOvercommitAllowed: extended resources and hugepages must request exactly their limit. */
const overcommitAllowed = (name: string): boolean => isNative(name) && !isHugePages(name);

/** validateContainerResourceName (after validateResourceName): both messages can come for one name. */
function validateName(name: string, path: string): FieldError[] {
  const msgs = isQualifiedName(name);
  const errs = msgs.map((m) => invalid(path, name, m));
  const bare = !name.includes('/');
  if (errs.length === 0 && bare && !STANDARD.has(name) && !name.startsWith('requests.hugepages-') && !isHugePages(name))
    errs.push(invalid(path, name, 'must be a standard resource type or fully qualified'));
  if (bare) {
    if (!['cpu', 'memory', 'ephemeral-storage'].includes(name) && !isHugePages(name))
      errs.push(invalid(path, name, 'must be a standard resource for containers'));
  } else if (!isNative(name) && (name.startsWith('requests.') || isQualifiedName(`requests.${name}`).length > 0)) {
    // helper.IsExtendedResourceName: not native, and still a qualified name as a quota's `requests.<name>`.
    errs.push(invalid(path, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

/** Quantity.Value(): the whole number, rounded up (away from zero). */
function wholeValue(q: Quantity): bigint {
  if (q.exp10 >= 0) return BigInt(q.sign) * q.mantissa * 10n ** BigInt(q.exp10);
  const div = 10n ** BigInt(-q.exp10);
  return BigInt(q.sign) * ((q.mantissa + div - 1n) / div);
}

/** validateResourceQuantityHugePageValue: a whole, positive multiple of the page size its name gives. */
function hugePagesError(name: string, q: Quantity, text: string): string | null {
  if (!isHugePages(name)) return null;
  const page = parseQuantity(name.slice('hugepages-'.length));
  const whole = page && page.sign > 0 && (page.exp10 >= 0 || page.mantissa % 10n ** BigInt(-page.exp10) === 0n);
  const size = whole ? wholeValue(page) : 0n;
  return size > 0n && wholeValue(q) % size === 0n ? null : `${text} is not positive integer multiple of ${name}`;
}

type ResourceList = Record<string, unknown>;
type PodSpec = NonNullable<Pod['spec']>;

/** Every init container's and container's resources in a pod spec at `path` (validateInitContainers, validateContainers), into `errs`. */
export function validatePodResources(spec: PodSpec | undefined, path: string, errs: FieldError[]): void {
  const found = (['initContainers', 'containers'] as const).flatMap((list) =>
    (spec?.[list] ?? []).flatMap((c, i) =>
      validateResourceRequirements(c?.resources, `${path}.${list}[${i}].resources`),
    ),
  );
  errs.push(...found);
}

/** ValidateContainerResourceRequirements of `resources` at `path` (`spec.containers[0].resources`). */
export function validateResourceRequirements(resources: unknown, path: string): FieldError[] {
  const r = (resources ?? {}) as { limits?: ResourceList; requests?: ResourceList };
  const limits = r.limits ?? {};
  const errs: FieldError[] = [];
  let cpuOrMemory = false;
  let hugePages = false;
  const check = (list: 'limits' | 'requests', name: string, text: string): Quantity => {
    const at = `${path}.${list}[${name}]`;
    errs.push(...validateName(name, at));
    const q = parseQuantity(text) ?? parseQuantity('0')!;
    if (q.sign < 0) errs.push(invalid(at, text, 'must be greater than or equal to 0'));
    if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
    if (isHugePages(name)) hugePages = true;
    return q;
  };
  const hugePageCheck = (list: 'limits' | 'requests', name: string, q: Quantity, text: string): void => {
    const e = hugePagesError(name, q, text);
    if (e) errs.push(invalid(`${path}.${list}[${name}]`, text, e));
  };
  for (const [name, v] of Object.entries(limits))
    hugePageCheck('limits', name, check('limits', name, String(v)), String(v));
  for (const [name, v] of Object.entries(r.requests ?? {})) {
    const text = String(v);
    const q = check('requests', name, text);
    if (Object.prototype.hasOwnProperty.call(limits, name)) {
      const limitText = String(limits[name]);
      const c = compareQuantities(q, parseQuantity(limitText) ?? parseQuantity('0')!);
      if (c !== 0 && !overcommitAllowed(name))
        errs.push(invalid(`${path}.requests`, text, `must be equal to ${name} limit of ${limitText}`));
      else if (c > 0)
        errs.push(invalid(`${path}.requests`, text, `must be less than or equal to ${name} limit of ${limitText}`));
    } else if (!overcommitAllowed(name)) {
      errs.push(required(`${path}.limits`, 'Limit must be set for non overcommitable resources'));
    }
    hugePageCheck('requests', name, q, text);
  }
  if (!cpuOrMemory && hugePages) errs.push(forbidden(path, 'HugePages require cpu or memory'));
  return errs;
}
