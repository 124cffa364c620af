// A deterministic traffic generator for the UI and the CLI: clients (an outside host or a pod),
// each sending to one target at a steady rate. step(toTime) returns the requests that happened up
// to that simulated second, in time order, routed by the dataplane. Everything (the phase of each
// client, every kube-proxy draw) comes from the seed. State stays bounded: affinity entries expire
// in the dataplane and only the last `maxResults` results of each client are kept.
import type { ClusterState } from '../model/clusterState.ts';
import type { AffinityStamp, Entry, RequestResult, SendRequest, Source, TargetHold } from '../dataplane/types.ts';
import { createDataplane, type Dataplane, type DataplaneOptions } from '../dataplane/send.ts';
import { createRng } from '../random/rng.ts';

export interface ClientSpec {
  id: string;
  from: Source;
  to: string;
  /** Requests per simulated second (> 0). */
  rate: number;
  protocol?: 'TCP' | 'UDP';
  path?: string;
  host?: string;
}

export interface TrafficResult extends RequestResult {
  clientId: string;
}

/** Simulated seconds of affinity history handed to the page (it lags `now` by at most its traffic horizon). */
export const AFFINITY_MEMORY = 60;

export interface Traffic {
  /** Emit every request due in (now, toTime]; returns them in time order. */
  step(toTime: number): TrafficResult[];
  /** The last results of each client (at most maxResults each), oldest first. */
  results(): TrafficResult[];
  /**
   * The affinity stamps of the last minute (dataplane affinityStamps): the page shows a moment up
   * to one traffic horizon behind `now`, and reads each entry as it was at that moment.
   */
  affinity(): AffinityStamp[];
  /** The object each client's requests enter first (dataplane.entry), by client id; absent when none is known. */
  entries(): Record<string, Entry>;
  /**
   * What the limits changed, as codes and parameters each face words for its reader (the page in
   * its language): clients beyond maxClients, a rate clamped to maxRate or refused, requests a
   * step skipped at maxPerStep. Empty when none bit.
   */
  problems(): TrafficProblem[];
  /**
   * Tallies of the results no longer kept (older than each client's last maxResults), so a count
   * "so far" stays exact: tallies + the kept results up to now.
   */
  dropped(): TrafficTally[];
  readonly now: number;
  dataplane: Dataplane;
}

/** A limit that changed a traffic run (README.md, "Limits"); the faces turn it into a sentence. */
export type TrafficProblem =
  | { code: 'tooManyClients'; clients: number; max: number }
  | { code: 'rateNotPositive'; client: string; rate: string }
  | { code: 'rateClamped'; client: string; rate: number; max: number }
  | { code: 'skipped'; count: number; maxPerStep: number };

/** How many dropped results had one client, outcome and answering pod. */
export interface TrafficTally {
  clientId: string;
  outcome: string;
  pod?: string;
  count: number;
}

export interface TrafficOptions extends DataplaneOptions {
  maxResults?: number;
  /** Hard cap of requests per step, so a huge rate cannot freeze the page. */
  maxPerStep?: number;
}

/**
 * Caps that keep a traffic run bounded whatever the user asks for: requests per second per client,
 * clients per run, requests one step may emit (the packets "in flight" at once) and results kept.
 * Options may lower them, never raise them.
 */
export const TRAFFIC_LIMITS = { maxResults: 1000, maxPerStep: 10_000, maxRate: 1000, maxClients: 50 } as const;

/** The clients that run, and a message for each one that was refused or clamped. */
function planClients(clients: readonly ClientSpec[]): {
  accepted: { c: ClientSpec; rate: number }[];
  problems: TrafficProblem[];
} {
  const problems: TrafficProblem[] = [];
  if (clients.length > TRAFFIC_LIMITS.maxClients) {
    problems.push({ code: 'tooManyClients', clients: clients.length, max: TRAFFIC_LIMITS.maxClients });
  }
  const accepted: { c: ClientSpec; rate: number }[] = [];
  for (const c of clients.slice(0, TRAFFIC_LIMITS.maxClients)) {
    if (!sendsAtAll(c.rate)) {
      problems.push({ code: 'rateNotPositive', client: c.id, rate: String(c.rate) });
      continue;
    }
    if (c.rate > TRAFFIC_LIMITS.maxRate) {
      problems.push({ code: 'rateClamped', client: c.id, rate: c.rate, max: TRAFFIC_LIMITS.maxRate });
    }
    accepted.push({ c, rate: Math.min(c.rate, TRAFFIC_LIMITS.maxRate) });
  }
  return { accepted, problems };
}

