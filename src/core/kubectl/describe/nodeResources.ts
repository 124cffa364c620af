// describeNodeResource (kubectl pkg/describe/describe.go): the node's non-terminated pods with their
// CPU and memory requests and limits, then what they add up to ("Allocated resources"), each as a
// share of the node's allocatable (its capacity when it has none). A pod's requests and limits are
// kubectl's PodRequestsAndLimits (api/resource/podResources.ts) as Quantities, printed as String()
// and added with Quantity.Add. A share is Go's int64(float64(used) / float64(allocatable) * 100):
// truncated, and on amd64 math.MinInt64 when the node has none of the resource (a division by zero).

import type { AdmittedNode, AdmittedPod } from '../../model/admitted.ts';
import type { ClusterState } from '../../model/clusterState.ts';
import { addAmounts, podResources, type Amounts } from '../../api/resource/podResources.ts';
import {
  addQuantities,
  compareQuantities,
  parseQuantity,
  quantityString,
  scaledValue,
  type Quantity,
} from '../../api/resource/quantity.ts';
import { ageOf } from '../humanDuration.ts';
import { byteCompare } from '../labelSelector.ts';
import type { Lines } from './writer.ts';

type List = Map<string, Quantity>;

const ZERO: Quantity = { sign: 0, mantissa: 0n, exp10: 0, format: 'DecimalSI' };
const quantity = (v: unknown): Quantity => parseQuantity(String(v)) ?? ZERO;

const quantities: Amounts<Quantity> = {
  read: (_name, v) => quantity(v),
  add: addQuantities,
  greater: (a, b) => compareQuantities(a, b) > 0,
  isZero: (q) => q.sign === 0,
};

/** Go's int64(f) as amd64 converts it: truncated; NaN, ±Inf and out-of-range values become math.MinInt64. */
const int64 = (f: number): string =>
  Number.isFinite(f) && Math.abs(f) < 2 ** 63 ? String(Math.trunc(f)) : '-9223372036854775808';

/** "q (N%)": `q` as a share of `of`, both read at `scale` (MilliValue for cpu, Value for the rest). */
function share(q: Quantity | undefined, of: Quantity | undefined, scale: number, guard: boolean): string {
  const used = q ?? ZERO;
  const total = scaledValue(of ?? ZERO, scale);
  // The table divides as it is; the totals leave a share at 0 when the node has none.
  const f = guard && total === 0 ? 0 : (scaledValue(used, scale) / total) * 100;
  return `${quantityString(used)} (${int64(f)}%)`;
}

/** A resource list of the API (stored strings) as Quantities. */
const listOf = (from: Record<string, unknown> | undefined): List =>
  new Map(Object.entries(from ?? {}).map(([n, v]) => [n, quantity(v)]));

/** The pods listed with field selector spec.nodeName=NODE,status.phase!=Succeeded,status.phase!=Failed, in the API's order. */
export function nonTerminatedPods(state: ClusterState, node: string): AdmittedPod[] {
  return state.pods
    .filter((p) => p.spec.nodeName === node && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')
    .sort(
      (a, b) =>
        byteCompare(a.metadata.namespace ?? '', b.metadata.namespace ?? '') ||
        byteCompare(a.metadata.name, b.metadata.name),
    );
}

export function describeNodeResource(w: Lines, node: AdmittedNode, pods: readonly AdmittedPod[], state: ClusterState) {
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const status = node.status ?? {};
  const allocatable = listOf(
    Object.keys(status.allocatable ?? {}).length > 0 ? status.allocatable : (status.capacity ?? undefined),
  );
  const cpu = allocatable.get('cpu');
  const memory = allocatable.get('memory');
  const requests: List = new Map();
  const limits: List = new Map();
  const sum = (into: List, from: List) => addAmounts(into, from, addQuantities);
  for (const pod of pods) {
    const req = podResources(pod.spec, 'requests', quantities);
    const lim = podResources(pod.spec, 'limits', quantities);
    sum(requests, req);
    sum(limits, lim);
    w.write(
      1,
      `${pod.metadata.namespace}\t${pod.metadata.name}\t\t${share(req.get('cpu'), cpu, -3, false)}\t${share(lim.get('cpu'), cpu, -3, false)}\t${share(req.get('memory'), memory, 0, false)}\t${share(lim.get('memory'), memory, 0, false)}\t${ageOf(pod.metadata, state)}\n`,
    );
  }

  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  const row = (name: string, scale: number) =>
    w.write(
      1,
      `${name}\t${share(requests.get(name), allocatable.get(name), scale, true)}\t${share(limits.get(name), allocatable.get(name), scale, true)}\n`,
    );
  row('cpu', -3);
  row('memory', 0);
  row('ephemeral-storage', 0);
  const names = [...allocatable.keys()].sort(byteCompare);
  for (const name of names.filter((n) => n.startsWith('hugepages-'))) row(name, 0);
  const standard = ['cpu', 'memory', 'ephemeral-storage', 'pods'];
  for (const name of names.filter((n) => !n.startsWith('hugepages-') && !standard.includes(n))) {
    w.write(1, `${name}\t${quantityString(requests.get(name) ?? ZERO)}\t${quantityString(limits.get(name) ?? ZERO)}\n`);
  }
}
