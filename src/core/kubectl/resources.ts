// The resource types kubectl knows here: names, short names and plural as discovery reports
// them (`kubectl api-resources`), the group that qualifies `kind.group/name` and NotFound
// messages, and the table printer for each.
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedObject } from '../model/admitted.ts';
import type { TablePrinter } from './printers/table.ts';
import { servicePrinter } from './printers/service.ts';
import { endpointSlicePrinter, endpointsPrinter } from './printers/endpoints.ts';
import { podPrinter } from './printers/pod.ts';
import { nodePrinter } from './printers/node.ts';
import { serviceAccountPrinter } from './printers/serviceAccount.ts';
import { configMapPrinter, secretPrinter } from './printers/configData.ts';
import { daemonSetPrinter, deploymentPrinter, replicaSetPrinter, statefulSetPrinter } from './printers/workloads.ts';
import { ingressClassPrinter, ingressPrinter, namespacePrinter } from './printers/ingress.ts';
import { eventPrinter } from './printers/events.ts';
import { eventObjects } from '../controllers/eventObjects.ts';
import {
  ageOnlyPrinter,
  gatewayClassPrinter,
  gatewayPrinter,
  grpcRoutePrinter,
  httpRoutePrinter,
  listenerSetPrinter,
} from './printers/gatewayApi.ts';
import { persistentVolumeClaimPrinter, persistentVolumePrinter, resourceQuotaPrinter } from './printers/storage.ts';
import { defaultTablePrinter } from './printers/defaultTable.ts';
import { cronJobPrinter, jobPrinter } from './printers/batch.ts';
import { horizontalPodAutoscalerPrinter } from './printers/autoscaling.ts';
import { podDisruptionBudgetPrinter } from './printers/podDisruptionBudget.ts';
import { networkPolicyPrinter } from './printers/networkPolicy.ts';
import { roleBindingPrinter } from './printers/rbac.ts';

export interface ResourceType {
  kind: string;
  /** Lower-case plural, as in URLs and NotFound messages. */
  plural: string;
  /** API group ('' for core). */
  group: string;
  /** The version discovery prefers, when not v1 (autoscaling/v2). */
  version?: string;
  namespaced: boolean;
  names: readonly string[];
  list(state: ClusterState): AdmittedObject[];
  printer: TablePrinter<never>;
  /** The table's columns that a controller the playground does not run fills in (the kubectl.statusNotFilled note). */
  statusColumns?: string;
  /**
   * Objects of the kind a cluster's API server makes at start-up and the playground does not (the
   * kubectl.rbacNotBootstrapped note): cluster-wide, or in kube-system and kube-public only.
   */
  bootstrapped?: 'cluster' | 'systemNamespaces';
}

const t = <T>(r: Omit<ResourceType, 'printer'> & { printer: TablePrinter<T> }): ResourceType =>
  r as unknown as ResourceType;
const asObjects = (xs: readonly unknown[]): AdmittedObject[] => xs as AdmittedObject[];
/** A kind stored as written, with the others the playground keeps (state.others, api/kinds.ts UNSIMULATED_BUILTINS). */
const stored =
  (kind: string) =>
  (s: ClusterState): AdmittedObject[] =>
    asObjects(s.others.filter((o) => o.kind === kind));

