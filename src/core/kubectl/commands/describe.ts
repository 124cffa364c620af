// `kubectl describe TYPE [NAME…]` (kubectl pkg/cmd/describe/describe.go): one description per
// object, separated by a blank line pair; without NAME, every object of the type in the
// namespace (or -A); -l filters. Describers: describe/*.ts.
import type { Scenario } from '../../scenario/load.ts';
import type { ClusterState } from '../../model/clusterState.ts';
import type { K8sObject } from '../../model/objects.ts';
import type {
  AdmittedService,
  AdmittedPod,
  AdmittedEndpointSlice,
  AdmittedEndpoints,
  AdmittedIngress,
  AdmittedNode,
  AdmittedDeployment,
  AdmittedReplicaSet,
  AdmittedStatefulSet,
  AdmittedDaemonSet,
} from '../../model/admitted.ts';
import { GLOBAL_FLAGS, parseFlags, type FlagSpec } from '../../argv/flags.ts';
import { fail, type KubectlResult } from '../result.ts';
import { parseSelector } from '../labelSelector.ts';
import { requestedTypes, resolveArgs } from '../query.ts';
import { findResourceType } from '../resources.ts';
import { shownRefs } from '../effect.ts';
import { describeEndpointSlice, describeEndpoints, describeService } from '../describe/service.ts';
import { describePod } from '../describe/pod.ts';
import { describeNode } from '../describe/node.ts';
import { describeIngress } from '../describe/ingress.ts';
import { slicesOf } from '../describe/writer.ts';
import { describeGeneric } from '../describe/generic.ts';
import { describeConfigMap, describeSecret } from '../describe/configData.ts';
import { describePersistentVolumeClaim } from '../describe/persistentVolumeClaim.ts';
import { describeNetworkPolicy } from '../describe/networkPolicy.ts';
import { describePodDisruptionBudget } from '../describe/podDisruptionBudget.ts';
import { describeCronJob, describeJob } from '../describe/batch.ts';
import { describeHorizontalPodAutoscaler } from '../describe/horizontalPodAutoscaler.ts';
import { describeRole, describeRoleBinding } from '../describe/rbac.ts';
import { describeDeployment, describeReplicaSet } from '../describe/workloads.ts';
import { describeDaemonSet, describeStatefulSet } from '../describe/podControllers.ts';
import { deprecationWarnings } from '../deprecationWarnings.ts';
import { noteLine, type KubectlNote } from '../playgroundNotes.ts';

export const DESCRIBE_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { long: 'all-namespaces', short: 'A', value: false },
  { long: 'selector', short: 'l', value: true },
  { long: 'show-events', value: false },
];

const DESCRIBERS: Record<string, (obj: K8sObject, state: ClusterState) => string> = {
  Service: (o, s) =>
    describeService(
      o as unknown as AdmittedService,
      slicesOf(s.endpointSlices, o.metadata?.namespace ?? 'default', o.metadata?.name ?? ''),
      s,
    ),
  Endpoints: (o) => describeEndpoints(o as AdmittedEndpoints),
  EndpointSlice: (o) => describeEndpointSlice(o as unknown as AdmittedEndpointSlice),
  Pod: (o, s) => describePod(o as unknown as AdmittedPod, s),
  Node: (o, s) => describeNode(o as AdmittedNode, s),
  Ingress: (o, s) => describeIngress(o as AdmittedIngress, s),
  Deployment: (o, s) => describeDeployment(o as unknown as AdmittedDeployment, s),
  ReplicaSet: (o, s) => describeReplicaSet(o as unknown as AdmittedReplicaSet, s),
  StatefulSet: (o, s) => describeStatefulSet(o as unknown as AdmittedStatefulSet, s),
  DaemonSet: (o, s) => describeDaemonSet(o as unknown as AdmittedDaemonSet, s),
  ConfigMap: (o) => describeConfigMap(o as never),
  Secret: (o) => describeSecret(o as never),
  PersistentVolumeClaim: (o, s) => describePersistentVolumeClaim(o as never, s),
  NetworkPolicy: (o, s) => describeNetworkPolicy(o as never, s.createdAt),
  PodDisruptionBudget: (o) => describePodDisruptionBudget(o as never),
  Job: (o) => describeJob(o as never),
  CronJob: (o) => describeCronJob(o as never),
  HorizontalPodAutoscaler: (o) => describeHorizontalPodAutoscaler(o as never),
  Role: (o) => describeRole(o as never),
  ClusterRole: (o) => describeRole(o as never),
  RoleBinding: (o) => describeRoleBinding(o as never),
  ClusterRoleBinding: (o) => describeRoleBinding(o as never),
  // Kinds without a describer of their own (Event), and custom resources: kubectl's generic describer.
  Event: (o) => describeGeneric(o),
  GatewayClass: (o) => describeGeneric(o),
  Gateway: (o) => describeGeneric(o),
  HTTPRoute: (o) => describeGeneric(o),
  ReferenceGrant: (o) => describeGeneric(o),
  GRPCRoute: (o) => describeGeneric(o),
  TLSRoute: (o) => describeGeneric(o),
  TCPRoute: (o) => describeGeneric(o),
  UDPRoute: (o) => describeGeneric(o),
  ListenerSet: (o) => describeGeneric(o),
  BackendTLSPolicy: (o) => describeGeneric(o),
};

