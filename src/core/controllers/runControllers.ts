// CONTRACT (implemented by the controllers/ work): runs, after every user object is admitted,
// what the control plane would do: default Nodes when none are declared, each namespace's default
// ServiceAccount and kube-root-ca.crt ConfigMap, Deployment →
// ReplicaSet → Pods, StatefulSet, DaemonSet, scheduling, Pod IPs from each Node's podCIDR, Pod
// readiness, the cloud controller's LoadBalancer ingress IPs, EndpointSlices and Endpoints.
import type { ClusterState } from '../model/clusterState.ts';
import type { Rng } from '../random/rng.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { SourceRange } from '../yaml/parseStream.ts';
import type { PathSegment } from '../yaml/fieldPath.ts';
import type { Allocators } from '../api/allocators.ts';
import { SCENARIO_LIMITS } from '../model/limits.ts';
import { ensureNodes } from './nodes.ts';
import { ensureUid, mut, type KObject } from './meta.ts';
import type { PodBudget } from './podTemplate.ts';
import { createScheduler } from './scheduler.ts';
import { podNamesOf, reconcileDeployment, reconcileReplicaSet } from './workloads.ts';
import { updateWorkloadStatuses } from './workloadStatus.ts';
import { controllerPlugin, holdsPluginKinds } from './plugins.ts';
import { assignLoadBalancerIPs } from './loadBalancers.ts';
import { reconcileEndpointSlices } from './endpointSlices.ts';
import { reconcileEndpoints } from './legacyEndpoints.ts';
import { assignResourceVersions } from './resourceVersions.ts';
import { ensureNamespaceObjects } from './serviceAccounts.ts';

export interface ControllerContext {
  report(d: Diagnostic): void;
  locate(docIndex: number, path: string | readonly PathSegment[]): SourceRange;
  /** The API server's allocators, for Services the controllers create (ingress-nginx). Optional. */
  allocators?: Allocators;
  /** Called between workloads and controllers (LoadOptions.progress): the run is moving. */
  progress?: () => void;
}

export function runControllers(state: ClusterState, rng: Rng, ctx: ControllerContext): void {
  ensureNodes(state);
  const stored: KObject[][] = [
    state.namespaces,
    state.services,
    state.deployments,
    state.replicaSets,
    state.statefulSets,
    state.daemonSets,
    state.pods,
    state.endpoints,
    state.ingresses,
    state.ingressClasses,
    state.gatewayClasses,
    state.gateways,
    state.httpRoutes,
    state.referenceGrants,
  ];
  for (const list of stored) for (const o of list) ensureUid(state, o);

  // ingress-nginx and the Gateway controller (plugins.ts) act only for a state holding their kinds.
  const ingress = holdsPluginKinds(state, 'ingress') ? controllerPlugin('ingress') : null;
  const gatewayApi = holdsPluginKinds(state, 'gatewayApi') ? controllerPlugin('gatewayApi') : null;
  ingress?.install(state, ctx.allocators, rng.fork('ingress-controller'));
  gatewayApi?.install(state, ctx.allocators, rng.fork('gateway-controller'));
  ensureNamespaceObjects(state);

  // Pods written in the YAML are scheduled first, in document order, then each workload's pods.
  const scheduler = createScheduler(state, ctx);
  const declaredPods = [...state.pods];
  const budget: PodBudget = { remaining: Math.max(0, SCENARIO_LIMITS.maxPods - declaredPods.length) };
  for (const pod of declaredPods) {
    mut(pod.metadata).creationTimestamp ??= state.createdAt;
    scheduler.place(pod);
  }
  const progress = ctx.progress ?? noProgress;
  for (const d of state.deployments) reconcileDeployment(state, d);
  progress();
  const workloadRng = rng.fork('workloads');
  const podNames = podNamesOf(state);
  for (const rs of [...state.replicaSets]) {
    reconcileReplicaSet(state, rs, workloadRng, budget, ctx, scheduler, podNames);
    progress();
  }
  // The StatefulSet and DaemonSet controllers (plugins.ts) are there only for a state holding their kinds.
  const sets = holdsPluginKinds(state, 'statefulAndDaemonSets') ? controllerPlugin('statefulAndDaemonSets') : null;
  for (const sts of state.statefulSets) {
    sets?.reconcileStatefulSet(state, sts, budget, ctx, scheduler);
    progress();
  }
  for (const ds of state.daemonSets) {
    sets?.reconcileDaemonSet(state, ds, workloadRng, budget, scheduler);
    progress();
  }
  updateWorkloadStatuses(state);

  assignLoadBalancerIPs(state);
  ingress?.publishStatus(state);
  gatewayApi?.publishStatus(state);

  progress();
  reconcileEndpointSlices(state, rng.fork('endpointslices'));
  reconcileEndpoints(state);
  // Mirrors hand-written Endpoints (plugins.ts): the Endpoints controller's own are skipped by it anyway.
  if (holdsPluginKinds(state, 'endpoints'))
    controllerPlugin('endpoints').mirror(state, rng.fork('endpointslice-mirroring'));
  assignResourceVersions(state);
}

const noProgress = (): void => undefined;
