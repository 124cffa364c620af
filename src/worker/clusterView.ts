// The cluster as the page draws it: a serializable projection of the core's ClusterState that the
// worker builds (view.ts) and sends in its answers (protocol.ts). Plain, structured-clone-safe
// data; the page imports types only from here.
import type { Said, ServiceFinding } from '../core/dataplane/index.ts';
import type { SourceRange } from '../core/yaml/index.ts';

/** Where an object is written in the scenario text (so the UI can highlight and reveal it). */
export interface ViewSource {
  /** Index of the YAML document that declared it, or that declared its owner (a Deployment's pods). */
  docIndex: number;
  /** The whole document's range, 1-based like Monaco. Absent when the object has no document (system objects). */
  range?: SourceRange;
  /** Who made it: 'user', 'system', or a controller's name. */
  by: string;
  /** The cluster runs it for itself (core/model clusterOwned): hidden with the system objects, never a traffic source. */
  system?: true;
}

export interface ObjectRefView {
  kind: string;
  namespace?: string;
  name: string;
}

export interface NodeView {
  name: string;
  ip: string;
  podCIDR: string;
  ready: boolean;
  labels: Record<string, string>;
  source: ViewSource | null;
}

export interface ContainerPortView {
  name: string;
  containerPort: number;
  protocol: string;
}

export interface PodView {
  namespace: string;
  name: string;
  node: string;
  ip: string;
  ready: boolean;
  terminating: boolean;
  phase: string;
  /** Why its first waiting container waits, kubelet's words (`CreateContainerConfigError: configmap "x" not found`), or ''. */
  waiting: string;
  /** The playground's readiness stand-in holds it not ready (`playground.ksp.dev/ready: "false"`). */
  markedNotReady: boolean;
  labels: Record<string, string>;
  ports: ContainerPortView[];
  /** The controller that owns it (`ReplicaSet/web-7d4b9c`), or null for a bare Pod. */
  owner: ObjectRefView | null;
  /** The Deployment that owns it through its ReplicaSet (the controllers' ownerReferences), by name in its namespace; null otherwise. */
  deployment: string | null;
  docIndex: number | null;
  source: ViewSource | null;
}

export interface ServicePortView {
  name: string;
  port: number;
  targetPort: number | string;
  nodePort: number | null;
  protocol: string;
}

export interface EndpointView {
  ip: string;
  port: number | null;
  /** The Service port this endpoint port belongs to (EndpointSlice port name). */
  portName: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  pod: string | null;
  node: string | null;
  /** The EndpointSlice controller's topology hints (`hints.forZones` / `hints.forNodes` names), set by `spec.trafficDistribution`; absent without hints. */
  hints?: { forZones: string[]; forNodes: string[] };
}

export interface ServiceView {
  namespace: string;
  name: string;
  type: string;
  clusterIP: string;
  clusterIPs: string[];
  ports: ServicePortView[];
  /** null when the Service has no selector (endpoints managed by hand). */
  selector: Record<string, string> | null;
  externalIPs: string[];
  lbIPs: string[];
  externalName: string | null;
  sessionAffinity: string;
  timeoutSeconds: number | null;
  externalTrafficPolicy: string | null;
  internalTrafficPolicy: string | null;
  endpoints: EndpointView[];
  /** What is wrong with its wiring (a selector near miss, a targetPort no pod listens on), as codes the UI words. */
  findings: ServiceFinding[];
  /** Why a Service with a selector has no endpoint, as the core explains a refused packet (absent when a slice lists one). */
  noEndpointsWhy?: Said;
  /** Nodes whose kube-proxy drops its outside traffic (externalTrafficPolicy: Local, no local endpoint; core/dataplane/externalDrops.ts). */
  externalDropNodes?: string[];
  docIndex: number | null;
  source: ViewSource | null;
}

export interface IngressPathView {
  path: string;
  pathType: string;
  service: string;
  port: number | string | null;
}

export interface IngressView {
  namespace: string;
  name: string;
  className: string | null;
  rules: { host: string; paths: IngressPathView[] }[];
  defaultBackend: { service: string; port: number | string | null } | null;
  lbIPs: string[];
  docIndex: number | null;
  source: ViewSource | null;
}

export interface GatewayListenerView {
  name: string;
  protocol: string;
  port: number;
  hostname: string | null;
  /** Why the controller did not program it (a status reason such as ProtocolConflict); null when it serves. */
  problem: string | null;
}

export interface GatewayBackendView {
  /** namespace/name of the Service the backendRef names. */
  service: string;
  port: number | null;
  weight: number;
  /** The controller resolved it (ResolvedRefs); false: BackendNotFound, RefNotPermitted or InvalidKind. */
  resolved: boolean;
}

/** An HTTPRoute the Gateway's controller accepted on at least one of its listeners. */
export interface GatewayRouteView {
  namespace: string;
  name: string;
  /** The listeners it attached to (the controller's decision). */
  listeners: string[];
  hostnames: string[];
  /** Per rule, its backendRefs with their weights (CRD default 1). */
  rules: { backends: GatewayBackendView[] }[];
}

/** A Gateway served by the built-in controller, as its status and the controller's attachment decisions say. */
export interface GatewayView {
  namespace: string;
  name: string;
  className: string;
  /** status.addresses[0], from the cloud LB pool; null until assigned. */
  address: string | null;
  /** namespace/name of the data plane's LoadBalancer Service the controller provisioned. */
  dataPlaneService: string | null;
  listeners: GatewayListenerView[];
  routes: GatewayRouteView[];
  docIndex: number | null;
  source: ViewSource | null;
}

export interface DeploymentView {
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet';
  namespace: string;
  name: string;
  replicas: number | null;
  selector: Record<string, string>;
  docIndex: number | null;
  source: ViewSource | null;
}

/** A cloud load balancer the simulated cloud controller provisioned for a LoadBalancer Service. */
export interface LoadBalancerView {
  service: string;
  namespace: string;
  ips: string[];
  ports: ServicePortView[];
}

export interface SettingsView {
  serviceCIDR: string;
  nodePortRange: string;
  clusterDomain: string;
  clusterCIDR: string | null;
  proxyMode: string;
  masqueradeAll: boolean;
  ipvsScheduler: string;
}

export interface ClusterView {
  seed: number;
  nodes: NodeView[];
  pods: PodView[];
  services: ServiceView[];
  ingresses: IngressView[];
  gateways: GatewayView[];
  workloads: DeploymentView[];
  loadBalancers: LoadBalancerView[];
  namespaces: string[];
  settings: SettingsView;
}
