// kube-scheduler's NodeResourcesFit filter (pkg/scheduler/framework/plugins/noderesources/fit.go
// fitsRequest): a pod fits a node when, for each resource it requests above zero, the request is no
// more than the node's allocatable minus what the pods already bound there request. Each resource
// short is a reason of its own ("Insufficient cpu", "Insufficient memory",
// "Insufficient ephemeral-storage", "Insufficient <name>" for hugepages and extended resources the
// node does not offer). A pod's request is component-helpers' PodRequests (api/resource/podResources.ts).
// fitsRequest's first check, "Too many pods", is the scheduler's (it counts the pods on
// each node); this file reads the node's allowed number for it (allowedPods).
// Installed with the quantities plug-in: a scenario without a quantity requests nothing.
import type { Pod } from '../model/objects.ts';
import type { AdmittedNode, AdmittedPod } from '../model/admitted.ts';
import { parseQuantity, scaledValue } from '../api/resource/quantity.ts';
import { addAmounts, podResources, type Amounts } from '../api/resource/podResources.ts';

type PodSpec = NonNullable<Pod['spec']>;
/** Requested amounts by resource name: milli-units for cpu, units for the rest (ScaledValue rounded up). */
export type Requests = Map<string, number>;

const amount = (name: string, v: unknown): number => {
  const q = parseQuantity(String(v));
  return q ? scaledValue(q, name === 'cpu' ? -3 : 0) : 0;
};

const numbers: Amounts<number> = {
  read: amount,
  add: (a, b) => a + b,
  greater: (a, b) => a > b,
  isZero: (v) => v === 0,
};

/** PodRequests (k8s.io/component-helpers/resource/helpers.go), without pod-level resources. */
export const podRequests = (spec: PodSpec): Requests => podResources(spec, 'requests', numbers);

// A node's allocatable is read for every pod the scheduler places and a pod's requests for every
// node it tries: read each once. Parsing them again each time was a tenth of loading 1,000 Pods on
// ten Nodes. Keyed by the allocatable object itself, so a node given a new one is read anew.
const allocatableAmounts = new WeakMap<object, Map<string, number>>();

/** The node's allocatable `name` as the filter compares it (0 where the node lists none). */
function allocatable(node: AdmittedNode, name: string): number {
  const from = node.status?.allocatable as Record<string, unknown> | undefined;
  if (!from || !(name in from)) return 0;
  let read = allocatableAmounts.get(from);
  if (!read) allocatableAmounts.set(from, (read = new Map()));
  let v = read.get(name);
  if (v === undefined) read.set(name, (v = amount(name, from[name])));
  return v;
}

/** fitsRequest's reasons for a pod requesting `pod` on `node`, whose pods already request `used`; none when it fits. */
function insufficientResources(pod: Requests, node: AdmittedNode, used: Requests): string[] {
  const short = (name: string) => {
    const want = pod.get(name) ?? 0;
    const free = allocatable(node, name) - (used.get(name) ?? 0);
    return want > 0 && want > free;
  };
  const named = ['cpu', 'memory', 'ephemeral-storage'];
  const others = [...pod.keys()].filter((n) => !named.includes(n) && n !== 'pods');
  return [...named, ...others].filter(short).map((n) => `Insufficient ${n}`);
}

/** The filter over one scheduling pass: what the pods bound to each node request, starting from `bound`. */
export function resourceFit(bound: readonly AdmittedPod[]) {
  const used = new Map<string, Requests>();
  // The pod being placed: asked once per node it is tried on, then once more when it is bound.
  let last: { spec: PodSpec; requests: Requests } | null = null;
  const requestsOf = (pod: AdmittedPod): Requests => {
    if (last?.spec !== pod.spec) last = { spec: pod.spec, requests: podRequests(pod.spec) };
    return last.requests;
  };
  const fit = {
    /** A pod bound to `node` now holds its requests there. */
    bound(pod: AdmittedPod, node: string): void {
      const sum = used.get(node) ?? used.set(node, new Map()).get(node)!;
      addAmounts(sum, requestsOf(pod), numbers.add);
    },
    /** NodeInfo's AllowedPodNumber: the Value() of the node's allocatable pods (0 without one). */
    allowedPods: (node: AdmittedNode): number => allocatable(node, 'pods'),
    /** The reasons `pod` does not fit `node`'s resources; none when it fits. */
    insufficient: (pod: AdmittedPod, node: AdmittedNode): string[] =>
      insufficientResources(requestsOf(pod), node, used.get(node.metadata.name) ?? new Map()),
  };
  for (const p of bound) if (p.spec.nodeName) fit.bound(p, p.spec.nodeName);
  return fit;
}
