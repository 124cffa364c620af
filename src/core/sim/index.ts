// Traffic over time: clients sending at a rate through the dataplane, seeded.
export {
  createTraffic,
  TRAFFIC_LIMITS,
  MAX_LOOK_AHEAD_SECONDS,
  lookAheadSeconds,
  type TrafficProblem,
  type TrafficTally,
  type ClientSpec,
  type Traffic,
  type TrafficResult,
  type TrafficOptions,
} from './traffic.ts';
// Clients declared in terms of the scenario, resolved on every load; the default choice; their text form.
export type {
  ClientDecl,
  ClientProblem,
  ClientProblemCode,
  PodDecl,
  PortRef,
  SourceDecl,
  TargetDecl,
  WorkloadKind,
} from './clientDecl.ts';
export { resolveClients, type ClientResolution } from './resolveClients.ts';
export { defaultClients } from './defaultClients.ts';
export {
  parseSourceDecl,
  formatSourceDecl,
  parseTargetDecl,
  formatTargetDecl,
  EXTERNAL_IPS,
  unusedExternalIP,
  type DeclParse,
  type DeclProblem,
  type DeclProblemCode,
} from './clientText.ts';
