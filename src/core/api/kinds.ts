// The kinds the API server of the playground serves: group/version, scope, the resource name
// kubectl prints (`deployment.apps/web created`), how names are validated and the decoding shape.
// Name rules: ValidateServiceName = NameIsDNS1035Label, ValidateNamespaceName = NameIsDNSLabel,
// the rest NameIsDNSSubdomain (pkg/apis/*/validation).
import { any, objectMeta, struct, type Schema } from './decode/schema.ts';
import { endpointsSchema, namespaceSchema, nodeSchema, podSchema, serviceSchema } from './decode/coreSchemas.ts';
import {
  daemonSetSchema,
  deploymentSchema,
  endpointSliceSchema,
  ingressClassSchema,
  ingressSchema,
  replicaSetSchema,
  statefulSetSchema,
} from './decode/groupSchemas.ts';
import { nameIsDNS1035Label, nameIsDNSLabel, nameIsDNSSubdomain, type NameValidator } from './validation/names.ts';
import type { KindPluginName } from './plugins.ts';

export interface KindInfo {
  kind: string;
  apiVersion: string;
  /** What kubectl prints before `/<name>`: `service`, `deployment.apps`. */
  resource: string;
  /** Plural resource, for NotFound/AlreadyExists messages (`namespaces "x" not found`). */
  plural: string;
  namespaced: boolean;
  nameFn: NameValidator;
  schema: Schema;
  /** The plug-in whose code admits the kind (plugins.ts), for kinds only some scenarios hold. */
  plugin?: KindPluginName;
  /**
   * A deprecated resource: the warning the API server returns on every request for it, read or
   * write, whatever its outcome (the deprecated-API warnings of KEP-1693; v1 Endpoints since v1.33,
   * KEP-4974, https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/). kubectl prints it once
   * per command (client-go's deduplicating warning writer).
   */
  deprecated?: string;
}

/** The one deprecated kind the playground serves (KindInfo.deprecated). */
export const ENDPOINTS_DEPRECATED = 'v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';

/** What kubectl prints before `/<name>`: the kind in lower case, qualified by its group (`deployment.apps`). */
export function resourceName(apiVersion: string, kind: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? kind.toLowerCase() : `${kind.toLowerCase()}.${apiVersion.slice(0, slash)}`;
}

const k = (
  kind: string,
  apiVersion: string,
  plural: string,
  namespaced: boolean,
  nameFn: NameValidator,
  schema: Schema,
  plugin?: KindPluginName,
): KindInfo => ({
  kind,
  apiVersion,
  resource: resourceName(apiVersion, kind),
  plural,
  namespaced,
  nameFn,
  schema,
  ...(plugin ? { plugin } : {}),
});

/** A custom resource: typed metadata; spec and status are checked against the CRD schema (api/gateway/admitGatewayApi.ts). */
function crd(kind: string): Schema {
  return struct(`v1.${kind}`, {
    apiVersion: any,
    kind: any,
    metadata: objectMeta,
    spec: any,
    status: any,
  });
}

