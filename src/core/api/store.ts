// Puts an admitted object into the cluster state, by kind.
import type { ClusterState } from '../model/clusterState.ts';
import { PLAYGROUND_GROUP, type K8sObject } from '../model/objects.ts';

/** Kinds that exist only in the playground (settings), never sent to a cluster. */
export function isPlaygroundKind(o: K8sObject): boolean {
  const api = typeof o.apiVersion === 'string' ? o.apiVersion : '';
  return (
    api.startsWith(`${PLAYGROUND_GROUP}/`) ||
    (o.kind === 'KubeProxyConfiguration' && api.startsWith('kubeproxy.config.k8s.io/'))
  );
}

/** Cluster-scoped kinds (no metadata.namespace). */
export const CLUSTER_SCOPED = new Set(['Node', 'Namespace', 'IngressClass', 'GatewayClass']);

const COLLECTION: Record<string, keyof ClusterState> = {
  Namespace: 'namespaces',
  Node: 'nodes',
  Pod: 'pods',
  Service: 'services',
  EndpointSlice: 'endpointSlices',
  Endpoints: 'endpoints',
  Deployment: 'deployments',
  ReplicaSet: 'replicaSets',
  StatefulSet: 'statefulSets',
  DaemonSet: 'daemonSets',
  Ingress: 'ingresses',
  IngressClass: 'ingressClasses',
  GatewayClass: 'gatewayClasses',
  Gateway: 'gateways',
  HTTPRoute: 'httpRoutes',
  ReferenceGrant: 'referenceGrants',
};

/**
 * Where each object sits in its list, so storing and finding stay O(1) for 5,000 documents (a
 * linear scan per document made loading quadratic: 5,001 Services took longer than the page's
 * load watchdog). Controllers and edits still push to and splice these arrays directly, so an
 * index is trusted only while the list's length and its first and last objects are the ones it
 * was built with; otherwise it is rebuilt, in one pass.
 */
interface ListIndex {
  length: number;
  first: K8sObject | undefined;
  last: K8sObject | undefined;
  at: Map<string, number>;
}
const indexes = new WeakMap<K8sObject[], ListIndex>();

const identity = (kind: unknown, namespace: string | undefined, name: string | undefined): string =>
  `${String(kind)}\u0000${namespace === undefined ? '\u0001' : namespace}\u0000${name === undefined ? '\u0001' : name}`;

function indexOf(list: K8sObject[]): ListIndex {
  const known = indexes.get(list);
  if (known && known.length === list.length && known.first === list[0] && known.last === list[list.length - 1])
    return known;
  const at = new Map<string, number>();
  list.forEach((o, i) => {
    const key = identity(o.kind, o.metadata?.namespace, o.metadata?.name);
    // The first of equal objects wins, as findIndex/find return it.
    if (!at.has(key)) at.set(key, i);
  });
  const built = { length: list.length, first: list[0], last: list[list.length - 1], at };
  indexes.set(list, built);
  return built;
}

/** Adds the object, replacing one of the same kind, namespace and name (apply semantics). */
export function storeObject(state: ClusterState, obj: K8sObject): void {
  const key = COLLECTION[String(obj.kind)] ?? 'others';
  const list = state[key] as K8sObject[];
  const index = indexOf(list);
  const id = identity(obj.kind, obj.metadata?.namespace, obj.metadata?.name);
  const i = index.at.get(id);
  if (i !== undefined) list[i] = obj;
  else {
    list.push(obj);
    index.at.set(id, list.length - 1);
    index.length = list.length;
  }
  index.first = list[0];
  index.last = list[list.length - 1];
}

export function findObject(
  state: ClusterState,
  kind: string,
  namespace: string | undefined,
  name: string,
): K8sObject | undefined {
  const key = COLLECTION[kind] ?? 'others';
  const list = state[key] as K8sObject[];
  // Cluster-scoped kinds match whatever namespace was written; their lists are short.
  if (CLUSTER_SCOPED.has(kind)) return list.find((o) => o.kind === kind && o.metadata?.name === name);
  const i = indexOf(list).at.get(identity(kind, namespace, name));
  return i === undefined ? undefined : list[i];
}
