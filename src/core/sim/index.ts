// Traffic over time: clients sending at a rate through the dataplane, seeded.
export {
  createTraffic,
  TRAFFIC_LIMITS,
  type ClientSpec,
  type Traffic,
  type TrafficResult,
  type TrafficOptions,
} from './traffic.ts';