export const KINDS: readonly KindInfo[] = [
  k('Service', 'v1', 'services', true, nameIsDNS1035Label, serviceSchema),
  k('Pod', 'v1', 'pods', true, nameIsDNSSubdomain, podSchema),
  k('Node', 'v1', 'nodes', false, nameIsDNSSubdomain, nodeSchema),
  k('Namespace', 'v1', 'namespaces', false, nameIsDNSLabel, namespaceSchema),
  {
    ...k('Endpoints', 'v1', 'endpoints', true, nameIsDNSSubdomain, endpointsSchema, 'endpoints'),
    deprecated: ENDPOINTS_DEPRECATED,
  },
  k('Deployment', 'apps/v1', 'deployments', true, nameIsDNSSubdomain, deploymentSchema),
  k('ReplicaSet', 'apps/v1', 'replicasets', true, nameIsDNSSubdomain, replicaSetSchema),
  k('StatefulSet', 'apps/v1', 'statefulsets', true, nameIsDNSSubdomain, statefulSetSchema, 'statefulAndDaemonSets'),
  k('DaemonSet', 'apps/v1', 'daemonsets', true, nameIsDNSSubdomain, daemonSetSchema, 'statefulAndDaemonSets'),
  k(
    'EndpointSlice',
    'discovery.k8s.io/v1',
    'endpointslices',
    true,
    nameIsDNSSubdomain,
    endpointSliceSchema,
    'endpoints',
  ),
  k('Ingress', 'networking.k8s.io/v1', 'ingresses', true, nameIsDNSSubdomain, ingressSchema, 'ingress'),
  k('IngressClass', 'networking.k8s.io/v1', 'ingressclasses', false, nameIsDNSSubdomain, ingressClassSchema, 'ingress'),
  // Gateway API custom resources (api/gateway/): served as if the v1.6.1 standard-channel CRDs were installed.
  k(
    'GatewayClass',
    'gateway.networking.k8s.io/v1',
    'gatewayclasses',
    false,
    nameIsDNSSubdomain,
    crd('GatewayClass'),
    'gatewayApi',
  ),
  k('Gateway', 'gateway.networking.k8s.io/v1', 'gateways', true, nameIsDNSSubdomain, crd('Gateway'), 'gatewayApi'),
  k(
    'HTTPRoute',
    'gateway.networking.k8s.io/v1',
    'httproutes',
    true,
    nameIsDNSSubdomain,
    crd('HTTPRoute'),
    'gatewayApi',
  ),
  k(
    'ReferenceGrant',
    'gateway.networking.k8s.io/v1beta1',
    'referencegrants',
    true,
    nameIsDNSSubdomain,
    crd('ReferenceGrant'),
    'gatewayApi',
  ),
  k(
    'ReferenceGrant',
    'gateway.networking.k8s.io/v1',
    'referencegrants',
    true,
    nameIsDNSSubdomain,
    crd('ReferenceGrant'),
    'gatewayApi',
  ),
];

export function findKind(apiVersion: string, kind: string): KindInfo | undefined {
  return KINDS.find((x) => x.apiVersion === apiVersion && x.kind === kind);
}

/**
 * Built-in kinds a real cluster serves that the playground stores without simulating them
 * (kubectl apply succeeds on a real cluster, so they are not "unknown"), by `apiVersion/kind`:
 * whether the kind is namespaced. kubectl names each as resourceName does.
 */
export const UNSIMULATED_BUILTINS: Readonly<Record<string, boolean>> = {
  'v1/ConfigMap': true,
  'v1/Secret': true,
  'v1/ServiceAccount': true,
  'v1/PersistentVolumeClaim': true,
  'v1/PersistentVolume': false,
  'v1/LimitRange': true,
  'v1/ResourceQuota': true,
  'batch/v1/Job': true,
  'batch/v1/CronJob': true,
  'networking.k8s.io/v1/NetworkPolicy': true,
  'autoscaling/v2/HorizontalPodAutoscaler': true,
  'policy/v1/PodDisruptionBudget': true,
  'rbac.authorization.k8s.io/v1/Role': true,
  'rbac.authorization.k8s.io/v1/RoleBinding': true,
  'rbac.authorization.k8s.io/v1/ClusterRole': false,
  // The other kinds of the Gateway API v1.6.1 standard-channel CRDs the playground serves (api/gateway/).
  'gateway.networking.k8s.io/v1/GRPCRoute': true,
  'gateway.networking.k8s.io/v1/TLSRoute': true,
  'gateway.networking.k8s.io/v1/TCPRoute': true,
  'gateway.networking.k8s.io/v1/UDPRoute': true,
  'gateway.networking.k8s.io/v1/ListenerSet': true,
  'gateway.networking.k8s.io/v1/BackendTLSPolicy': true,
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': false,
};
