// The EndpointSlice strategy's warnings (k8s.io/kubernetes pkg/registry/discovery/endpointslice/strategy.go,
// v1.34.2: WarningsOnCreate = warnOnDeprecatedAddressType + warnOnBadIPs, WarningsOnUpdate = warnOnBadIPs),
// returned only when validation passed (apiserver pkg/registry/rest create.go BeforeCreate,
// update.go BeforeUpdate); docs/api-server.md §2.4.
import type { EndpointSlice } from '../../model/objects.ts';
import { ENDPOINTSLICE_CONTROLLER, LABEL_MANAGED_BY, MIRRORING_CONTROLLER } from '../../model/endpointSliceLabels.ts';
import { getWarningsForIP, type ApiWarning } from '../validation/ipWarnings.ts';

/** `old` is the stored slice on an update (WarningsOnUpdate), absent on a create (WarningsOnCreate). */
export function endpointSliceWarnings(es: EndpointSlice, old?: EndpointSlice): ApiWarning[] {
  return [...(old ? [] : warnOnDeprecatedAddressType(es)), ...warnOnBadIPs(es)];
}

/**
 * Upstream builds the path as field.NewPath("spec").Child("addressType"), so the text says
 * `spec.addressType` though an EndpointSlice has no spec; the warning is positioned on `addressType`.
 */
function warnOnDeprecatedAddressType(es: EndpointSlice): ApiWarning[] {
  if (es.addressType !== 'FQDN') return [];
  return [{ field: 'addressType', message: 'spec.addressType: FQDN endpoints are deprecated' }];
}

/**
 * GetWarningsForIP on every address of every endpoint, whatever the addressType (an FQDN slice's
 * `010.1.0.7` is a valid domain name and gets it too), except on a slice one of the two controllers
 * manages: they write canonical IPs, so upstream skips the check.
 */
function warnOnBadIPs(es: EndpointSlice): ApiWarning[] {
  const managedBy = es.metadata?.labels?.[LABEL_MANAGED_BY];
  if (managedBy === ENDPOINTSLICE_CONTROLLER || managedBy === MIRRORING_CONTROLLER) return [];
  return (es.endpoints ?? []).flatMap((ep, i) =>
    (ep.addresses ?? []).flatMap((a, j) => getWarningsForIP(`endpoints[${i}].addresses[${j}]`, a)),
  );
}
