// A pod's requests or limits summed over its containers, as component-helpers' PodRequests and
// PodLimits compute them (k8s.io/component-helpers/resource/helpers.go) and kubectl's copy of them
// (kubectl pkg/util/resource/resource.go podRequests/podLimits, which `describe node` prints): the
// containers' sum, raised to any init container's (restartable init containers, sidecars, run beside
// the containers and beside the init containers after them, so they add to both), plus spec.overhead
// — onto limits only where a limit above zero is set. Pod-level resources and the container statuses'
// resized resources are not read. Generic over how an amount is held: the scheduler adds numbers
// (controllers/nodeResourcesFit.ts), kubectl adds Quantities and prints them.
import type { Pod } from '../../model/objects.ts';

type PodSpec = NonNullable<Pod['spec']>;

/** How amounts are read, added and compared. */
export interface Amounts<V> {
  read(name: string, v: unknown): V;
  add(a: V, b: V): V;
  greater(a: V, b: V): boolean;
  isZero(v: V): boolean;
}

// A controller can meet a spec no admission checked (loadScenario's malformed-input tests): read what is there.
const list = (v: unknown): NonNullable<PodSpec['containers']> => (Array.isArray(v) ? v.filter((c) => c) : []);
const entries = (from: unknown): [string, unknown][] =>
  from && typeof from === 'object' && !Array.isArray(from) ? Object.entries(from) : [];

/** Adds each amount of `from` to `into`'s amount of the same resource name. */
export function addAmounts<V>(into: Map<string, V>, from: ReadonlyMap<string, V>, add: (a: V, b: V) => V): void {
  for (const [name, v] of from) {
    const had = into.get(name);
    into.set(name, had === undefined ? v : add(had, v));
  }
}

/** The pod's total of `field` (resources.requests or resources.limits) by resource name. */
export function podResources<V>(spec: PodSpec, field: 'requests' | 'limits', amounts: Amounts<V>): Map<string, V> {
  const addInto = (into: Map<string, V>, from: Map<string, V>) => addAmounts(into, from, amounts.add);
  const raise = (into: Map<string, V>, from: Map<string, V>) => {
    for (const [name, v] of from) {
      const had = into.get(name);
      if (had === undefined || amounts.greater(v, had)) into.set(name, v);
    }
  };
  const read = (from: unknown) => new Map(entries(from).map(([n, v]) => [n, amounts.read(n, v)]));
  const total = new Map<string, V>();
  for (const c of list(spec.containers)) addInto(total, read(c.resources?.[field]));
  const sidecars = new Map<string, V>();
  const initMax = new Map<string, V>();
  for (const c of list(spec.initContainers)) {
    const own = read(c.resources?.[field]);
    const running = new Map<string, V>();
    if (c.restartPolicy === 'Always') {
      addInto(total, own);
      addInto(sidecars, own);
    } else addInto(running, own);
    addInto(running, sidecars);
    raise(initMax, running);
  }
  raise(total, initMax);
  for (const [name, v] of read(spec.overhead)) {
    const had = total.get(name);
    if (field === 'requests') total.set(name, had === undefined ? v : amounts.add(had, v));
    else if (had !== undefined && !amounts.isZero(had)) total.set(name, amounts.add(had, v));
  }
  return total;
}
