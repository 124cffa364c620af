// The clusterIP-related steps that run before allocation: normalizeClusterIPs (storage.go
// beginCreate), ValidateServiceClusterIPsRelatedFields (validation.go) and initIPFamilyFields
// (storage/alloc.go) for a single-stack IPv4 cluster. docs/api-server.md §2.1, §3.2 (cluster IPs), §4.1.
import type { Service } from '../../model/objects.ts';
import { duplicate, invalid, notSupported, required, type FieldError } from '../fieldErrors.ts';
import { INVALID_IP, ipFamilyOf } from '../validation/ip.ts';

const IP_FAMILIES = ['IPv4', 'IPv6'];
const IP_FAMILY_POLICIES = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];

/** On create: only the singular clusterIP given → clusterIPs = [clusterIP]. */
export function normalizeClusterIPsOnCreate(svc: Service): void {
  const spec = svc.spec ?? {};
  if (spec.clusterIP && (spec.clusterIPs?.length ?? 0) === 0) spec.clusterIPs = [spec.clusterIP];
}

/** validation.go isHeadlessService: clusterIPs == ["None"] (any type). */
export function isHeadless(svc: Service): boolean {
  const ips = svc.spec?.clusterIPs ?? [];
  return ips.length === 1 && ips[0] === 'None';
}

export function validateClusterIPsRelatedFields(svc: Service): FieldError[] {
  const spec = svc.spec ?? {};
  const errs: FieldError[] = [];
  const ips = spec.clusterIPs ?? [];
  const path = 'spec.clusterIPs';
  if (spec.clusterIP) {
    if (ips.length === 0) errs.push(required(path));
    else if (ips[0] !== spec.clusterIP) errs.push(invalid(path, ips, 'first value must match `clusterIP`'));
  } else if (ips.length !== 0) {
    errs.push(invalid(path, ips, 'must be empty when `clusterIP` is not specified'));
  }
  const seen = new Set<string>();
  (spec.ipFamilies ?? []).forEach((f, i) => {
    if (!IP_FAMILIES.includes(f)) errs.push(notSupported(`spec.ipFamilies[${i}]`, f, IP_FAMILIES));
    if (seen.has(f)) errs.push(duplicate(`spec.ipFamilies[${i}]`, f));
    seen.add(f);
  });
  if (spec.ipFamilyPolicy != null && !IP_FAMILY_POLICIES.includes(spec.ipFamilyPolicy)) {
    errs.push(notSupported('spec.ipFamilyPolicy', spec.ipFamilyPolicy, IP_FAMILY_POLICIES));
  }
  let hasInvalidIPs = false;
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1) {
        hasInvalidIPs = true;
        errs.push(invalid(path, ips, "'None' must be the first and only value"));
      }
      return;
    }
    if (ipFamilyOf(ip) === null) {
      hasInvalidIPs = true;
      errs.push(invalid(`${path}[${i}]`, ip, INVALID_IP));
    }
  });
  if (ips.length > 2) errs.push(invalid(path, ips, 'may only hold up to 2 values'));
  if (hasInvalidIPs) return errs;
  if (ips.length > 1 && ipFamilyOf(ips[0]!) === ipFamilyOf(ips[1]!)) {
    errs.push(invalid(path, ips, 'may specify no more than one IP for each IP family'));
  }
  const fams = spec.ipFamilies ?? [];
  if (!isHeadless(svc) && ips.length > 0 && fams.length > 0) {
    ips.forEach((ip, i) => {
      if (i > fams.length - 1) return;
      const isV6 = ipFamilyOf(ip) === 'IPv6';
      if (fams[i] === 'IPv4' && isV6)
        errs.push(invalid(`${path}[${i}]`, ip, `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``));
      if (fams[i] === 'IPv6' && !isV6)
        errs.push(invalid(`${path}[${i}]`, ip, `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``));
    });
  }
  return errs;
}

/**
 * initIPFamilyFields on a single-stack IPv4 cluster (create). Returns the Invalid errors the
 * API server returns alone; fills ipFamilyPolicy and ipFamilies otherwise.
 */
export function initIPFamilyFields(svc: Service, old?: Service): FieldError[] {
  const spec = svc.spec ?? {};
  if (spec.type === 'ExternalName') return [];
  const headlessSelectorless = spec.clusterIP === 'None' && Object.keys(spec.selector ?? {}).length === 0;
  if (spec.ipFamilyPolicy == null) {
    spec.ipFamilyPolicy = old?.spec?.ipFamilyPolicy ?? (headlessSelectorless ? 'RequireDualStack' : 'SingleStack');
  }
  const pre = validateClusterIPsRelatedFields(svc);
  if (pre.length > 0) return pre;
  const errs: FieldError[] = [];
  const ips = spec.clusterIPs ?? [];
  if (spec.ipFamilyPolicy === 'SingleStack') {
    if (ips.length === 2)
      errs.push(
        invalid(
          'spec.ipFamilyPolicy',
          spec.ipFamilyPolicy,
          "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified",
        ),
      );
    if ((spec.ipFamilies?.length ?? 0) === 2)
      errs.push(
        invalid(
          'spec.ipFamilyPolicy',
          spec.ipFamilyPolicy,
          "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified",
        ),
      );
  }
  const fams = [...(spec.ipFamilies ?? [])];
  for (let i = 0; i < ips.length; i++) {
    if (ips[i] === 'None') break;
    const fam = ipFamilyOf(ips[i]!);
    if (i >= fams.length) {
      if (fam !== 'IPv4') errs.push(invalid(`spec.clusterIPs[${i}]`, ips, `${fam} is not configured on this cluster`));
      else fams.push(fam);
    }
  }
  if (errs.length > 0) return errs;
  spec.ipFamilies = fams;
  if (headlessSelectorless) {
    // alloc.go: headless+selectorless takes the other family too unless SingleStack, even on a
    // single-stack cluster ("the validation allows it").
    const f = fams.length === 0 ? ['IPv4'] : fams;
    if (f.length < 2 && spec.ipFamilyPolicy !== 'SingleStack') f.push(f[0] === 'IPv4' ? 'IPv6' : 'IPv4');
    spec.ipFamilies = f;
    return [];
  }
  if (spec.ipFamilyPolicy === 'RequireDualStack') {
    errs.push(
      invalid('spec.ipFamilyPolicy', spec.ipFamilyPolicy, 'this cluster is not configured for dual-stack services'),
    );
  }
  fams.forEach((f, i) => {
    if (f !== 'IPv4') errs.push(invalid(`spec.ipFamilies[${i}]`, f, 'not configured on this cluster'));
  });
  if (errs.length > 0) return errs;
  if (fams.length === 0) spec.ipFamilies = ['IPv4'];
  return [];
}
