// Glue between the protocol's traffic clients and the core's traffic generator
// (src/core/sim/traffic.ts, which owns timing, caps, determinism and affinity). This file only
// turns the wire form of a client (`from: 'pod:default/web-1'`) into the core's Source and keeps
// one generator per (scenario, clients) so playing forward costs only the new requests.
import { createTraffic } from '../core/sim/index.ts';
import type { ClientSpec as CoreClientSpec, Traffic } from '../core/sim/index.ts';
import type { Scenario } from '../core/scenario/index.ts';
import type { Source } from '../core/dataplane/index.ts';
import type { AffinityEntry, ClientSpec, RequestResult, TrafficProblem, TrafficTally } from './protocol.ts';

/** `external`, `pod:<ns>/<name>`, `node:<name>` → the core's Source; null when unreadable. */
export function parseSource(from: string, sourceIP?: string): Source | null {
  if (from === 'external') return sourceIP ? { kind: 'external', ip: sourceIP } : { kind: 'external' };
  const pod = /^pod:([^/]+)\/(.+)$/.exec(from);
  if (pod) return { kind: 'pod', namespace: pod[1]!, name: pod[2]! };
  const node = /^node:(.+)$/.exec(from);
  if (node) return { kind: 'node', name: node[1]! };
  return null;
}

/** The core's Source → the wire form parseSource reads. */
export function wireSource(from: Source): Pick<ClientSpec, 'from' | 'sourceIP'> {
  if (from.kind === 'pod') return { from: `pod:${from.namespace}/${from.name}` };
  if (from.kind === 'node') return { from: `node:${from.name}` };
  return from.ip ? { from: 'external', sourceIP: from.ip } : { from: 'external' };
}

/** The core's clients → the wire form (the inverse of toCoreClients). */
export function toWireClients(clients: readonly CoreClientSpec[]): ClientSpec[] {
  return clients.map((c) => ({
    id: c.id,
    ...wireSource(c.from),
    to: c.to,
    rate: c.rate,
    ...(c.protocol ? { protocol: c.protocol } : {}),
  }));
}

/** The clients the core can run (unreadable origins are left out). */
export function toCoreClients(clients: readonly ClientSpec[]): CoreClientSpec[] {
  const out: CoreClientSpec[] = [];
  for (const c of clients) {
    const from = parseSource(c.from, c.sourceIP);
    if (!from) continue;
    out.push({ id: c.id, from, to: c.to, rate: c.rate, ...(c.protocol ? { protocol: c.protocol } : {}) });
  }
  return out;
}

export interface TrafficAnswer {
  results: RequestResult[];
  affinity: AffinityEntry[];
  problems: TrafficProblem[];
  dropped: TrafficTally[];
}

export type TrafficRunner = (scenario: Scenario, clients: ClientSpec[], toTime: number) => TrafficAnswer;

export function createTrafficRunner(): TrafficRunner {
  let session: { scenario: Scenario; key: string; traffic: Traffic } | null = null;
  return (scenario, clients, toTime) => {
    const key = JSON.stringify(clients);
    // Going back in time, or another scenario or client list, starts over from t=0.
    if (!session || session.scenario !== scenario || session.key !== key || toTime < session.traffic.now) {
      session = { scenario, key, traffic: createTraffic(scenario.state, scenario.state.seed, toCoreClients(clients)) };
    }
    const t = session.traffic;
    t.step(toTime);
    return { results: t.results(), affinity: t.affinity(), problems: t.problems(), dropped: t.dropped() };
  };
}

/** One-shot: a fresh generator from t=0 (tests and tools). */
export function runTraffic(scenario: Scenario, clients: ClientSpec[], toTime: number): TrafficAnswer {
  return createTrafficRunner()(scenario, clients, toTime);
}
