// The part of the worker's ClusterView the diagram reads. Declared structurally (every field the
// diagram does not need is ignored) so the mapper keeps compiling while the protocol grows, and so
// tests can build views by hand. The worker decides every Kubernetes fact; the diagram only draws.
import type { Said, ServiceFinding } from '../../worker/protocol.ts';

export interface ViewPort {
  name?: string;
  protocol: string;
  port: number;
  /** Defaulted by the API server (SetDefaults_Service), so always set. */
  targetPort: number | string;
  nodePort?: number;
}

export interface ViewPod {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  ip?: string;
  node?: string;
  ready: boolean;
  phase?: string;
  ports?: { name?: string; containerPort: number; protocol?: string }[];
  owner?: { kind: string; name: string };
  /** Topology hints of this pod's endpoint, per Service whose EndpointSlice hints it (trafficDistribution). */
  hints?: PodHint[];
}

/** One Service's EndpointSlice hints for a pod's endpoint (`hints.forZones` / `hints.forNodes` names), as the controller wrote them. */
export interface PodHint {
  /** The Service, namespace/name. */
  service: string;
  zones: string[];
  nodes: string[];
}

export interface ViewNode {
  name: string;
  ip?: string;
  ready?: boolean;
  pods: ViewPod[];
}

export interface ViewEndpoint {
  ip?: string;
  pod?: string;
  node?: string;
  ready?: boolean;
}

export interface ViewService {
  namespace: string;
  name: string;
  type: string;
  clusterIP?: string;
  externalIPs?: string[];
  loadBalancerIP?: string;
  ports: ViewPort[];
  selector?: Record<string, string>;
  endpoints: ViewEndpoint[];
  sessionAffinity?: string;
  affinityTimeoutSeconds?: number;
  externalTrafficPolicy?: string;
  /** Why it has no endpoint although it has a selector, as the core explains it (core/dataplane/serviceFindings.ts whyNoEndpoints). */
  noEndpointsWhy?: Said;
  /** What is wrong with its wiring, as the core found it (core/dataplane/serviceFindings.ts). */
  findings?: ServiceFinding[];
  /** Nodes whose kube-proxy drops its outside traffic (eTP Local, no local pod), as the core decided (externalDrops.ts). */
  externalDropNodes?: string[];
}

export interface ViewIngressRule {
  host?: string;
  path?: string;
  service?: string;
  port?: number | string;
}

export interface ViewIngress {
  namespace: string;
  name: string;
  className?: string;
  address?: string;
  rules: ViewIngressRule[];
}

export interface ViewGatewayListener {
  name: string;
  protocol: string;
  port: number;
  hostname?: string;
  /** The status reason the controller gave for not programming it (ProtocolConflict…); absent when it serves. */
  problem?: string;
}

export interface ViewGatewayRoute {
  namespace: string;
  name: string;
  hostnames: string[];
  /** Per rule, its backendRefs: `service` is namespace/name. */
  rules: { backends: { service: string; weight: number }[] }[];
}

export interface ViewGateway {
  namespace: string;
  name: string;
  className?: string;
  address?: string;
  /** namespace/name of its data plane's LoadBalancer Service (where its address leads). */
  dataPlaneService?: string;
  listeners: ViewGatewayListener[];
  /** The HTTPRoutes its controller attached to its listeners. */
  routes: ViewGatewayRoute[];
}

export interface ViewLoadBalancer {
  /** The Service it fronts (namespace/name). */
  service: string;
  ip?: string;
  hostname?: string;
  ports?: number[];
}

export interface ViewClient {
  id: string;
  label?: string;
  /** 'external' clients sit outside the cluster; 'pod' clients are an in-cluster pod. */
  kind: 'external' | 'pod';
  ip?: string;
  pod?: string;
  target?: string;
}

export interface DiagramView {
  nodes: ViewNode[];
  services: ViewService[];
  ingresses?: ViewIngress[];
  gateways?: ViewGateway[];
  loadBalancers?: ViewLoadBalancer[];
}
