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
