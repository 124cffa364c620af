// The loaded cluster and its traffic: the worker's view, the declared clients, the results on the
// page's clock, and playback.
import type { ApplyRecord } from '../../core/scenario/index.ts';
import type {
  AffinityStamp,
  ClientDecl,
  ClientProblem,
  ClientSpec,
  CommandEffect,
  Entry,
  ReplyOf,
  RequestResult,
  TrafficProblem,
  TrafficStart,
  TrafficTally,
} from '../../worker/protocol.ts';
import type { ClusterView } from '../../worker/clusterView.ts';
import { appendKept, lookAheadSeconds } from '../../worker/protocol.ts';
import { DEFAULT_SEED } from '../firstScenario.ts';
import {
  addConsoleRequests,
  NO_CONSOLE_TRAFFIC,
  withConsoleResults,
  type ConsoleTraffic,
} from '../traffic/consoleTraffic.ts';
import { adjacentHopEvent } from '../traffic/hopEvents.ts';
import type { AppState, SliceOf } from './appState.ts';
import { simBridge } from './simBridge.ts';
import { sameValue as same } from './sameValue.ts';

export const STEP_SECONDS = 0.25;

export interface SimulationSlice {
  view: ClusterView | null;
  applied: ApplyRecord[];
  seed: number;
  /** The clients the user (or a lesson, a link, a draft) declared; null: the scenario's default clients, chosen by the core on each load. */
  clients: ClientDecl[] | null;
  /** The declarations that ran on the last traffic answer (the defaults when `clients` is null). */
  declared: ClientDecl[];
  /** Those that resolved on this load, as the core runs them (the diagram draws and flies these). */
  running: ClientSpec[];
  /** Those that name nothing in this scenario, by client id: they send nothing, their row says why. */
  clientProblems: Record<string, ClientProblem>;
  results: RequestResult[];
  /** Tallies of the results the worker no longer keeps (older than `results`), for counts so far. */
  dropped: TrafficTally[];
  /** What the traffic limits changed (codes; the traffic panel words them). */
  trafficProblems: TrafficProblem[];
  affinity: AffinityStamp[];
  /** Requests typed in the console (wget in a pod), placed on this clock; cleared when the clock restarts. */
  console: ConsoleTraffic;
  /** The object each client's requests enter first, by client id (the core's answer; the diagram draws the client's arrow to it). */
  entries: Record<string, Entry>;
  playing: boolean;
  /** Someone chose play or pause (a person, a link, an embed's page): the first traffic answer no longer starts playback on its own. */
  playChosen: boolean;
  /** Simulated seconds per real second. */
  speed: number;
  /** Simulated time, seconds. */
  time: number;
  /** Traffic has been computed up to this simulated time. */
  computedUntil: number;
}

/** The worker's traffic answer, as the store takes it. */
export type TrafficAnswer = ReplyOf<'traffic'>;

export interface SimulationActions {
  setSeed(seed: number): void;
  /** Asks the worker for traffic ahead of the clock; `restart` starts the clock again at 0. */
  requestTraffic(restart: boolean): void;
  /** Declares the clients (null: go back to the scenario's defaults); the worker resolves them on every load. */
  setClients(clients: ClientDecl[] | null): void;
  trafficFinished(answer: TrafficAnswer): void;
  /** A console command's requests: they leave now on the page's clock, as packets and Timeline rows. */
  consoleSent(effects: readonly CommandEffect[]): void;
  play(): void;
  pause(): void;
  /** Starts playback for the scenario's default clients unless play or pause was already chosen (useAutoStart). */
  autoPlay(): void;
  setSpeed(speed: number): void;
  /** Advances simulated time (called every animation frame while playing, and by step()). */
  advance(simSeconds: number): void;
  /**
   * Pauses and moves to the next (+1) or previous (−1) hop event of the Timeline's event list: the
   * clock goes to the moment the packet shows that hop and the hop is focused (the diagram's laser,
   * the Inspector, the Timeline row). With no event that way yet, the clock moves STEP_SECONDS.
   */
  stepEvent(dir: 1 | -1): void;
  step(): void;
  stepBack(): void;
  resetTime(): void;
}

