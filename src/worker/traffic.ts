// Glue between the protocol's traffic request and the core's traffic generator
// (src/core/sim/traffic.ts, which owns timing, caps, determinism, affinity and each client's entry
// object) and the client resolver (src/core/sim/resolveClients.ts). The protocol carries client
// declarations; this file resolves them on each load and keeps one generator per (scenario,
// clients) so playing forward costs only the new requests.
import { createTraffic, defaultClients, resolveClients, TRAFFIC_LIMITS } from '../core/sim/index.ts';
import type { ClientDecl, ClientResolution, Traffic } from '../core/sim/index.ts';
import type { Scenario } from '../core/scenario/index.ts';
import type { FromWorkerMap } from './protocol.ts';
import { shareRepeatedHops } from './shareRepeats.ts';

export type TrafficAnswer = Pick<
  FromWorkerMap['trafficResult'],
  'results' | 'appended' | 'keepPerClient' | 'affinity' | 'entries' | 'problems' | 'dropped' | 'declared' | 'clients'
>;
/** `clients`: the declarations to run, or null for the scenario's default clients (chosen by the core on this load). */
export type TrafficRunner = (
  scenario: Scenario,
  clients: readonly ClientDecl[] | null,
  toTime: number,
  since?: 'start' | 'last',
) => TrafficAnswer;

export function createTrafficRunner(): TrafficRunner {
  let session: {
    scenario: Scenario;
    key: string;
    traffic: Traffic;
    declared: ClientDecl[];
    clients: ClientResolution[];
  } | null = null;
  return (scenario, decls, toTime, since) => {
    const key = JSON.stringify(decls);
    // Going back in time, or another scenario or client list, starts over from t=0. The clients are
    // resolved against this load's cluster: they follow edits and seeds (core/sim/resolveClients.ts).
    let current = session;
    const restart =
      !current ||
      since === 'start' ||
      current.scenario !== scenario ||
      current.key !== key ||
      toTime < current.traffic.now;
    if (!current || restart) {
      const declared = decls ? [...decls] : defaultClients(scenario.state);
      const clients = resolveClients(scenario.state, declared);
      const specs = clients.flatMap((c) => (c.ok ? [c.spec] : []));
      current = session = {
        scenario,
        key,
        traffic: createTraffic(scenario.state, scenario.state.seed, specs),
        declared,
        clients,
      };
    }
    const t = current.traffic;
    const fresh = t.step(toTime);
    // Only what this step added when the page asked so and the run went on; else every kept result.
    const appended = since === 'last' && !restart;
    return {
      // Equal hop lists as one array: the message to the page carries each once (shareRepeats.ts).
      results: shareRepeatedHops(appended ? fresh : t.results()),
      appended,
      keepPerClient: TRAFFIC_LIMITS.maxResults,
      affinity: t.affinity(),
      entries: t.entries(),
      problems: t.problems(),
      dropped: t.dropped(),
      declared: current.declared,
      clients: current.clients,
    };
  };
}

/** One-shot: a fresh generator from t=0 (tests and tools). */
export function runTraffic(scenario: Scenario, clients: readonly ClientDecl[] | null, toTime: number): TrafficAnswer {
  return createTrafficRunner()(scenario, clients, toTime);
}
