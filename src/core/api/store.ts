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
export const CLUSTER_SCOPED = new Set(['Node', 'Namespace', 'IngressClass']);

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
};

/** Adds the object, replacing one of the same kind, namespace and name (apply semantics). */
export function storeObject(state: ClusterState, obj: K8sObject): void {
  const key = COLLECTION[String(obj.kind)] ?? 'others';
  const list = state[key] as K8sObject[];
  const ns = obj.metadata?.namespace;
  const name = obj.metadata?.name;
  const i = list.findIndex((o) => o.kind === obj.kind && o.metadata?.namespace === ns && o.metadata?.name === name);
  if (i >= 0) list[i] = obj;
  else list.push(obj);
}

export function findObject(
  state: ClusterState,
  kind: string,
  namespace: string | undefined,
  name: string,
): K8sObject | undefined {
  const key = COLLECTION[kind] ?? 'others';
  const list = state[key] as K8sObject[];
  return list.find(
    (o) =>
      o.kind === kind && (CLUSTER_SCOPED.has(kind) || o.metadata?.namespace === namespace) && o.metadata?.name === name,
  );
}