export const RESOURCE_TYPES: readonly ResourceType[] = [
  t({
    kind: 'Pod',
    plural: 'pods',
    group: '',
    namespaced: true,
    names: ['pods', 'pod', 'po'],
    list: (s) => asObjects(s.pods),
    printer: podPrinter,
  }),
  t({
    kind: 'Service',
    plural: 'services',
    group: '',
    namespaced: true,
    names: ['services', 'service', 'svc'],
    list: (s) => asObjects(s.services),
    printer: servicePrinter,
  }),
  t({
    kind: 'Endpoints',
    plural: 'endpoints',
    group: '',
    namespaced: true,
    names: ['endpoints', 'ep'],
    list: (s) => asObjects(s.endpoints),
    printer: endpointsPrinter,
  }),
  t({
    kind: 'EndpointSlice',
    plural: 'endpointslices',
    group: 'discovery.k8s.io',
    namespaced: true,
    names: ['endpointslices', 'endpointslice'],
    list: (s) => asObjects(s.endpointSlices),
    printer: endpointSlicePrinter,
  }),
  t({
    kind: 'ServiceAccount',
    plural: 'serviceaccounts',
    group: '',
    namespaced: true,
    names: ['serviceaccounts', 'serviceaccount', 'sa'],
    list: stored('ServiceAccount'),
    printer: serviceAccountPrinter,
  }),
  t({
    kind: 'ConfigMap',
    plural: 'configmaps',
    group: '',
    namespaced: true,
    names: ['configmaps', 'configmap', 'cm'],
    list: stored('ConfigMap'),
    printer: configMapPrinter,
  }),
  t({
    kind: 'Secret',
    plural: 'secrets',
    group: '',
    namespaced: true,
    names: ['secrets', 'secret'],
    list: stored('Secret'),
    printer: secretPrinter,
  }),
  // The other built-in kinds stored without simulation: names, short names and printers as a v1.34
  // API server serves them (`kubectl api-resources`; pkg/printers/internalversion/printers.go).
  t({
    kind: 'PersistentVolumeClaim',
    plural: 'persistentvolumeclaims',
    group: '',
    namespaced: true,
    names: ['persistentvolumeclaims', 'persistentvolumeclaim', 'pvc'],
    list: stored('PersistentVolumeClaim'),
    printer: persistentVolumeClaimPrinter,
    statusColumns: 'STATUS, VOLUME, CAPACITY, ACCESS MODES',
  }),
  t({
    kind: 'PersistentVolume',
    plural: 'persistentvolumes',
    group: '',
    namespaced: false,
    names: ['persistentvolumes', 'persistentvolume', 'pv'],
    list: stored('PersistentVolume'),
    printer: persistentVolumePrinter,
    statusColumns: 'STATUS, CLAIM',
  }),
  t({
    kind: 'LimitRange',
    plural: 'limitranges',
    group: '',
    namespaced: true,
    names: ['limitranges', 'limitrange', 'limits'],
    list: stored('LimitRange'),
    printer: defaultTablePrinter,
  }),
  t({
    kind: 'ResourceQuota',
    plural: 'resourcequotas',
    group: '',
    namespaced: true,
    names: ['resourcequotas', 'resourcequota', 'quota'],
    list: stored('ResourceQuota'),
    printer: resourceQuotaPrinter,
    statusColumns: 'REQUEST, LIMIT',
  }),
  t({
    kind: 'Node',
    plural: 'nodes',
    group: '',
    namespaced: false,
    names: ['nodes', 'node', 'no'],
    list: (s) => asObjects(s.nodes),
    printer: nodePrinter,
  }),
  t({
    kind: 'Namespace',
    plural: 'namespaces',
    group: '',
    namespaced: false,
    names: ['namespaces', 'namespace', 'ns'],
    list: (s) => asObjects(s.namespaces),
    printer: namespacePrinter,
  }),
  t({
    kind: 'Deployment',
    plural: 'deployments',
    group: 'apps',
    namespaced: true,
    names: ['deployments', 'deployment', 'deploy'],
    list: (s) => asObjects(s.deployments),
    printer: deploymentPrinter,
  }),
  t({
    kind: 'ReplicaSet',
    plural: 'replicasets',
    group: 'apps',
    namespaced: true,
    names: ['replicasets', 'replicaset', 'rs'],
    list: (s) => asObjects(s.replicaSets),
    printer: replicaSetPrinter,
  }),
  t({
    kind: 'StatefulSet',
    plural: 'statefulsets',
    group: 'apps',
    namespaced: true,
    names: ['statefulsets', 'statefulset', 'sts'],
    list: (s) => asObjects(s.statefulSets),
    printer: statefulSetPrinter,
  }),
  t({
    kind: 'DaemonSet',
    plural: 'daemonsets',
    group: 'apps',
    namespaced: true,
    names: ['daemonsets', 'daemonset', 'ds'],
    list: (s) => asObjects(s.daemonSets),
    printer: daemonSetPrinter,
  }),
  t({
    kind: 'Event',
    plural: 'events',
    group: '',
    namespaced: true,
    names: ['events', 'event', 'ev'],
    list: eventObjects,
    printer: eventPrinter,
  }),
  t({
    kind: 'Ingress',
    plural: 'ingresses',
    group: 'networking.k8s.io',
    namespaced: true,
    names: ['ingresses', 'ingress', 'ing'],
    list: (s) => asObjects(s.ingresses),
    printer: ingressPrinter,
  }),
  t({
    kind: 'IngressClass',
    plural: 'ingressclasses',
    group: 'networking.k8s.io',
    namespaced: false,
    names: ['ingressclasses', 'ingressclass'],
    list: (s) => asObjects(s.ingressClasses),
    printer: ingressClassPrinter,
  }),
  t({
    kind: 'NetworkPolicy',
    plural: 'networkpolicies',
    group: 'networking.k8s.io',
    namespaced: true,
    names: ['networkpolicies', 'networkpolicy', 'netpol'],
    list: stored('NetworkPolicy'),
    printer: networkPolicyPrinter,
  }),
  t({
    kind: 'Job',
    plural: 'jobs',
    group: 'batch',
    namespaced: true,
    names: ['jobs', 'job'],
    list: stored('Job'),
    printer: jobPrinter,
    statusColumns: 'STATUS, COMPLETIONS, DURATION',
  }),
  t({
    kind: 'CronJob',
    plural: 'cronjobs',
    group: 'batch',
    namespaced: true,
    names: ['cronjobs', 'cronjob', 'cj'],
    list: stored('CronJob'),
    printer: cronJobPrinter,
    statusColumns: 'ACTIVE, LAST SCHEDULE',
  }),
  t({
    kind: 'HorizontalPodAutoscaler',
    plural: 'horizontalpodautoscalers',
    group: 'autoscaling',
    version: 'v2',
    namespaced: true,
    names: ['horizontalpodautoscalers', 'horizontalpodautoscaler', 'hpa'],
    list: stored('HorizontalPodAutoscaler'),
    printer: horizontalPodAutoscalerPrinter,
    statusColumns: 'TARGETS, REPLICAS',
  }),
  t({
    kind: 'PodDisruptionBudget',
    plural: 'poddisruptionbudgets',
    group: 'policy',
    namespaced: true,
    names: ['poddisruptionbudgets', 'poddisruptionbudget', 'pdb'],
    list: stored('PodDisruptionBudget'),
    printer: podDisruptionBudgetPrinter,
    statusColumns: 'ALLOWED DISRUPTIONS',
  }),
  t({
    kind: 'Role',
    plural: 'roles',
    group: 'rbac.authorization.k8s.io',
    namespaced: true,
    names: ['roles', 'role'],
    list: stored('Role'),
    printer: defaultTablePrinter,
    bootstrapped: 'systemNamespaces',
  }),
  t({
    kind: 'RoleBinding',
    plural: 'rolebindings',
    group: 'rbac.authorization.k8s.io',
    namespaced: true,
    names: ['rolebindings', 'rolebinding'],
    list: stored('RoleBinding'),
    printer: roleBindingPrinter,
    bootstrapped: 'systemNamespaces',
  }),
  t({
    kind: 'ClusterRole',
    plural: 'clusterroles',
    group: 'rbac.authorization.k8s.io',
    namespaced: false,
    names: ['clusterroles', 'clusterrole'],
    list: stored('ClusterRole'),
    printer: defaultTablePrinter,
    bootstrapped: 'cluster',
  }),
  t({
    kind: 'ClusterRoleBinding',
    plural: 'clusterrolebindings',
    group: 'rbac.authorization.k8s.io',
    namespaced: false,
    names: ['clusterrolebindings', 'clusterrolebinding'],
    list: stored('ClusterRoleBinding'),
    printer: roleBindingPrinter,
    bootstrapped: 'cluster',
  }),
  // Gateway API custom resources: names and short names from the CRDs (gateway-api config/crd/standard).
  t({
    kind: 'GatewayClass',
    plural: 'gatewayclasses',
    group: 'gateway.networking.k8s.io',
    namespaced: false,
    names: ['gatewayclasses', 'gatewayclass', 'gc'],
    list: (s) => asObjects(s.gatewayClasses),
    printer: gatewayClassPrinter,
  }),
  t({
    kind: 'Gateway',
    plural: 'gateways',
    group: 'gateway.networking.k8s.io',
    namespaced: true,
    names: ['gateways', 'gateway', 'gtw'],
    list: (s) => asObjects(s.gateways),
    printer: gatewayPrinter,
  }),
  t({
    kind: 'HTTPRoute',
    plural: 'httproutes',
    group: 'gateway.networking.k8s.io',
    namespaced: true,
    names: ['httproutes', 'httproute'],
    list: (s) => asObjects(s.httpRoutes),
    printer: httpRoutePrinter,
  }),
  t({
    kind: 'ReferenceGrant',
    plural: 'referencegrants',
    group: 'gateway.networking.k8s.io',
    namespaced: true,
    names: ['referencegrants', 'referencegrant', 'refgrant'],
    list: (s) => asObjects(s.referenceGrants),
    printer: ageOnlyPrinter,
  }),
  ...storedGatewayKinds(),
];

