// spec.dnsConfig of a Pod or pod template: validatePodDNSConfig of k8s.io/kubernetes
// pkg/apis/core/validation/validation.go, with RelaxedDNSSearchValidation on (the default from
// 1.33; the simulated cluster reports 1.34): a search domain may be "." or end in "." and may hold
// underscores. Limits from libc: 3 nameservers, 32 search domains, 2048 characters.
import type { PodDNSConfig } from 'kubernetes-types/core/v1';
import { invalid, required, type FieldError } from '../fieldErrors.ts';
import { ipErrors } from '../validation/ip.ts';
import { utf8ByteLength } from '../../yaml/limits.ts';
import { isDNS1123SubdomainWithUnderscore } from '../validation/names.ts';

export const MAX_DNS_NAMESERVERS = 3;
export const MAX_DNS_SEARCH_PATHS = 32;
const MAX_DNS_SEARCH_LIST_CHARS = 2048;

export function validatePodDNSConfig(
  dnsConfig: PodDNSConfig | undefined,
  dnsPolicy: string | undefined,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  if (dnsPolicy === 'None') {
    if (!dnsConfig) return [required(path, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if ((dnsConfig.nameservers ?? []).length === 0)
      return [required(`${path}.nameservers`, 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
  }
  if (!dnsConfig) return errs;
  const nameservers = dnsConfig.nameservers ?? [];
  if (nameservers.length > MAX_DNS_NAMESERVERS)
    errs.push(
      invalid(`${path}.nameservers`, nameservers, `must not have more than ${MAX_DNS_NAMESERVERS} nameservers`),
    );
  nameservers.forEach((ns, i) => errs.push(...ipErrors(ns).map((m) => invalid(`${path}.nameservers[${i}]`, ns, m))));
  const searches = dnsConfig.searches ?? [];
  if (searches.length > MAX_DNS_SEARCH_PATHS)
    errs.push(invalid(`${path}.searches`, searches, `must not have more than ${MAX_DNS_SEARCH_PATHS} search paths`));
  // Go's len: bytes, though the message says characters.
  if (utf8ByteLength(searches.join(' ')) > MAX_DNS_SEARCH_LIST_CHARS)
    errs.push(
      invalid(
        `${path}.searches`,
        searches,
        `must not have more than ${MAX_DNS_SEARCH_LIST_CHARS} characters (including spaces) in the search list`,
      ),
    );
  searches.forEach((s, i) => {
    if (s === '.') return;
    const search = s.replace(/\.$/, '');
    errs.push(...isDNS1123SubdomainWithUnderscore(search).map((m) => invalid(`${path}.searches[${i}]`, search, m)));
  });
  (dnsConfig.options ?? []).forEach((o, i) => {
    if (!o?.name) errs.push(required(`${path}.options[${i}]`, 'must not be empty'));
  });
  return errs;
}
