// Decoding shapes of apps/v1, discovery.k8s.io/v1 and networking.k8s.io/v1 kinds
// (k8s.io/api apps/v1, discovery/v1, networking/v1 types.go).
import {
  any,
  arr,
  bool,
  i32,
  labelSelector,
  objectReference,
  str,
  stringMap,
  struct,
  topLevel,
  type Schema,
} from './schema.ts';
import { podTemplateSpec } from './coreSchemas.ts';

const workloadSpec = (name: string, extra: Record<string, Schema> = {}): Schema =>
  struct(
    `v1.${name}`,
    {
      replicas: i32,
      selector: labelSelector,
      template: podTemplateSpec,
      minReadySeconds: i32,
      revisionHistoryLimit: i32,
      ...extra,
    },
    true,
  );

export const deploymentSchema: Schema = topLevel('Deployment', {
  spec: workloadSpec('DeploymentSpec', { paused: bool, progressDeadlineSeconds: i32 }),
  status: any,
});
export const replicaSetSchema: Schema = topLevel('ReplicaSet', { spec: workloadSpec('ReplicaSetSpec'), status: any });
export const statefulSetSchema: Schema = topLevel('StatefulSet', {
  spec: workloadSpec('StatefulSetSpec', { serviceName: str(), podManagementPolicy: str('v1.PodManagementPolicyType') }),
  status: any,
});
export const daemonSetSchema: Schema = topLevel('DaemonSet', { spec: workloadSpec('DaemonSetSpec'), status: any });

const endpoint = struct('v1.Endpoint', {
  addresses: arr(str()),
  conditions: struct('v1.EndpointConditions', { ready: bool, serving: bool, terminating: bool }),
  hostname: str(),
  targetRef: objectReference,
  nodeName: str(),
  zone: str(),
  // Decoded, then dropped before validation (discovery/validateEndpointSlice.ts dropTopologyOnV1).
  deprecatedTopology: stringMap,
  // forNodes joined forZones in 1.33 (k8s.io/api discovery/v1 types.go EndpointHints).
  hints: struct('v1.EndpointHints', {
    forZones: arr(struct('v1.ForZone', { name: str() })),
    forNodes: arr(struct('v1.ForNode', { name: str() })),
  }),
});
const endpointPort = struct('v1.EndpointPort', {
  name: str(),
  protocol: str('v1.Protocol'),
  port: i32,
  appProtocol: str(),
});
export const endpointSliceSchema: Schema = topLevel('EndpointSlice', {
  addressType: str('v1.AddressType'),
  endpoints: arr(endpoint),
  ports: arr(endpointPort),
});

const backend = struct('v1.IngressBackend', {
  service: struct('v1.IngressServiceBackend', {
    name: str(),
    port: struct('v1.ServiceBackendPort', { name: str(), number: i32 }),
  }),
  resource: struct('v1.TypedLocalObjectReference', { apiGroup: str(), kind: str(), name: str() }),
});
// IngressRule embeds IngressRuleValue inline, so `http` belongs to IngressRule for the decoder.
const rule = struct('v1.IngressRule', {
  host: str(),
  http: struct('v1.HTTPIngressRuleValue', {
    paths: arr(struct('v1.HTTPIngressPath', { path: str(), pathType: str('v1.PathType'), backend })),
  }),
});
export const ingressSchema: Schema = topLevel('Ingress', {
  spec: struct('v1.IngressSpec', {
    ingressClassName: str(),
    defaultBackend: backend,
    tls: arr(struct('v1.IngressTLS', { hosts: arr(str()), secretName: str() })),
    rules: arr(rule),
  }),
  status: any,
});
export const ingressClassSchema: Schema = topLevel('IngressClass', {
  spec: struct('v1.IngressClassSpec', { controller: str(), parameters: any }),
});

/** autoscaling/v1 Scale, the body of every workload's `/scale` subresource (k8s.io/api autoscaling/v1 types.go). */
export const scaleSchema: Schema = topLevel('Scale', {
  spec: struct('v1.ScaleSpec', { replicas: i32 }),
  status: struct('v1.ScaleStatus', { replicas: i32, selector: str() }),
});
