// The controllers of the plug-in kinds (api/plugins.ts): the built-in Gateway API controller
// (gatewayController.ts, gatewayAttachment.ts), ingress-nginx (ingressController.ts), the
// StatefulSet and DaemonSet controllers (statefulSets.ts) and the EndpointSlice mirroring
// controller (endpointsMirroring.ts); and the
// KubectlHistory replay (scenario/edits/replay.ts), which resyncs them after recorded commands.
// runControllers, loadScenario and the worker's view reach them through this registry instead of
// importing them, so the code stays out of the worker's first chunk; scenario/installPlugins.ts
// installs them with the kinds' admission steps.
import type { ClusterState } from '../model/clusterState.ts';
import type { Allocators } from '../api/allocators.ts';
import type { Rng } from '../random/rng.ts';
import type { ParsedStream } from '../yaml/parseStream.ts';
import { MissingPluginError, type KindPluginName } from '../api/plugins.ts';
import { mirrorSkips } from '../model/endpointSliceLabels.ts';
import type { ControllerContext } from './runControllers.ts';
import type { gatewayDecisions, listenerProblem } from './gatewayAttachment.ts';
import type { gatewayService } from './gatewayController.ts';
import type { reconcileDaemonSet, reconcileStatefulSet } from './statefulSets.ts';
import type { startContainers, waitForVolumes } from './kubeletConfig.ts';
import type { resourceFit } from './nodeResourcesFit.ts';
import type { markUnready, readinessAt } from './readinessProbe.ts';

/** A controller installed with its kinds: the objects it creates, then the status it writes once the workloads ran. */
export interface ControllerPlugin {
  install(state: ClusterState, allocators: Allocators | undefined, rng: Rng): boolean;
  publishStatus(state: ClusterState): void;
}

export interface ControllerPlugins {
  ingress: ControllerPlugin;
  /** Also the controller's decisions, which the worker's view reads rather than decides again. */
  gatewayApi: ControllerPlugin & {
    decisions: typeof gatewayDecisions;
    service: typeof gatewayService;
    listenerProblem: typeof listenerProblem;
  };
  /** The StatefulSet and DaemonSet controllers (statefulSets.ts). */
  statefulAndDaemonSets: {
    reconcileStatefulSet: typeof reconcileStatefulSet;
    reconcileDaemonSet: typeof reconcileDaemonSet;
  };
  /** The EndpointSlice mirroring controller (endpointsMirroring.ts), for hand-written Endpoints. */
  endpoints: { mirror(state: ClusterState, rng: Rng): void };
  /** kubelet's lookups of the ConfigMaps and Secrets a pod names (kubeletConfig.ts), for a scenario that mentions them. */
  config: { waitForVolumes: typeof waitForVolumes; startContainers: typeof startContainers };
  /** The scheduler's NodeResourcesFit filter (nodeResourcesFit.ts), with the quantities plug-in. */
  quantities: { resourceFit: typeof resourceFit };
  /** kubelet's readiness probes (readinessProbe.ts), for a scenario that writes one. */
  probes: { readinessAt: typeof readinessAt; markUnready: typeof markUnready };
  /** Replays the stream's recorded kubectl commands after the controllers' first sync (scenario/edits/replay.ts). */
  kubectlHistory: { replay(stream: ParsedStream, state: ClusterState, rng: Rng, ctx: ControllerContext): void };
}

const installed: Partial<ControllerPlugins> = {};

export function installControllerPlugin<N extends keyof ControllerPlugins>(
  name: N,
  plugin: ControllerPlugins[N],
): void {
  installed[name] = plugin;
}

/** The installed controller of a plug-in; MissingPluginError when it is not installed. */
export function controllerPlugin<N extends keyof ControllerPlugins>(name: N): ControllerPlugins[N] {
  const p = installed[name];
  if (!p) throw new MissingPluginError(name);
  return p as ControllerPlugins[N];
}

/** The installed controller of a plug-in, if any: requirePlugins made sure a scenario that needs it has it. */
export const installedPlugin = <N extends keyof ControllerPlugins>(name: N): ControllerPlugins[N] | undefined =>
  installed[name];

/** Whether the state holds an object of a plug-in's kinds: only then does its controller have anything to do. */
export function holdsPluginKinds(state: ClusterState, name: KindPluginName): boolean {
  switch (name) {
    case 'gatewayApi':
      return (
        state.gatewayClasses.length + state.gateways.length + state.httpRoutes.length + state.referenceGrants.length > 0
      );
    case 'ingress':
      return state.ingresses.length + state.ingressClasses.length > 0;
    case 'statefulAndDaemonSets':
      return state.statefulSets.length + state.daemonSets.length > 0;
    case 'endpoints': // an Endpoints the mirroring controller would read
      return state.endpoints.some((ep) => !mirrorSkips(ep.metadata.labels));
  }
}
