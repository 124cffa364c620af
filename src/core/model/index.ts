// The model's door: the Kubernetes object types, the cluster state, the cluster-wide settings, and the
// readings of an object every layer shares (a node's addresses, a pod's readiness).
export type * from './objects.ts';
export type * from './admitted.ts';
export { objectKey, PLAYGROUND_API_VERSION, PLAYGROUND_GROUP } from './objects.ts';
export type { ClusterState, Origin } from './clusterState.ts';
export { clusterOwned, clusterOwnedObject, emptyClusterState, SYSTEM_NAMESPACE } from './clusterState.ts';
export { defaultSettings, type ClusterSettings, type ProxyMode } from './settings.ts';
export { nodeHostIPs, nodeIPv4 } from './nodeAddresses.ts';
export { isPodReady } from './podReady.ts';
export { podWaiting, type PodWaiting } from './podWaiting.ts';
export { controllerOf } from './ownerReferences.ts';