const sendsAtAll = (rate: unknown): rate is number => typeof rate === 'number' && Number.isFinite(rate) && rate > 0;

/** The longest look-ahead a page asks of the generator: results are computed this far past now. */
export const MAX_LOOK_AHEAD_SECONDS = 10;
/**
 * The requests one look-ahead may hold, all clients together. Twenty clients at 50/s looked 10 s
 * ahead: 10,000 requests in one answer, which hit maxPerStep (requests skipped) and kept the page
 * without packets for seconds after each client was added (the clock restarts). The look-ahead
 * shrinks as the total rate grows, never below MIN_LOOK_AHEAD_SECONDS (the page asks again at half).
 */
const LOOK_AHEAD_REQUESTS = 2_000;
const MIN_LOOK_AHEAD_SECONDS = 0.5;

/**
 * How far ahead of the clock to compute traffic so that what is kept still reaches back to now.
 * Each client keeps its last maxResults results, which span maxResults / rate seconds; computing
 * more than half of that ahead would leave only future results (issue 19 item 3: three clients at
 * 50/s showed nothing once totals passed ~100/s). Half the span keeps a margin for the page to
 * ask again before the clock reaches the end. It is also short enough that one look-ahead holds
 * about LOOK_AHEAD_REQUESTS requests of all clients together.
 */
export function lookAheadSeconds(rates: readonly unknown[]): number {
  const sending = rates
    .slice(0, TRAFFIC_LIMITS.maxClients)
    .filter(sendsAtAll)
    .map((r) => Math.min(r, TRAFFIC_LIMITS.maxRate));
  const fastest = Math.max(0, ...sending);
  if (fastest === 0) return MAX_LOOK_AHEAD_SECONDS;
  const span = TRAFFIC_LIMITS.maxResults / fastest;
  const total = sending.reduce((a, b) => a + b, 0);
  return Math.min(MAX_LOOK_AHEAD_SECONDS, span / 2, Math.max(MIN_LOOK_AHEAD_SECONDS, LOOK_AHEAD_REQUESTS / total));
}

/**
 * Splits a step's cap between clients (max-min fair): a client that wants less than an equal share
 * gets all it wants, the rest is shared equally by the others. Before, the first client took the
 * whole cap and the others sent nothing.
 */
export function fairShares(wants: readonly number[], cap: number): number[] {
  const shares = wants.map(() => 0);
  let left = cap;
  const open = wants.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w || a.i - b.i);
  open.forEach(({ w, i }, k) => {
    const equal = Math.floor(left / (open.length - k));
    const give = Math.min(w, equal);
    shares[i] = give;
    left -= give;
  });
  return shares;
}

/** A client as the traffic plans it: when it sends next, and its hold on its target (TargetHold). */
interface Plan extends TargetHold {
  c: ClientSpec;
  order: number;
  interval: number;
  next: number;
}

/** What a client sends, without the time. */
const request = (c: ClientSpec): Omit<SendRequest, 'time'> => ({
  from: c.from,
  to: c.to,
  ...(c.protocol ? { protocol: c.protocol } : {}),
  ...(c.path ? { path: c.path } : {}),
  ...(c.host ? { host: c.host } : {}),
});

