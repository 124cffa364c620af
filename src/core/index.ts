// The core's single public door. The worker, the CLI and the tests import from here.
export { loadScenario, SCENARIO_LIMITS, type Scenario, type ApplyRecord, type LoadOptions } from './scenario/load.ts';
export type { ClusterState, Origin } from './model/clusterState.ts';
export type { Diagnostic, Severity } from './diagnostics.ts';
export { DiagnosticCode } from './diagnostics.ts';
export type * from './model/objects.ts';
export { createRng, type Rng } from './sim/rng.ts';
export type { SourceRange } from './yaml/parseStream.ts';
export { runKubectl, type KubectlResult } from './kubectl/runKubectl.ts';
