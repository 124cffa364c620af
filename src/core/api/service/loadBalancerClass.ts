// spec.loadBalancerClass in the API server (docs/api-server.md §3.2, §3.3):
// - validation (k8s.io/kubernetes pkg/apis/core/validation/validation.go validateLoadBalancerClassField,
//   called by ValidateService with no old object and by ValidateServiceUpdate with one): the class
//   may not change while the Service stays a LoadBalancer, is a qualified name on a LoadBalancer,
//   and is Forbidden on any other type;
// - the update strategy (pkg/registry/core/service/strategy.go dropTypeDependentFields): leaving
//   type LoadBalancer with the class untouched drops it, so that update is not refused.
import type { Service } from '../../model/objects.ts';
import { forbidden, invalid, type FieldError } from '../fieldErrors.ts';
import { isQualifiedName } from '../validation/names.ts';

const PATH = 'spec.loadBalancerClass';
const isLoadBalancer = (s: Service): boolean => s.spec?.type === 'LoadBalancer';
/** sameLoadBalancerClass: both unset, or both set to the same text. */
const sameClass = (a: Service, b: Service): boolean =>
  (a.spec?.loadBalancerClass ?? null) === (b.spec?.loadBalancerClass ?? null);

export function validateLoadBalancerClassField(old: Service | undefined, svc: Service): FieldError[] {
  const errs: FieldError[] = [];
  const cls = svc.spec?.loadBalancerClass;
  // The value is the new class (Go's *string): null when the update removes it.
  if (old && isLoadBalancer(old) && isLoadBalancer(svc) && !sameClass(old, svc))
    errs.push(invalid(PATH, cls ?? null, 'may not change once set'));
  if (isLoadBalancer(svc)) {
    if (cls != null) errs.push(...isQualifiedName(cls).map((m) => invalid(PATH, cls, m)));
  } else if (cls != null) {
    errs.push(forbidden(PATH, "may only be used when `type` is 'LoadBalancer'"));
  }
  return errs;
}

/** dropTypeDependentFields, the loadBalancerClass part: runs before update validation. */
export function dropUnchangedLoadBalancerClass(next: Service, old: Service): void {
  if (isLoadBalancer(old) && !isLoadBalancer(next) && sameClass(old, next) && next.spec)
    delete next.spec.loadBalancerClass;
}
