// The defaulting step of admission alone: the API server's decoder runs each kind's SetDefaults_*
// (pkg/apis/<group>/v1/defaults.go) before validation and allocation. admit.ts runs it on every
// object it stores; builders that pin exact stored objects (test states, `kubectl get -o yaml`
// fixtures) run it too, so every object in a ClusterState carries its defaults and nothing
// downstream re-applies one.
import type { EndpointSlice, Endpoints, K8sObject, Namespace, Node, Pod, Service } from '../model/objects.ts';
import type { AdmittedPod, AdmittedService } from '../model/admitted.ts';
import { findKind, UNSIMULATED_BUILTINS } from './kinds.ts';
import { setServiceDefaults } from './service/defaults.ts';
import { setPodSpecDefaults } from './pod/podSpec.ts';
import { setWorkloadDefaults } from './workloads/workloads.ts';
import { setEndpointSliceDefaults } from './discovery/endpointSliceDefaults.ts';
import { admissionPlugin } from './plugins.ts';
import { setEndpointsDefaults, setNamespaceDefaults, setNodeDefaults } from './coreKinds/clusterKinds.ts';

export function setObjectDefaults(obj: K8sObject): void {
  switch (obj.kind) {
    case 'Service':
      setServiceDefaults(obj as Service);
      return;
    case 'Pod':
      setPodSpecDefaults(((obj as Pod).spec ??= { containers: [] }), true);
      return;
    case 'Deployment':
    case 'ReplicaSet':
      setWorkloadDefaults(obj);
      return;
    case 'StatefulSet':
    case 'DaemonSet':
      setWorkloadDefaults(obj);
      admissionPlugin('statefulAndDaemonSets').setDefaults?.(obj);
      return;
    case 'EndpointSlice':
      setEndpointSliceDefaults(obj as unknown as EndpointSlice);
      return;
    case 'Endpoints':
      setEndpointsDefaults(obj as Endpoints);
      return;
    case 'Namespace':
      setNamespaceDefaults(obj as Namespace);
      return;
    case 'Node':
      setNodeDefaults(obj as Node);
      return;
    case 'GatewayClass':
    case 'Gateway':
    case 'HTTPRoute':
    case 'ReferenceGrant':
      admissionPlugin('gatewayApi').setDefaults?.(obj);
      return;
    case undefined:
    default:
      return;
  }
}

/**
 * An object as the API server would have stored it, for builders that skip admission: the
 * request's namespace (kubectl's default, "default") on a namespaced kind, then the kind's
 * defaults. No allocation, no validation, status kept as written.
 */
export function asStored(obj: K8sObject): K8sObject {
  const apiVersion = String(obj.apiVersion);
  const kind = String(obj.kind);
  if (findKind(apiVersion, kind)?.namespaced ?? UNSIMULATED_BUILTINS[`${apiVersion}/${kind}`]) {
    const meta = (obj.metadata ??= {});
    if (!meta.namespace) meta.namespace = 'default';
  }
  setObjectDefaults(obj);
  return obj;
}

/** asStored for one Service written in code (tests, fixtures), typed as the cluster state holds it. */
export function storedService(svc: Service): AdmittedService {
  return asStored({ apiVersion: 'v1', kind: 'Service', ...svc } as K8sObject) as unknown as AdmittedService;
}

/** asStored for one Pod written in code (tests, fixtures), typed as the cluster state holds it. */
export function storedPod(pod: Pod): AdmittedPod {
  return asStored({ apiVersion: 'v1', kind: 'Pod', ...pod } as K8sObject) as unknown as AdmittedPod;
}