export function createTraffic(
  state: ClusterState,
  seed: number,
  clients: readonly ClientSpec[],
  options: TrafficOptions = {},
): Traffic {
  const rng = createRng(seed);
  const dataplane = createDataplane(state, rng.fork('dataplane'), options.resolve ? { resolve: options.resolve } : {});
  const phaseRng = rng.fork('client-phase');
  const maxResults = Math.max(0, Math.min(options.maxResults ?? TRAFFIC_LIMITS.maxResults, TRAFFIC_LIMITS.maxResults));
  const maxPerStep = Math.max(0, Math.min(options.maxPerStep ?? TRAFFIC_LIMITS.maxPerStep, TRAFFIC_LIMITS.maxPerStep));
  const { accepted, problems } = planClients(clients);
  const plans = accepted.map(({ c, rate }, order) => {
    const interval = 1 / rate;
    // The plan is its client's hold on the data path's record of its target text (TargetHold).
    const plan: Plan = { c, order, interval, next: phaseRng.next() * interval, record: undefined, view: undefined };
    return plan;
  });
  let now = 0;
  let skipped = 0;
  // Per client, so a fast client cannot push a slow one's results out (issue 19, item 3).
  const kept = new Map<string, TrafficResult[]>();
  const tallies = new Map<string, TrafficTally>();
  const tally = (r: TrafficResult): void => {
    const key = JSON.stringify([r.clientId, r.outcome, r.pod ?? null]);
    const t = tallies.get(key);
    if (t) t.count++;
    else tallies.set(key, { clientId: r.clientId, outcome: r.outcome, ...(r.pod ? { pod: r.pod } : {}), count: 1 });
  };
  let entries: Record<string, Entry> | null = null;
  return {
    dataplane,
    get now() {
      return now;
    },
    step(toTime) {
      const due: { time: number; order: number; plan: (typeof plans)[number] }[] = [];
      const allowed = fairShares(
        plans.map((p) => (p.next <= toTime ? Math.floor((toTime - p.next) / p.interval) + 1 : 0)),
        maxPerStep,
      );
      plans.forEach((plan, i) => {
        let budget = allowed[i] ?? 0;
        while (plan.next <= toTime && budget > 0) {
          due.push({ time: plan.next, order: plan.order, plan });
          plan.next += plan.interval;
          budget--;
        }
        // Requests beyond the client's share are skipped, not queued, so one step stays bounded.
        if (plan.next <= toTime) {
          const missed = Math.floor((toTime - plan.next) / plan.interval) + 1;
          skipped += missed;
          plan.next += missed * plan.interval;
          while (plan.next <= toTime) {
            skipped++;
            plan.next += plan.interval;
          }
        }
      });
      due.sort((a, b) => a.time - b.time || a.order - b.order);
      const out: TrafficResult[] = [];
      for (const d of due) {
        const c = d.plan.c;
        const time = Math.round(d.time * 1e6) / 1e6;
        const r = dataplane.send({ ...request(c), time, hold: d.plan });
        out.push({ ...r, clientId: c.id });
      }
      now = Math.max(now, toTime);
      for (const r of out) {
        let list = kept.get(r.clientId);
        if (!list) kept.set(r.clientId, (list = []));
        list.push(r);
      }
      for (const list of kept.values())
        if (list.length > maxResults) for (const r of list.splice(0, list.length - maxResults)) tally(r);
      return out;
    },
    results() {
      const order = new Map(plans.map((p) => [p.c.id, p.order]));
      return [...kept.values()]
        .flat()
        .sort((a, b) => a.time - b.time || (order.get(a.clientId) ?? 0) - (order.get(b.clientId) ?? 0));
    },
    affinity() {
      return dataplane.affinityStamps(now - AFFINITY_MEMORY);
    },
    entries() {
      if (!entries) {
        entries = {};
        for (const { c } of accepted) {
          const entry = dataplane.entry({ ...request(c), time: 0 });
          if (entry) entries[c.id] = entry;
        }
      }
      return entries;
    },
    problems() {
      return skipped === 0 ? [...problems] : [...problems, { code: 'skipped', count: skipped, maxPerStep }];
    },
    dropped() {
      return [...tallies.values()].map((t) => ({ ...t }));
    },
  };
}
