// What changes when a second document re-applies an existing Service: patchAllocatedValues and
// normalizeClusterIPs for updates (pkg/registry/core/service/storage/storage.go beginUpdate) and
// the update-only rules of validation.go ValidateServiceUpdate (validateUpgradeDowngradeClusterIPs,
// validateLoadBalancerClassField with the old object, validateServiceExternalTrafficFieldsUpdate);
// docs/api-server.md §3.3.
import type { Service } from '../../model/objects.ts';
import { forbidden, invalid, type FieldError } from '../fieldErrors.ts';
import { isHeadless } from './clusterIPs.ts';
import { needsHealthCheck } from './allocate.ts';
import { validateLoadBalancerClassField } from './loadBalancerClass.ts';

const needsClusterIP = (s: Service): boolean => s.spec?.type !== 'ExternalName';
const needsNodePort = (s: Service): boolean => s.spec?.type === 'NodePort' || s.spec?.type === 'LoadBalancer';
const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === (b ?? [])[i]);

/** Keeps allocated values the new YAML omits; nodePorts are matched by port name. */
export function patchAllocatedValues(next: Service, old: Service): void {
  const ns = (next.spec ??= {});
  const os = old.spec ?? {};
  if (needsClusterIP(old) && needsClusterIP(next)) {
    if (!ns.clusterIP && os.clusterIP) ns.clusterIP = os.clusterIP;
    if ((ns.clusterIPs?.length ?? 0) === 0 && (os.clusterIPs?.length ?? 0) > 0) ns.clusterIPs = [...os.clusterIPs!];
  }
  if (needsNodePort(old) && needsNodePort(next)) {
    const usedNew = new Set((ns.ports ?? []).map((p) => p.nodePort ?? 0));
    const used = new Set((os.ports ?? []).map((p) => p.nodePort ?? 0).filter((n) => usedNew.has(n)));
    const byName = new Map<string, number>();
    for (const p of os.ports ?? []) byName.set(p.name ?? '', p.nodePort ?? 0);
    for (const p of ns.ports ?? []) {
      if (p.nodePort) continue;
      const oldVal = byName.get(p.name ?? '') ?? 0;
      if (oldVal && !used.has(oldVal)) p.nodePort = oldVal;
    }
  }
  if (needsHealthCheck(old) && needsHealthCheck(next) && !ns.healthCheckNodePort && os.healthCheckNodePort) {
    ns.healthCheckNodePort = os.healthCheckNodePort;
  }
}

/** normalizeClusterIPs on update: keep clusterIP and clusterIPs in step. */
export function normalizeClusterIPsOnUpdate(next: Service, old: Service): void {
  const ns = (next.spec ??= {});
  const os = old.spec ?? {};
  if (os.clusterIP && !ns.clusterIP && sameList(os.clusterIPs, ns.clusterIPs)) {
    delete ns.clusterIPs;
    return;
  }
  if (os.clusterIP && ns.clusterIP && ns.clusterIP !== os.clusterIP && sameList(os.clusterIPs, ns.clusterIPs)) {
    ns.clusterIPs = [ns.clusterIP];
    return;
  }
  if (ns.clusterIP && (ns.clusterIPs?.length ?? 0) === 0) ns.clusterIPs = [ns.clusterIP];
}

/** ValidateServiceUpdate before its ValidateService call, in upstream's order. */
export function validateServiceUpdate(next: Service, old: Service): FieldError[] {
  const errs = validateClusterIPsUpdate(next, old);
  errs.push(...validateLoadBalancerClassField(old, next));
  // validateServiceExternalTrafficFieldsUpdate
  if (
    needsHealthCheck(old) &&
    needsHealthCheck(next) &&
    next.spec?.healthCheckNodePort !== old.spec?.healthCheckNodePort
  )
    errs.push(forbidden('spec.healthCheckNodePort', 'field is immutable'));
  return errs;
}

/** validateUpgradeDowngradeClusterIPs: a set clusterIP may not change. */
function validateClusterIPsUpdate(next: Service, old: Service): FieldError[] {
  if (old.spec?.type === 'ExternalName' || next.spec?.type === 'ExternalName') return [];
  if (isHeadless(old) && isHeadless(next)) return [];
  const o = old.spec?.clusterIPs ?? [];
  const n = next.spec?.clusterIPs ?? [];
  if (o.length === 0) return [];
  if (n.length === 0) return [invalid('spec.clusterIPs[0]', n, 'primary clusterIP can not be unset')];
  const errs: FieldError[] = [];
  const shared = Math.min(o.length, n.length);
  for (let i = 0; i < shared; i++)
    if (o[i] !== n[i]) errs.push(invalid(`spec.clusterIPs[${i}]`, n, 'may not change once set'));
  return errs;
}
