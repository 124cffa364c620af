// Allocation of a Service's clusterIP, nodePorts and healthCheckNodePort as one transaction
// (k8s.io/kubernetes pkg/registry/core/service/storage/alloc.go allocateCreate → allocClusterIPs,
// txnAllocNodePorts → initNodePorts, allocateHealthCheckNodePort). Failures are reported alone:
// requested IP/nodePort → Invalid on the field; random allocation → InternalError.
import type { Service } from '../../model/objects.ts';
import type { Allocators } from '../allocators.ts';
import { invalid, type FieldError } from '../fieldErrors.ts';
import { isHeadless } from './clusterIPs.ts';

export interface AllocationTxn {
  /** Gives back everything this transaction took. */
  revert(): void;
}

export type AllocationResult =
  { ok: true; txn: AllocationTxn } | { ok: false; invalid: FieldError[] } | { ok: false; internal: string };

/** pkg/api/service/util.go NeedsHealthCheck. */
export function needsHealthCheck(svc: Service): boolean {
  return svc.spec?.type === 'LoadBalancer' && svc.spec.externalTrafficPolicy === 'Local';
}

/** alloc.go shouldAllocateNodePorts. */
function shouldAllocateNodePorts(svc: Service): boolean {
  if (svc.spec?.type === 'NodePort') return true;
  if (svc.spec?.type === 'LoadBalancer') return svc.spec.allocateLoadBalancerNodePorts !== false;
  return false;
}

export function allocateService(svc: Service, alloc: Allocators): AllocationResult {
  const spec = svc.spec ?? {};
  const ips: string[] = [];
  const ports: number[] = [];
  const txn: AllocationTxn = {
    revert() {
      for (const ip of ips) alloc.clusterIP.release(ip);
      for (const p of ports) alloc.nodePort.release(p);
    },
  };
  const fail = (r: AllocationResult): AllocationResult => {
    txn.revert();
    return r;
  };

  if (spec.type !== 'ExternalName' && !isHeadless(svc)) {
    const requested = spec.clusterIPs?.[0];
    if (requested) {
      const r = alloc.clusterIP.allocate(requested);
      if (r !== true)
        return fail({
          ok: false,
          invalid: [
            invalid('spec.clusterIPs', spec.clusterIPs ?? [], `failed to allocate IP ${requested}: ${r.error}`),
          ],
        });
      ips.push(requested);
    } else {
      const r = alloc.clusterIP.allocateNext();
      if (typeof r !== 'string') return fail({ ok: false, internal: `failed to allocate a serviceIP: ${r.error}` });
      ips.push(r);
      spec.clusterIP = r;
      spec.clusterIPs = [r];
    }
  }

  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    const list = spec.ports ?? [];
    // Ports with the same port number share one nodePort (svcPortToNodePort is keyed by port).
    const byPort = new Map<number, number>();
    for (let i = 0; i < list.length; i++) {
      const sp = list[i]!;
      if (!sp.nodePort && !shouldAllocateNodePorts(svc)) continue;
      const shared = byPort.get(sp.port) ?? 0;
      if (shared === 0) {
        const np = list.find((x) => x.port === sp.port && x.nodePort)?.nodePort ?? 0;
        if (np !== 0) {
          const r = alloc.nodePort.allocate(np);
          if (r !== true) return fail({ ok: false, invalid: [invalid(`spec.ports[${i}].nodePort`, np, r.error)] });
          ports.push(np);
          sp.nodePort = np;
          byPort.set(sp.port, np);
        } else {
          const r = alloc.nodePort.allocateNext();
          if (typeof r !== 'number') return fail({ ok: false, internal: `failed to allocate a nodePort: ${r.error}` });
          ports.push(r);
          sp.nodePort = r;
          byPort.set(sp.port, r);
        }
      } else if (sp.nodePort !== shared) {
        if (!sp.nodePort) {
          sp.nodePort = shared;
        } else {
          const r = alloc.nodePort.allocate(sp.nodePort);
          if (r !== true)
            return fail({ ok: false, invalid: [invalid(`spec.ports[${i}].nodePort`, sp.nodePort, r.error)] });
          ports.push(sp.nodePort);
        }
      }
    }
  }

  if (needsHealthCheck(svc)) {
    const hc = spec.healthCheckNodePort ?? 0;
    if (hc !== 0) {
      const r = alloc.nodePort.allocate(hc);
      if (r !== true)
        return fail({ ok: false, internal: `failed to allocate requested HealthCheck NodePort ${hc}: ${r.error}` });
      ports.push(hc);
    } else {
      const r = alloc.nodePort.allocateNext();
      if (typeof r !== 'number')
        return fail({ ok: false, internal: `failed to allocate a HealthCheck NodePort 0: ${r.error}` });
      ports.push(r);
      spec.healthCheckNodePort = r;
    }
  }
  return { ok: true, txn };
}

/** What a stored Service holds in the allocators (to release it on update). */
export function heldBy(svc: Service): { ips: string[]; ports: number[] } {
  const spec = svc.spec ?? {};
  const ips = (spec.clusterIPs ?? []).filter((ip) => ip && ip !== 'None');
  const ports = new Set<number>();
  for (const p of spec.ports ?? []) if (p.nodePort) ports.add(p.nodePort);
  if (spec.healthCheckNodePort) ports.add(spec.healthCheckNodePort);
  return { ips, ports: [...ports] };
}
