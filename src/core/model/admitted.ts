// The shapes of objects after the API server admitted them: what admission returns and what the
// cluster state holds. The API server names every stored object and puts a namespaced one in a
// namespace (the request's, else "default"), and its defaulting functions fill fields a manifest
// may omit. Code downstream of admission reads these types, so it never re-applies a default.
import type {
  Container,
  DaemonSet,
  Deployment,
  EndpointSlice,
  Endpoints,
  Ingress,
  IngressClass,
  Namespace,
  Node,
  ObjectMeta,
  Pod,
  ReplicaSet,
  Service,
  ServicePort,
  StatefulSet,
  K8sObject,
} from './objects.ts';
import type {
  ContainerPort,
  EndpointPort,
  EndpointSubset,
  NamespaceStatus,
  PodSpec,
  PodTemplateSpec,
  ServiceSpec,
} from 'kubernetes-types/core/v1';
import type { EndpointPort as DiscoveryEndpointPort } from 'kubernetes-types/discovery/v1';
import type { DaemonSetSpec, DeploymentSpec, ReplicaSetSpec, StatefulSetSpec } from 'kubernetes-types/apps/v1';

/** Metadata of a stored namespaced object: a name, and the namespace it was created in. */
export interface AdmittedMeta extends ObjectMeta {
  name: string;
  namespace: string;
}

/** Metadata of a stored cluster-scoped object (a Node, Namespace, IngressClass): a name, no namespace. */
export interface AdmittedClusterMeta extends ObjectMeta {
  name: string;
}

/** Any stored object, whatever its kind: the API server stores nothing without a name. */
export interface AdmittedObject extends K8sObject {
  metadata: AdmittedClusterMeta;
}

/** A Service port after SetDefaults_Service (pkg/apis/core/v1/defaults.go): protocol and targetPort set. */
export interface AdmittedServicePort extends ServicePort {
  protocol: string;
  targetPort: number | string;
}

/** A Service spec after SetDefaults_Service: type and sessionAffinity are always set. */
export interface AdmittedServiceSpec extends ServiceSpec {
  type: string;
  sessionAffinity: string;
  ports?: AdmittedServicePort[];
}

/** A Service as the API server stores it (api/service/defaults.ts fills the spec). */
export interface AdmittedService extends Service {
  metadata: AdmittedMeta;
  spec: AdmittedServiceSpec;
}

/** A container port after SetDefaults_ContainerPort: protocol set. */
export interface AdmittedContainerPort extends ContainerPort {
  protocol: string;
}

/** A container after SetDefaults_Container (api/pod/podSpec.ts). */
export interface AdmittedContainer extends Container {
  ports?: AdmittedContainerPort[];
}

/** A pod spec after SetDefaults_PodSpec: its containers defaulted. */
export interface AdmittedPodSpec extends PodSpec {
  containers: AdmittedContainer[];
  initContainers?: AdmittedContainer[];
}

/**
 * A Pod as the API server stores it (api/pod/podSpec.ts fills the spec), and as the workload
 * controllers create it from a template (controllers/podTemplate.ts).
 */
export interface AdmittedPod extends Pod {
  metadata: AdmittedMeta;
  spec: AdmittedPodSpec;
}

/** A pod template after SetDefaults_PodSpec ran on it (api/workloads/workloads.ts). */
export interface AdmittedPodTemplate extends PodTemplateSpec {
  spec: AdmittedPodSpec;
}

/** A Deployment after SetDefaults_Deployment (pkg/apis/apps/v1/defaults.go): replicas and its template set. */
export interface AdmittedDeployment extends Deployment {
  metadata: AdmittedMeta;
  spec: DeploymentSpec & { replicas: number; template: AdmittedPodTemplate };
}

/** A ReplicaSet after SetDefaults_ReplicaSet, or as the Deployment controller makes it. */
export interface AdmittedReplicaSet extends ReplicaSet {
  metadata: AdmittedMeta;
  spec: ReplicaSetSpec & { replicas: number; template: AdmittedPodTemplate };
}

/** A StatefulSet after SetDefaults_StatefulSet. */
export interface AdmittedStatefulSet extends StatefulSet {
  metadata: AdmittedMeta;
  spec: StatefulSetSpec & { replicas: number; template: AdmittedPodTemplate };
}

/** A DaemonSet after SetDefaults_DaemonSet. */
export interface AdmittedDaemonSet extends DaemonSet {
  metadata: AdmittedMeta;
  spec: DaemonSetSpec & { template: AdmittedPodTemplate };
}

/** An EndpointSlice port after SetDefaults_EndpointPort (pkg/apis/discovery/v1/defaults.go): name and protocol set. */
export interface AdmittedEndpointSlicePort extends DiscoveryEndpointPort {
  name: string;
  protocol: string;
}

/** An EndpointSlice as stored: written by the user (admitted) or by the EndpointSlice controller. */
export interface AdmittedEndpointSlice extends EndpointSlice {
  metadata: AdmittedMeta;
  ports?: AdmittedEndpointSlicePort[];
}

/** An Ingress as stored. */
export interface AdmittedIngress extends Ingress {
  metadata: AdmittedMeta;
}

/** A Node as stored (admitted, or registered by the playground's default cluster). */
export interface AdmittedNode extends Node {
  metadata: AdmittedClusterMeta;
}

/** A Namespace as stored: named (the namespace strategy's finalizer, phase and name label: api/coreKinds/clusterKinds.ts). */
export interface AdmittedNamespace extends Namespace {
  metadata: AdmittedClusterMeta;
  status: NamespaceStatus & { phase: string };
}

/** An Endpoints port after SetDefaults_EndpointPort (pkg/apis/core/v1/defaults.go): protocol set. */
export interface AdmittedEndpointPort extends EndpointPort {
  protocol: string;
}

/** An Endpoints subset whose ports are defaulted. */
export interface AdmittedEndpointSubset extends EndpointSubset {
  ports?: AdmittedEndpointPort[];
}

/** An Endpoints as stored: written by the user (admitted) or by the Endpoints controller. */
export interface AdmittedEndpoints extends Endpoints {
  metadata: AdmittedMeta;
  subsets?: AdmittedEndpointSubset[];
}

/** An IngressClass as stored (admitted, or installed with the playground's ingress-nginx). */
export interface AdmittedIngressClass extends IngressClass {
  metadata: AdmittedClusterMeta;
}
