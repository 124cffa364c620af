// Input of scripts/gen-k8s-schema.mjs: the kinds the editor's JSON schema covers, as the real
// API types from kubernetes-types. One exported alias per kind; the generator walks from these.
import type {
  Service as CoreService,
  Pod as CorePod,
  Namespace as CoreNamespace,
  Node as CoreNode,
  Endpoints as CoreEndpoints,
} from 'kubernetes-types/core/v1';
import type {
  Deployment as AppsDeployment,
  ReplicaSet as AppsReplicaSet,
  StatefulSet as AppsStatefulSet,
  DaemonSet as AppsDaemonSet,
} from 'kubernetes-types/apps/v1';
import type { EndpointSlice as DiscoveryEndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Ingress as NetIngress, IngressClass as NetIngressClass } from 'kubernetes-types/networking/v1';

export type Service = CoreService;
export type Pod = CorePod;
export type Namespace = CoreNamespace;
export type Node = CoreNode;
export type Endpoints = CoreEndpoints;
export type Deployment = AppsDeployment;
export type ReplicaSet = AppsReplicaSet;
export type StatefulSet = AppsStatefulSet;
export type DaemonSet = AppsDaemonSet;
export type EndpointSlice = DiscoveryEndpointSlice;
export type Ingress = NetIngress;
export type IngressClass = NetIngressClass;
