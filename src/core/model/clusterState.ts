// The cluster a scenario creates: what the API server stored (after defaulting, allocation and
// validation) plus what the controllers produced. Everything downstream (kubectl, kube-proxy,
// the diagram) reads this and nothing else.
import type { K8sObject } from './objects.ts';
import type {
  AdmittedDaemonSet,
  AdmittedDeployment,
  AdmittedEndpointSlice,
  AdmittedEndpoints,
  AdmittedIngress,
  AdmittedIngressClass,
  AdmittedNamespace,
  AdmittedNode,
  AdmittedPod,
  AdmittedReplicaSet,
  AdmittedService,
  AdmittedStatefulSet,
} from './admitted.ts';
import type { ClusterSettings } from './settings.ts';
import type { AdmittedGateway, AdmittedGatewayClass, AdmittedHTTPRoute, AdmittedReferenceGrant } from './gatewayApi.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { EndpointDecision } from './endpointDecisions.ts';

/**
 * Whether the cluster runs an object for itself rather than for the learner: what kubeadm and the
 * add-ons install ('system'), the default cluster's objects, and what the Gateway controller
 * provisions as a Gateway's data plane (its Deployment and LoadBalancer Service, which the Gateway's
 * box stands for, docs/gateway-api.md §7). Such objects are not traffic sources nor default clients,
 * and the diagram draws them only with the system objects.
 */
export function clusterOwned(by: Origin['by'] | undefined): boolean {
  return by === 'system' || by === 'default-cluster' || by === 'gateway-controller';
}

/** The namespace of the cluster's own components (kubeadm's kube-proxy and CoreDNS, the add-ons). */
export const SYSTEM_NAMESPACE = 'kube-system';

/**
 * Whether an object is the cluster's: made for it (clusterOwned), or placed in kube-system, where a
 * learner's object keeps the company of the cluster's components (hidden with them, never picked as
 * a default client). The one place this is decided; the view carries it as `source.system`.
 */
export function clusterOwnedObject(namespace: string | undefined, by: Origin['by'] | undefined): boolean {
  return namespace === SYSTEM_NAMESPACE || clusterOwned(by);
}

/** Where an object came from: a document of the stream, or a controller acting for one. */
export interface Origin {
  /** Index of the YAML document that declared it (or that declared its owner). */
  docIndex: number;
  /** For generated objects (pods of a Deployment): the path inside that document, e.g. ['spec','template']. */
  pathPrefix?: readonly (string | number)[];
  /** Who made it: 'user' (declared in YAML), or the controller's name. */
  by:
    | 'user'
    | 'system'
    | 'deployment-controller'
    | 'replicaset-controller'
    | 'statefulset-controller'
    | 'daemonset-controller'
    | 'endpointslice-controller'
    | 'endpoints-controller'
    | 'scheduler'
    | 'cloud-controller'
    | 'gateway-controller'
    | 'default-cluster';
}

/**
 * An Event (core/v1) a component recorded about an object: what `kubectl describe` lists under
 * Events. Components that decide something record it where they decide (the scheduler); what kubelet
 * did is read from the Pod's status instead (controllers/kubeletEvents.ts).
 */
export interface ClusterEvent {
  /** objectKey of the involved object. */
  about: string;
  type: 'Normal' | 'Warning';
  reason: string;
  /** The reporting component: describe's From column. */
  from: string;
  message: string;
  /** First occurrence, RFC 3339. */
  at: string;
  /**
   * Seen more than once (kubelet's repeated probe failures): how often, and the last time. The event
   * recorder folds repeats into one Event with count and lastTimestamp (client-go tools/record
   * events_cache.go EventCorrelator). Unset: once.
   */
  repeated?: { count: number; lastAt: string };
  /** The part of the object it is about (involvedObject.fieldPath: kubelet's `spec.containers{name}`). */
  fieldPath?: string;
  /** The node of the reporting component (source.host: kubelet's node). */
  host?: string;
  /**
   * What the component did, set only by components that record through events.k8s.io/v1 (client-go
   * tools/events: the scheduler), whose Events carry eventTime and no source, timestamps or count.
   */
  action?: string;
}

export interface ClusterState {
  settings: ClusterSettings;
  seed: number;
  /** Simulated creation time of the scenario's objects (RFC 3339). kubectl AGE counts from here. */
  createdAt: string;
  /** Simulated "now" (RFC 3339) when kubectl prints. */
  now: string;

  namespaces: AdmittedNamespace[];
  nodes: AdmittedNode[];
  pods: AdmittedPod[];
  services: AdmittedService[];
  endpointSlices: AdmittedEndpointSlice[];
  endpoints: AdmittedEndpoints[];
  deployments: AdmittedDeployment[];
  replicaSets: AdmittedReplicaSet[];
  statefulSets: AdmittedStatefulSet[];
  daemonSets: AdmittedDaemonSet[];
  ingresses: AdmittedIngress[];
  ingressClasses: AdmittedIngressClass[];
  /** Gateway API (gateway.networking.k8s.io). */
  gatewayClasses: AdmittedGatewayClass[];
  gateways: AdmittedGateway[];
  httpRoutes: AdmittedHTTPRoute[];
  referenceGrants: AdmittedReferenceGrant[];
  /** Objects of kinds the simulator does not model (kept, reported as warnings). */
  others: K8sObject[];

  /** objectKey(kind, ns, name) → where it came from. */
  origins: Map<string, Origin>;
  diagnostics: Diagnostic[];
  /** objectKey('Service', ns, name) → what the EndpointSlice controller decided about each selected pod. */
  endpointDecisions: Map<string, EndpointDecision>;
  /** Events the components recorded, in order. */
  events: ClusterEvent[];
  /** Node name → the last Pod IP its CNI (host-local) reserved; controllers/podIPAM.ts. */
  podIPAM?: Map<string, string>;
}

/** A cluster with nothing in it yet: the one place that lists every collection. */
export function emptyClusterState(
  settings: ClusterSettings,
  seed: number,
  times: { createdAt: string; now: string },
  diagnostics: Diagnostic[] = [],
): ClusterState {
  return {
    settings,
    seed,
    createdAt: times.createdAt,
    now: times.now,
    namespaces: [],
    nodes: [],
    pods: [],
    services: [],
    endpointSlices: [],
    endpoints: [],
    deployments: [],
    replicaSets: [],
    statefulSets: [],
    daemonSets: [],
    ingresses: [],
    ingressClasses: [],
    gatewayClasses: [],
    gateways: [],
    httpRoutes: [],
    referenceGrants: [],
    others: [],
    origins: new Map(),
    endpointDecisions: new Map(),
    events: [],
    diagnostics,
  };
}
