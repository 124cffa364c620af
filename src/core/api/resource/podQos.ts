// A Pod's QoS class as the API server computes it on create (the pod strategy's PrepareForCreate sets
// status.qosClass from k8s.io/kubernetes v1.34 pkg/apis/core/helper/qos/qos.go ComputePodQOS): only
// cpu and memory count, and only quantities above zero. Guaranteed when every container (init
// containers too) limits both and the summed requests equal the summed limits; BestEffort when
// nothing counts; Burstable otherwise. Pod-level resources (spec.resources) are not read (docs/api-server.md §5.3).
import type { Pod } from '../../model/objects.ts';
import { addQuantities, compareQuantities, parseQuantity, type Quantity } from './quantity.ts';

type PodSpec = NonNullable<Pod['spec']>;

export function podQosClass(spec: PodSpec): string {
  const sums = { requests: new Map<string, Quantity>(), limits: new Map<string, Quantity>() };
  let guaranteed = true;
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    for (const list of ['requests', 'limits'] as const) {
      const found = new Set<string>();
      for (const [name, v] of Object.entries(c?.resources?.[list] ?? {})) {
        const q = parseQuantity(String(v));
        if ((name !== 'cpu' && name !== 'memory') || !q || q.sign <= 0) continue;
        found.add(name);
        const sum = sums[list].get(name);
        sums[list].set(name, sum ? addQuantities(sum, q) : q);
      }
      if (list === 'limits' && !(found.has('cpu') && found.has('memory'))) guaranteed = false;
    }
  }
  const { requests, limits } = sums;
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  for (const [name, req] of requests) {
    const lim = limits.get(name);
    if (!lim || compareQuantities(lim, req) !== 0) guaranteed = false;
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
