// The shapes of objects after the API server admitted them: what admission returns and what the
// cluster state holds. The API server names every stored object and puts a namespaced one in a
// namespace (the request's, else "default"), and its defaulting functions fill fields a manifest
// may omit. Code downstream of admission reads these types, so it never re-applies a default.
import type { Container, ObjectMeta, Pod, Service, ServicePort } from './objects.ts';
import type { ContainerPort, PodSpec, ServiceSpec } from 'kubernetes-types/core/v1';

/** Metadata of a stored namespaced object: a name, and the namespace it was created in. */
export interface AdmittedMeta extends ObjectMeta {
  name: string;
  namespace: string;
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
