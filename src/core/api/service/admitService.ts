// The Service create/update pipeline of the API server, in upstream's order
// (docs/api-server.md §2.1): normalizeClusterIPs → initIPFamilyFields (its errors
// alone) → allocate clusterIP, nodePorts, healthCheckNodePort (errors alone) → PrepareForCreate →
// ValidateService (allocations released on failure) → warnings.
import type { Service } from '../../model/objects.ts';
import type { Allocators } from '../allocators.ts';
import type { FieldError } from '../fieldErrors.ts';
import { mutable } from '../mutable.ts';
import { allocateService, heldBy } from './allocate.ts';
import { initIPFamilyFields, normalizeClusterIPsOnCreate } from './clusterIPs.ts';
import { validateService } from './validate.ts';
import { serviceWarnings } from './warnings.ts';
import type { ApiWarning } from '../validation/ipWarnings.ts';
import { normalizeClusterIPsOnUpdate, patchAllocatedValues, validateServiceUpdate } from './update.ts';
import { dropUnchangedLoadBalancerClass } from './loadBalancerClass.ts';

export type ServiceAdmission =
  | { ok: true; object: Service; warnings: ApiWarning[] }
  | { ok: false; invalid: FieldError[] }
  | { ok: false; internal: string };

/** `svc` is decoded, defaulted and owned by the caller (mutated in place). */
export function admitServiceCreate(svc: Service, alloc: Allocators): ServiceAdmission {
  normalizeClusterIPsOnCreate(svc);
  const famErrs = initIPFamilyFields(svc);
  if (famErrs.length > 0) return { ok: false, invalid: famErrs };
  const a = allocateService(svc, alloc);
  if (!a.ok) return 'invalid' in a ? { ok: false, invalid: a.invalid } : { ok: false, internal: a.internal };
  // PrepareForCreate wipes status.
  mutable(svc).status = { loadBalancer: {} };
  const errs = validateService(svc);
  if (errs.length > 0) {
    a.txn.revert();
    return { ok: false, invalid: errs };
  }
  return { ok: true, object: svc, warnings: serviceWarnings(svc) };
}

function retake(held: { ips: string[]; ports: number[] }, alloc: Allocators): void {
  for (const ip of held.ips) alloc.clusterIP.allocate(ip);
  for (const p of held.ports) alloc.nodePort.allocate(p);
}

/** An apply over an existing Service (replace semantics with patchAllocatedValues). */
export function admitServiceUpdate(svc: Service, old: Service, alloc: Allocators): ServiceAdmission {
  patchAllocatedValues(svc, old);
  normalizeClusterIPsOnUpdate(svc, old);
  // PrepareForUpdate: the old status, and dropTypeDependentFields.
  mutable(svc).status = old.status ?? { loadBalancer: {} };
  dropUnchangedLoadBalancerClass(svc, old);
  const immutable = validateServiceUpdate(svc, old);
  if (immutable.length > 0) return { ok: false, invalid: [...immutable, ...validateService(svc)] };
  const held = heldBy(old);
  for (const ip of held.ips) alloc.clusterIP.release(ip);
  for (const p of held.ports) alloc.nodePort.release(p);
  const famErrs = initIPFamilyFields(svc, old);
  if (famErrs.length > 0) {
    retake(held, alloc);
    return { ok: false, invalid: famErrs };
  }
  const a = allocateService(svc, alloc);
  if (!a.ok) {
    retake(held, alloc);
    return 'invalid' in a ? { ok: false, invalid: a.invalid } : { ok: false, internal: a.internal };
  }
  if (svc.spec?.type !== 'LoadBalancer' && svc.status) mutable(svc).status = { loadBalancer: {} };
  const errs = validateService(svc);
  if (errs.length > 0) {
    a.txn.revert();
    retake(held, alloc);
    return { ok: false, invalid: errs };
  }
  return { ok: true, object: svc, warnings: serviceWarnings(svc) };
}