/** The fields of a description that a controller the playground does not run fills in (the kubectl.statusNotFilled note). */
const STATUS_FIELDS: Record<string, string> = {
  PersistentVolumeClaim: 'Status, Volume, Capacity, Access Modes, Events',
  PodDisruptionBudget: 'Allowed disruptions, Current, Desired, Total, Events',
  Job: 'Start Time, Pods Statuses, Events',
  CronJob: 'Last Schedule Time, Active Jobs, Events',
  HorizontalPodAutoscaler: 'Metrics (current), pods, Conditions, Events',
  ListenerSet: 'Status, Events',
};

/** The resources the playground describes, as the note for any other names them. */
const DESCRIBED = Object.keys(DESCRIBERS).map((kind) => findResourceType(kind)?.plural ?? kind.toLowerCase());

export function describeObject(obj: K8sObject, state: ClusterState): string | undefined {
  return DESCRIBERS[String(obj.kind)]?.(obj, state);
}

export function runDescribe(scenario: Scenario, args: readonly string[]): KubectlResult {
  const parsed = parseFlags(args, DESCRIBE_FLAGS, 'describe');
  if (!parsed.ok) return fail(parsed.error);
  const { positional, values } = parsed.flags;
  if (positional.length === 0) {
    return fail(
      `You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee 'kubectl describe -h' for help and examples`,
    );
  }
  const selector = parseSelector(values.get('selector') ?? '');
  if (!selector.ok) return fail(`error: ${selector.error}`);
  const namespace = values.get('namespace') || 'default';
  const allNamespaces = values.get('all-namespaces') === 'true';
  // describe TYPE NAME matches names by prefix when no exact match exists; here: exact names.
  const q = resolveArgs(scenario.state, positional, {
    namespace,
    allNamespaces,
    selector: selector.requirements,
    selecting: (values.get('selector') ?? '').trim() !== '',
  });
  if (!q.ok) return fail(q.error);
  const unsupported = requestedTypes(positional).find((r) => !DESCRIBERS[r.kind]);
  if (unsupported) {
    const note = {
      code: 'kubectl.describeNotSimulated',
      params: { resource: unsupported.plural, supported: DESCRIBED.join(', ') },
    } as const;
    return { ...fail(noteLine(note)), notes: [note] };
  }
  const texts = q.found.map((f) => describeObject({ ...f.obj, kind: f.type.kind }, scenario.state) ?? '');
  const stdout = texts.join('\n\n');
  // The builder's requests answer before anything is described: their warnings come first.
  let stderr =
    deprecationWarnings(requestedTypes(positional).map((r) => r.kind)) + q.notFound.map((e) => `${e}\n`).join('');
  if (q.found.length === 0 && q.notFound.length === 0) {
    stderr +=
      !allNamespaces && requestedTypes(positional).every((r) => r.namespaced)
        ? `No resources found in ${namespace} namespace.\n`
        : 'No resources found\n';
  }
  const notes: KubectlNote[] = [...new Set(q.found.map((f) => f.type))].flatMap((r) => {
    const columns = STATUS_FIELDS[r.kind];
    return columns ? [{ code: 'kubectl.statusNotFilled', params: { columns, resource: r.plural } } as const] : [];
  });
  return {
    stdout,
    stderr: stderr + notes.map((n) => noteLine(n)).join(''),
    exitCode: q.notFound.length > 0 ? 1 : 0,
    effects: [{ kind: 'show', verb: 'describe', objects: shownRefs(q.found) }],
    ...(notes.length > 0 ? { notes } : {}),
  };
}
