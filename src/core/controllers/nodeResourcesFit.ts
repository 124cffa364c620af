// kube-scheduler's NodeResourcesFit filter (pkg/scheduler/framework/plugins/noderesources/fit.go
// fitsRequest): a pod fits a node when, for each resource it requests above zero, the request is no
// more than the node's allocatable minus what the pods already bound there request. Each resource
// short is a reason of its own ("Insufficient cpu", "Insufficient memory",
// "Insufficient ephemeral-storage", "Insufficient <name>" for hugepages and extended resources the
// node does not offer). A pod's request is component-helpers' PodRequests: the containers' sum,
// raised to any init container's (restartable init containers, sidecars, add to both), plus
// spec.overhead. The "Too many pods" check (allowedPodNumber) is not modelled.
// Installed with the quantities plug-in: a scenario without a quantity requests nothing.
import type { Pod } from '../model/objects.ts';
import type { AdmittedNode, AdmittedPod } from '../model/admitted.ts';
import { parseQuantity, scaledValue } from '../api/resource/quantity.ts';

type PodSpec = NonNullable<Pod['spec']>;
/** Requested amounts by resource name: milli-units for cpu, units for the rest (ScaledValue rounded up). */
export type Requests = Map<string, number>;

const amount = (name: string, v: unknown): number => {
  const q = parseQuantity(String(v));
  return q ? scaledValue(q, name === 'cpu' ? -3 : 0) : 0;
};

function add(into: Requests, from: Readonly<Record<string, unknown>> | Requests | undefined): void {
  const entries =
    from instanceof Map
      ? [...from]
      : Object.entries(from && typeof from === 'object' ? from : {}).map(([n, v]) => [n, amount(n, v)] as const);
  for (const [name, v] of entries) into.set(name, (into.get(name) ?? 0) + v);
}

function raise(into: Requests, other: Requests): void {
  for (const [name, v] of other) if (v > (into.get(name) ?? 0)) into.set(name, v);
}

// A controller can meet a spec no admission checked (loadScenario's malformed-input tests): read what is there.
const list = (v: unknown): NonNullable<PodSpec['containers']> => (Array.isArray(v) ? v.filter((c) => c) : []);

/** PodRequests (k8s.io/component-helpers/resource/helpers.go), without pod-level resources. */
export function podRequests(spec: PodSpec): Requests {
  const reqs: Requests = new Map();
  for (const c of list(spec.containers)) add(reqs, c.resources?.requests);
  const sidecars: Requests = new Map();
  const initMax: Requests = new Map();
  for (const c of list(spec.initContainers)) {
    const containerReqs: Requests = new Map();
    if (c.restartPolicy === 'Always') {
      add(reqs, c.resources?.requests);
      add(sidecars, c.resources?.requests);
      add(containerReqs, sidecars);
    } else {
      add(containerReqs, c.resources?.requests);
      add(containerReqs, sidecars);
    }
    raise(initMax, containerReqs);
  }
  raise(reqs, initMax);
  add(reqs, spec.overhead);
  return reqs;
}

/** fitsRequest's reasons for a pod requesting `pod` on `node`, whose pods already request `used`; none when it fits. */
function insufficientResources(pod: Requests, node: AdmittedNode, used: Requests): string[] {
  const allocatable = (node.status?.allocatable ?? {}) as Record<string, unknown>;
  const short = (name: string) => {
    const want = pod.get(name) ?? 0;
    const free = (name in allocatable ? amount(name, allocatable[name]) : 0) - (used.get(name) ?? 0);
    return want > 0 && want > free;
  };
  const named = ['cpu', 'memory', 'ephemeral-storage'];
  const others = [...pod.keys()].filter((n) => !named.includes(n) && n !== 'pods');
  return [...named, ...others].filter(short).map((n) => `Insufficient ${n}`);
}

/** The filter over one scheduling pass: what the pods bound to each node request, starting from `bound`. */
export function resourceFit(bound: readonly AdmittedPod[]) {
  const used = new Map<string, Requests>();
  const fit = {
    /** A pod bound to `node` now holds its requests there. */
    bound(pod: AdmittedPod, node: string): void {
      add(used.get(node) ?? used.set(node, new Map()).get(node)!, podRequests(pod.spec));
    },
    /** The reasons `pod` does not fit `node`; none when it fits. */
    insufficient: (pod: AdmittedPod, node: AdmittedNode): string[] =>
      insufficientResources(podRequests(pod.spec), node, used.get(node.metadata.name) ?? new Map()),
  };
  for (const p of bound) if (p.spec.nodeName) fit.bound(p, p.spec.nodeName);
  return fit;
}
