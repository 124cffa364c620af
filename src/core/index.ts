// The core's single public door. The worker, the CLI and the tests import from here.
export { loadScenario, SCENARIO_LIMITS, type Scenario, type ApplyRecord, type LoadOptions } from './scenario/load.ts';
export type { ClusterState, Origin } from './model/clusterState.ts';
export type { Diagnostic, Severity } from './diagnostics.ts';
export { DiagnosticCode } from './diagnostics.ts';
export type * from './model/objects.ts';
export { createRng, type Rng } from './random/rng.ts';
export type { SourceRange } from './yaml/parseStream.ts';
export { runKubectl, type KubectlResult } from './kubectl/runKubectl.ts';
export { runInPodShell, type PodShellSession, type PodShellResult } from './kubectl/podShell.ts';
export { createDataplane, type Dataplane, type DataplaneOptions } from './dataplane/send.ts';
export type {
  Source,
  SendRequest,
  RequestResult,
  Hop,
  HopAt,
  HopKind,
  Outcome,
  AffinityEntry,
  LoadBalancerView,
} from './dataplane/types.ts';
export {
  createTraffic,
  TRAFFIC_LIMITS,
  type ClientSpec,
  type Traffic,
  type TrafficResult,
  type TrafficOptions,
} from './sim/traffic.ts';
export { completeKubectl } from './kubectl/complete.ts';
export { splitCommandLine } from './argv/commandLine.ts';
export { deletePod, markPodReady, relabelPod, scaleWorkload } from './scenario/edits/podEdits.ts';
export type { EditResult } from './scenario/edits/streamText.ts';
export { exportScenario, EXPORT_FILE_NAME, type ExportResult } from './scenario/export.ts';
export {
  encodeShareFragment,
  decodeShareFragment,
  LINK_WARN_LENGTH,
  LINK_MAX_FRAGMENT_CHARS,
  type SharedScenario,
  type TrafficClientSetting,
  type DecodeResult,
} from './share/linkCodec.ts';
