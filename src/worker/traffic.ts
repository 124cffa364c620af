// Glue between the protocol's traffic request and the core's traffic generator
// (src/core/sim/traffic.ts, which owns timing, caps, determinism, affinity and each client's entry
// object). The protocol carries the core's ClientSpec as is; this file only keeps one generator
// per (scenario, clients) so playing forward costs only the new requests.
import { createTraffic } from '../core/sim/index.ts';
import type { Traffic } from '../core/sim/index.ts';
import type { Scenario } from '../core/scenario/index.ts';
import type { ClientSpec, FromWorkerMap } from './protocol.ts';

export type TrafficAnswer = Pick<
  FromWorkerMap['trafficResult'],
  'results' | 'affinity' | 'entries' | 'problems' | 'dropped'
>;
export type TrafficRunner = (scenario: Scenario, clients: ClientSpec[], toTime: number) => TrafficAnswer;

export function createTrafficRunner(): TrafficRunner {
  let session: { scenario: Scenario; key: string; traffic: Traffic } | null = null;
  return (scenario, clients, toTime) => {
    const key = JSON.stringify(clients);
    // Going back in time, or another scenario or client list, starts over from t=0.
    if (!session || session.scenario !== scenario || session.key !== key || toTime < session.traffic.now) {
      session = { scenario, key, traffic: createTraffic(scenario.state, scenario.state.seed, clients) };
    }
    const t = session.traffic;
    t.step(toTime);
    return {
      results: t.results(),
      affinity: t.affinity(),
      entries: t.entries(),
      problems: t.problems(),
      dropped: t.dropped(),
    };
  };
}

/** One-shot: a fresh generator from t=0 (tests and tools). */
export function runTraffic(scenario: Scenario, clients: ClientSpec[], toTime: number): TrafficAnswer {
  return createTrafficRunner()(scenario, clients, toTime);
}