/** How far ahead of `time` the worker computes traffic: the core's rule for these clients' rates (the defaults' when none are declared). */
const lookAhead = (s: Pick<AppState, 'clients' | 'declared'>): number =>
  lookAheadSeconds((s.clients ?? s.declared).map((c) => c.rate));

/** The run a load starts over when it has no error (the worker answers both at once; simClient.ts). */
export const trafficStartFor = (s: Pick<AppState, 'clients' | 'declared'>): TrafficStart => ({
  clients: s.clients,
  toTime: lookAhead(s),
});

/** The traffic state of a run that starts over at t=0, computed up to `toTime`. */
const restarted = (toTime: number) => ({
  time: 0,
  computedUntil: toTime,
  results: [],
  dropped: [],
  trafficProblems: [],
  affinity: [],
  console: NO_CONSOLE_TRAFFIC,
});

/** The traffic state after an answer. */
const answered = (s: AppState, answer: TrafficAnswer): Partial<AppState> => {
  const running = answer.clients.flatMap((c) => (c.ok ? [c.spec] : []));
  const unresolved = Object.fromEntries(answer.clients.flatMap((c) => (c.ok ? [] : [[c.id, c.problem] as const])));
  return {
    results: answer.appended ? appendKept(s.results, answer.results, answer.keepPerClient) : answer.results,
    affinity: answer.affinity,
    dropped: answer.dropped,
    trafficProblems: answer.problems,
    entries: same(s.entries, answer.entries),
    declared: same(s.declared, answer.declared),
    running: same(s.running, running),
    clientProblems: same(s.clientProblems, unresolved),
  };
};

/** A run that starts over with its first answer: the state a restart and that answer leave, set at once. */
export const restartedWith = (s: AppState, answer: TrafficAnswer, toTime: number): Partial<AppState> => ({
  ...restarted(toTime),
  ...answered({ ...s, results: [] }, answer),
});

export const simulationSlice: SliceOf<SimulationSlice & SimulationActions> = (set, get) => ({
  view: null,
  applied: [],
  seed: DEFAULT_SEED,
  clients: null,
  declared: [],
  running: [],
  clientProblems: {},
  results: [],
  dropped: [],
  trafficProblems: [],
  affinity: [],
  console: NO_CONSOLE_TRAFFIC,
  entries: {},
  playing: false,
  playChosen: false,
  speed: 1,
  time: 0,
  computedUntil: 0,

  setSeed(seed) {
    if (!Number.isSafeInteger(seed) || seed < 0) return;
    set({ seed });
    get().loadNow();
  },

  requestTraffic(restart) {
    const s = get();
    const time = restart ? 0 : s.time;
    const toTime = time + lookAhead(s);
    set(restart ? restarted(toTime) : { computedUntil: toTime });
    simBridge()?.traffic(s.clients, toTime, restart);
  },

  setClients(clients) {
    set({ clients });
    get().requestTraffic(true);
  },

  trafficFinished(answer) {
    get().bump('trafficResults');
    set((s) => answered(s, answer));
  },

  consoleSent: (effects) => set((s) => ({ console: addConsoleRequests(s.console, effects, s.time) })),

  play: () => set({ playing: true, playChosen: true }),
  pause: () => set({ playing: false, playChosen: true }),
  autoPlay: () => set((s) => (s.playChosen ? {} : { playing: true, playChosen: true })),
  setSpeed: (speed) => set({ speed: Math.min(16, Math.max(0.125, speed)) }),

  advance(simSeconds) {
    const s = get();
    const time = Math.max(0, s.time + simSeconds);
    set({ time });
    if (time + lookAhead(s) / 2 > s.computedUntil) get().requestTraffic(false);
  },

  stepEvent(dir) {
    const s = get();
    s.pause();
    const e = adjacentHopEvent(withConsoleResults(s.results, s.console.results), s.time, dir, s.hopFocus);
    if (!e) return s.advance(dir * STEP_SECONDS);
    s.focusHop({ result: e.result, hopIndex: e.hopIndex, hop: e.result.hops[e.hopIndex]! });
    s.advance(e.time - s.time);
  },
  step: () => get().stepEvent(1),
  stepBack: () => get().stepEvent(-1),
  resetTime: () => get().requestTraffic(true),
});