/** The Gateway API kinds stored without simulation: names, short names and columns from their v1.6.1 CRDs. */
function storedGatewayKinds(): ResourceType[] {
  const crd = (
    kind: string,
    plural: string,
    shortNames: readonly string[],
    printer: TablePrinter<never>,
    statusColumns?: string,
  ) =>
    t({
      ...(statusColumns ? { statusColumns } : {}),
      kind,
      plural,
      group: 'gateway.networking.k8s.io',
      namespaced: true,
      names: [plural, kind.toLowerCase(), ...shortNames],
      list: stored(kind),
      printer,
    });
  return [
    crd('GRPCRoute', 'grpcroutes', [], grpcRoutePrinter),
    crd('TLSRoute', 'tlsroutes', [], ageOnlyPrinter),
    crd('TCPRoute', 'tcproutes', [], ageOnlyPrinter),
    crd('UDPRoute', 'udproutes', [], ageOnlyPrinter),
    crd('ListenerSet', 'listenersets', ['lset'], listenerSetPrinter, 'ACCEPTED, PROGRAMMED'),
    crd('BackendTLSPolicy', 'backendtlspolicies', ['btlspolicy'], ageOnlyPrinter),
  ];
}

/** Accepts `svc`, `services`, `Service`, `deployments.apps`, `deploy.apps`. */
export function findResourceType(name: string): ResourceType | undefined {
  const lower = name.toLowerCase();
  for (const r of RESOURCE_TYPES) {
    if (r.names.includes(lower) || r.kind.toLowerCase() === lower) return r;
    if (r.group && r.names.some((n) => `${n}.${r.group}` === lower)) return r;
  }
  return undefined;
}

/**
 * `kubectl get all`: the served resources in the "all" category (each registry's Categories()), in
 * the order discovery lists them: core (pods, services), apps (daemonsets, deployments, replicasets,
 * statefulsets), autoscaling (horizontalpodautoscalers), batch (cronjobs, jobs).
 */
export const ALL_CATEGORY: readonly string[] = [
  'pods',
  'services',
  'daemonsets',
  'deployments',
  'replicasets',
  'statefulsets',
  'horizontalpodautoscalers',
  'cronjobs',
  'jobs',
];

/** `service/web`, `deployment.apps/web` (-o name, multi-kind tables). */
export function qualifiedName(r: ResourceType, name: string): string {
  return `${r.kind.toLowerCase()}${r.group ? `.${r.group}` : ''}/${name}`;
}

/** `v1`, `apps/v1`, `autoscaling/v2`: the group and version kubectl requests the resource at. */
export const groupVersion = (r: ResourceType): string => `${r.group ? `${r.group}/` : ''}${r.version ?? 'v1'}`;

/** `services`, `deployments.apps` — the resource as NotFound messages name it. */
export function groupResource(r: ResourceType): string {
  return r.group ? `${r.plural}.${r.group}` : r.plural;
}
