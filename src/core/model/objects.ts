// The Kubernetes object shapes the core works with. They are the real API types
// (kubernetes-types, generated from the OpenAPI spec), so anything the core produces can be
// printed with `-o yaml` and applied to a real cluster.
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { Namespace, Node, Pod, Service, ServicePort, Endpoints, Container } from 'kubernetes-types/core/v1';
import type { Deployment, ReplicaSet, StatefulSet, DaemonSet } from 'kubernetes-types/apps/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Ingress, IngressClass } from 'kubernetes-types/networking/v1';

export type { ObjectMeta, Namespace, Node, Pod, Service, ServicePort, Endpoints, Container };
export type { Deployment, ReplicaSet, StatefulSet, DaemonSet, EndpointSlice, Ingress, IngressClass };

/** Any object of the YAML stream, before we know its kind. */
export interface K8sObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  [field: string]: unknown;
}

/** kubeproxy.config.k8s.io/v1alpha1 KubeProxyConfiguration: the fields the simulator honours. */
export interface KubeProxyConfiguration {
  apiVersion: 'kubeproxy.config.k8s.io/v1alpha1';
  kind: 'KubeProxyConfiguration';
  mode?: '' | 'iptables' | 'ipvs' | 'nftables';
  clusterCIDR?: string;
  masqueradeAll?: boolean;
  ipvs?: { scheduler?: string };
  iptables?: { localhostNodePorts?: boolean };
  nodePortAddresses?: string[];
}

/**
 * playground.ksp.dev/v1alpha1 Cluster: cluster-wide settings a real cluster keeps in flags
 * (kube-apiserver --service-cluster-ip-range, --service-node-port-range, kubelet --cluster-domain).
 * Playground-only: dropped when a scenario is exported for `kubectl apply`.
 */
export interface ClusterSpec {
  serviceCIDR?: string;
  nodePortRange?: string;
  clusterDomain?: string;
}

export const PLAYGROUND_GROUP = 'playground.ksp.dev';
export const PLAYGROUND_API_VERSION = 'playground.ksp.dev/v1alpha1';

/** A stable key for an object: `Kind/namespace/name` (namespace empty for cluster-scoped kinds). */
export function objectKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}

export interface ObjectRef {
  kind: string;
  namespace?: string;
  name: string;
}
