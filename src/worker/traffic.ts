// The traffic the UI's clients send, routed by the core's dataplane (src/core/dataplane/send.ts).
// Each client sends `rate` requests per simulated second from t=0; requests go out in time order
// (ties by client order) through one dataplane, so ClientIP affinity and every random endpoint
// choice come from the scenario's seed: the same scenario, seed and clients always give the same
// packets. A session continues where the previous request stopped while the scenario and the
// clients stay the same (playing forward costs only the new requests) and starts over otherwise.
import type { Scenario } from '../core/index.ts';
import { createRng } from '../core/sim/rng.ts';
import { createDataplane, type Dataplane, type Source } from '../core/dataplane/send.ts';
import type { AffinityEntry, ClientSpec, RequestResult } from './protocol.ts';

/** Requests sent per call at most (a pasted `rate: 1e9` must not freeze the worker). */
export const MAX_REQUESTS = 2000;
/** Results kept and returned: the most recent ones, which are the ones the diagram animates. */
export const MAX_RESULTS = 1000;
const MAX_RATE = 50;

export function parseSource(from: string, sourceIP?: string): Source | null {
  if (from === 'external') return sourceIP ? { kind: 'external', ip: sourceIP } : { kind: 'external' };
  const pod = /^pod:([^/]+)\/(.+)$/.exec(from);
  if (pod) return { kind: 'pod', namespace: pod[1]!, name: pod[2]! };
  const node = /^node:(.+)$/.exec(from);
  if (node) return { kind: 'node', name: node[1]! };
  return null;
}

interface Session {
  scenario: Scenario;
  clientsKey: string;
  dataplane: Dataplane;
  /** Next request number k (time k / rate) per client. */
  next: number[];
  sent: number;
  results: RequestResult[];
  until: number;
}

export type TrafficRunner = (scenario: Scenario, clients: ClientSpec[], toTime: number) => { results: RequestResult[]; affinity: AffinityEntry[] };

export function createTrafficRunner(): TrafficRunner {
  let session: Session | null = null;
  return (scenario, clients, toTime) => {
    const clientsKey = JSON.stringify(clients);
    if (!session || session.scenario !== scenario || session.clientsKey !== clientsKey || toTime < session.until) {
      session = {
        scenario, clientsKey, next: clients.map(() => 0), sent: 0, results: [], until: -1,
        dataplane: createDataplane(scenario.state, createRng(scenario.state.seed).fork('traffic')),
      };
    }
    const s = session;
    const sources = clients.map((c) => parseSource(c.from, c.sourceIP));
    const rates = clients.map((c) => Math.min(MAX_RATE, Math.max(0, Number.isFinite(c.rate) ? c.rate : 0)));
    for (let budget = MAX_REQUESTS; budget > 0; budget--) {
      // The earliest pending request of any client (ties: client order).
      let pick = -1;
      let pickTime = Infinity;
      clients.forEach((_, i) => {
        const rate = rates[i]!;
        if (!sources[i] || !(rate > 0)) return;
        const t = s.next[i]! / rate;
        if (t <= toTime && t < pickTime) {
          pick = i;
          pickTime = t;
        }
      });
      if (pick < 0) break;
      const client = clients[pick]!;
      s.next[pick]! += 1;
      const protocol = client.protocol === 'TCP' || client.protocol === 'UDP' ? { protocol: client.protocol } : {};
      const r = s.dataplane.send({ from: sources[pick]!, to: client.to, time: pickTime, ...protocol });
      s.results.push({ ...r, index: s.sent++, clientId: client.id });
    }
    if (s.results.length > MAX_RESULTS) s.results = s.results.slice(-MAX_RESULTS);
    s.until = toTime;
    return { results: [...s.results], affinity: s.dataplane.affinityTable(toTime) };
  };
}

/** One-shot: a fresh session from t=0 (the CLI and the tests). */
export function runTraffic(scenario: Scenario, clients: ClientSpec[], toTime: number): { results: RequestResult[]; affinity: AffinityEntry[] } {
  return createTrafficRunner()(scenario, clients, toTime);
}
