// The app's one zustand store, in three slices (editor, simulation, view), with module-level
// actions so the worker client and components call them without hooks (zustand docs:
// flux-inspired-practice, slices-pattern, practice-with-no-store-actions).
import { create } from 'zustand';
import type { ApplyRecord } from '../core/scenario/index.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { translate } from './i18n/translate.ts';
import type { MessageKey } from './i18n/en.ts';
import type {
  AffinityStamp,
  CommandEffect,
  Entry,
  ClientDecl,
  ClientProblem,
  ClientResolution,
  ClientSpec,
  ClusterView,
  Mutation,
  ObjectRefView,
  ReplyOf,
  RequestResult,
  TrafficProblem,
  TrafficTally,
} from '../worker/protocol.ts';
import { lookAheadSeconds } from '../worker/protocol.ts';
import type { OpenedScenario } from './share/shareState.ts';
import { DEFAULT_SEED } from './firstScenario.ts';
import { addConsoleRequests, NO_CONSOLE_TRAFFIC, type ConsoleTraffic } from './traffic/consoleTraffic.ts';

export type Theme = 'dark' | 'light';
export type Language = 'en' | 'ko';
/** What the pointer is over: an object, and optionally one of its fields (`spec.ports[0].port`). */
export interface HoverRef {
  ref: ObjectRefView;
  field?: string;
}

export interface EditorSlice {
  text: string;
  /** The text changed since the last reply from the worker. */
  dirty: boolean;
  diagnostics: Diagnostic[];
  /** The last view of a text without errors: kept (greyed) while the text is broken. */
  lastGoodView: ClusterView | null;
  /** The diagram shows lastGoodView, not the current text. */
  stale: boolean;
  /** A line the editor should reveal (Problems panel click); `nonce` re-triggers the same line. */
  reveal: { line: number; column: number; nonce: number } | null;
  /** Why the worker was restarted, when it was (shown as a banner). */
  workerNotice: string | null;
  /** What the last direct-manipulation edit did (or why it could not). */
  editMessage: string | null;
}

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
  /** Simulated seconds per real second. */
  speed: number;
  /** Simulated time, seconds. */
  time: number;
  /** Traffic has been computed up to this simulated time. */
  computedUntil: number;
}

/** How the page was opened: the full playground, or an embed (`?embed`, src/ui/share/embedParams.ts). */
export interface EmbedSettings {
  /** false: the read-only widget (`?embed`); true: `?embed=edit`. */
  editable: boolean;
  showEditor: boolean;
  autoplay: boolean;
  /** Start step and theme from the embed's query: they win over the link's own. */
  step: number | null;
  theme: Theme | null;
  /** The one origin allowed to configure the embed by postMessage. */
  messageOrigin: string | null;
}

/** Text the user had before a share link, a file or another tab's draft replaced it. */
export interface UndoPoint {
  text: string;
  seed: number;
  /** What replaced it (`the shared scenario`), for the Undo banner. */
  cause: string;
}

export interface SessionSlice {
  /** null in the full playground. */
  embed: EmbedSettings | null;
  /** The lesson and step shown (set by the lessons UI; carried by share links). */
  lesson: string | null;
  lessonStep: number;
  undo: UndoPoint | null;
  /** A message about saving or opening (quota full, damaged link…), shown until dismissed. */
  notice: { kind: 'error' | 'info'; text: string } | null;
  /** Another tab saved a newer, different draft: the user chooses (src/ui/persistence.ts). */
  conflict: { text: string; seed: number; clients: ClientDecl[] | null; rev: number } | null;
  /** A share link whose scenario differs from the draft, waiting for the user's choice. */
  pendingLink: PendingLink | null;
  /** Work a tab kept aside during a conflict and never settled, offered at start-up (src/ui/persistence.ts). */
  keptCopy: { tab: string; text: string; seed: number; clients: ClientDecl[] | null; at: number } | null;
  /** A new version of the app is installed and waits for a reload (src/ui/share/serviceWorkerClient.ts). */
  updateAvailable: boolean;
}

/** A decoded share link waiting for the user's choice: exactly what opening it would apply. */
export type PendingLink = OpenedScenario;

export interface ViewSlice {
  theme: Theme;
  selection: ObjectRefView | null;
  /** The Service selected last: the kube-proxy rules view highlights its rules. */
  ruleService: ObjectRefView | null;
  hovered: HoverRef | null;
  language: Language;
  bottomTab: 'problems' | 'timeline' | 'inspector' | 'console' | 'lessons';
}

/** Counters the e2e tests read through window.__ksp (never used for app logic). */
export interface Counters {
  loadsSent: number;
  loadsApplied: number;
  staleRepliesDropped: number;
  workerRestarts: number;
  trafficResults: number;
  editsApplied: number;
  lastLoadMs: number;
  /** monaco-yaml requests that threw in its worker and were answered with nothing (editor/monacoSetup.ts). */
  yamlRequestsRefused: number;
}

export type AppState = EditorSlice & SimulationSlice & ViewSlice & SessionSlice & { counters: Counters };

/** What the store needs from the worker; src/ui/simClient.ts provides it (set by main.tsx). */
export interface SimBridge {
  load(yaml: string, seed: number): void;
  traffic(clients: ClientDecl[] | null, toTime: number): void;
  edit(yaml: string, mutation: Mutation): void;
  /** The kubectl console's requests (src/ui/console); optional so test bridges can leave them out. */
  kubectl?(
    argv: string[],
    yaml?: string,
    seed?: number,
    line?: string,
  ): Promise<{ stdout: string; stderr: string; exitCode: number; yaml?: string }>;
  complete?(line: string, yaml?: string, seed?: number): Promise<string[]>;
  /** A node's kube-proxy rules on the last good load (the core's proxyRulesText, as `ksp iptables` prints them). */
  proxyRules?(node: string): Promise<ProxyRules | null>;
}
export type ProxyRules = NonNullable<ReplyOf<'proxyRules'>['rules']>;

export { DEFAULT_SEED };
export const STEP_SECONDS = 0.25;

export const useStore = create<AppState>()(() => ({
  text: '',
  dirty: false,
  diagnostics: [],
  lastGoodView: null,
  stale: false,
  reveal: null,
  workerNotice: null,
  editMessage: null,
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
  speed: 1,
  time: 0,
  computedUntil: 0,
  theme: 'dark',
  selection: null,
  ruleService: null,
  hovered: null,
  language: 'en',
  bottomTab: 'problems',
  embed: null,
  lesson: null,
  lessonStep: 0,
  undo: null,
  notice: null,
  conflict: null,
  pendingLink: null,
  keptCopy: null,
  updateAvailable: false,
  counters: {
    loadsSent: 0,
    loadsApplied: 0,
    staleRepliesDropped: 0,
    workerRestarts: 0,
    trafficResults: 0,
    editsApplied: 0,
    lastLoadMs: 0,
    yamlRequestsRefused: 0,
  },
}));

let bridge: SimBridge | null = null;

export function connectSim(b: SimBridge): void {
  bridge = b;
}

/** The connected bridge, for the kubectl console (src/ui/console/consoleSession.ts). */
export const simBridge = (): SimBridge | null => bridge;

/** A message in the UI's current language (i18n/translate.ts; no hook here: actions run outside React). */
const t = (key: MessageKey): string => translate(useStore.getState().language, key);

export const bump = (key: keyof Counters, by = 1): void =>
  useStore.setState((s) => ({ counters: { ...s.counters, [key]: s.counters[key] + by } }));

// ---- editor ----

/** Sends the current text to the worker now (initial load, seed change, worker restart). */
export function loadNow(): void {
  const { text, seed } = useStore.getState();
  bump('loadsSent');
  bridge?.load(text, seed);
}

/**
 * Every keystroke: remember the text and send it at once. No debounce: the sim client keeps one load
 * in the worker and replaces the waiting one with the newest text (simClient.ts), so fast typing
 * never queues loads, and a pause shows its diagram a load later, not a timer later (a 40 ms
 * debounce was 40 % of the seed example's edit → diagram time in `npm run bench`).
 */
export function setText(text: string): void {
  if (text === useStore.getState().text) return;
  useStore.setState({ text, dirty: true });
  loadNow();
}

/** The worker's answer for the latest text. */
export function loadFinished(
  diagnostics: Diagnostic[],
  view: ClusterView | null,
  applied: ApplyRecord[],
  durationMs: number,
): void {
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  const good = view !== null && !hasErrors;
  useStore.setState((s) => ({
    dirty: false,
    diagnostics,
    applied,
    view: good ? view : (s.lastGoodView ?? view),
    lastGoodView: good ? view : s.lastGoodView,
    stale: !good && s.lastGoodView !== null,
    workerNotice: null,
    counters: { ...s.counters, loadsApplied: s.counters.loadsApplied + 1, lastLoadMs: durationMs },
  }));
  if (good) requestTraffic(true);
}

export function revealLine(line: number, column = 1): void {
  useStore.setState((s) => ({ reveal: { line, column, nonce: (s.reveal?.nonce ?? 0) + 1 } }));
}

export function workerRestarted(notice: string): void {
  bump('workerRestarts');
  useStore.setState({ workerNotice: notice });
}

/** The worker gave up on the current text (too slow, or crashed): show why, keep the last diagram. */
export function loadFailed(diagnostic: Diagnostic): void {
  useStore.setState((s) => ({
    dirty: false,
    diagnostics: [diagnostic],
    stale: s.lastGoodView !== null,
    view: s.lastGoodView,
  }));
}

export function workerError(message: string): void {
  useStore.setState({ workerNotice: message });
}

export function staleReplyDropped(): void {
  bump('staleRepliesDropped');
}

// ---- simulation ----

export function setSeed(seed: number): void {
  if (!Number.isSafeInteger(seed) || seed < 0) return;
  useStore.setState({ seed });
  loadNow();
}

/** How far ahead of `time` the worker computes traffic: the core's rule for these clients' rates (the defaults' when none are declared). */
const lookAhead = (s: Pick<AppState, 'clients' | 'declared'>): number =>
  lookAheadSeconds((s.clients ?? s.declared).map((c) => c.rate));

function requestTraffic(restart: boolean): void {
  const s = useStore.getState();
  const time = restart ? 0 : s.time;
  const toTime = time + lookAhead(s);
  useStore.setState(
    restart
      ? {
          time: 0,
          computedUntil: toTime,
          results: [],
          dropped: [],
          trafficProblems: [],
          affinity: [],
          console: NO_CONSOLE_TRAFFIC,
        }
      : { computedUntil: toTime },
  );
  bridge?.traffic(s.clients, toTime);
}

/** Declares the clients (null: go back to the scenario's defaults); the worker resolves them on every load. */
export function setClients(clients: ClientDecl[] | null): void {
  useStore.setState({ clients });
  requestTraffic(true);
}

/** The same value keeps its identity, so what is drawn from it is not rebuilt per reply. */
const same = <T>(prev: T, next: T): T => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next);

export function trafficFinished(answer: {
  results: RequestResult[];
  affinity: AffinityStamp[];
  entries: Record<string, Entry>;
  problems: TrafficProblem[];
  dropped: TrafficTally[];
  declared: ClientDecl[];
  clients: ClientResolution[];
}): void {
  bump('trafficResults');
  const running = answer.clients.flatMap((c) => (c.ok ? [c.spec] : []));
  const unresolved = Object.fromEntries(answer.clients.flatMap((c) => (c.ok ? [] : [[c.id, c.problem] as const])));
  useStore.setState((s) => ({
    results: answer.results,
    affinity: answer.affinity,
    dropped: answer.dropped,
    trafficProblems: answer.problems,
    entries: same(s.entries, answer.entries),
    declared: same(s.declared, answer.declared),
    running: same(s.running, running),
    clientProblems: same(s.clientProblems, unresolved),
  }));
}

/** A console command's requests: they leave now on the page's clock, as packets and Timeline rows. */
export function consoleSent(effects: readonly CommandEffect[]): void {
  useStore.setState((s) => ({ console: addConsoleRequests(s.console, effects, s.time) }));
}

export const play = (): void => useStore.setState({ playing: true });
export const pause = (): void => useStore.setState({ playing: false });
export const setSpeed = (speed: number): void => useStore.setState({ speed: Math.min(16, Math.max(0.125, speed)) });

/** Advances simulated time (called every animation frame while playing, and by step()). */
export function advance(simSeconds: number): void {
  const s = useStore.getState();
  const time = Math.max(0, s.time + simSeconds);
  useStore.setState({ time });
  if (time + lookAhead(s) / 2 > s.computedUntil) requestTraffic(false);
}

export const step = (): void => advance(STEP_SECONDS);
export const stepBack = (): void => advance(-STEP_SECONDS);
export const resetTime = (): void => requestTraffic(true);

/** Direct manipulation: the worker rewrites the YAML text (comments kept) and we load it. */
export function applyEdit(mutation: Mutation): void {
  const s = useStore.getState();
  if (s.embed && !s.embed.editable) {
    useStore.setState({ editMessage: t('session.embedReadOnly') });
    return;
  }
  bridge?.edit(s.text, mutation);
}

export function editFinished(yaml: string, changed: boolean, message: string): void {
  useStore.setState({ editMessage: message });
  if (!changed) return;
  bump('editsApplied');
  setText(yaml);
}

// ---- view ----

export const select = (ref: ObjectRefView | null): void =>
  useStore.setState(ref?.kind === 'Service' ? { selection: ref, ruleService: ref } : { selection: ref });
/** Which Service's rules the kube-proxy rules view highlights. */
export const setRuleService = (ref: ObjectRefView | null): void => useStore.setState({ ruleService: ref });
/** Accepts an object ref or an object+field; null clears. */
export function setHovered(hovered: HoverRef | ObjectRefView | null): void {
  const next = hovered === null ? null : 'ref' in hovered ? hovered : { ref: hovered };
  useStore.setState({ hovered: next });
}
export const setTheme = (theme: Theme): void => useStore.setState({ theme });
export const setLanguage = (language: Language): void => useStore.setState({ language });
export const setBottomTab = (bottomTab: ViewSlice['bottomTab']): void => useStore.setState({ bottomTab });

// ---- session: replacing the whole scenario, always with an undo ----

/**
 * Replaces the scenario (a share link, an opened file, another tab's draft) and keeps what was
 * there as the undo point, so no load ever loses work without a way back.
 */
export function replaceScenario(
  next: { text: string; seed?: number; clients?: ClientDecl[] | null },
  cause: string,
): void {
  const s = useStore.getState();
  const undo: UndoPoint | null =
    s.text === next.text && (next.seed ?? s.seed) === s.seed ? s.undo : { text: s.text, seed: s.seed, cause };
  useStore.setState({
    text: next.text,
    seed: next.seed ?? s.seed,
    undo,
    selection: null,
    hovered: null,
    ...(next.clients !== undefined ? { clients: next.clients } : {}),
  });
  loadNow();
}

/** Puts back the text the last replaceScenario removed (the current one becomes the new undo). */
export function undoReplace(): void {
  const s = useStore.getState();
  if (!s.undo) return;
  useStore.setState({
    text: s.undo.text,
    seed: s.undo.seed,
    undo: null,
    selection: null,
    hovered: null,
    notice: { kind: 'info', text: t('session.undone') },
  });
  loadNow();
}

export const dismissUndo = (): void => useStore.setState({ undo: null });
export const showNotice = (kind: 'error' | 'info', text: string): void => useStore.setState({ notice: { kind, text } });
export const dismissNotice = (): void => useStore.setState({ notice: null });
export const setLessonStep = (lesson: string | null, lessonStep: number): void =>
  useStore.setState({ lesson, lessonStep: Math.max(0, Math.floor(lessonStep)) });

/** Same object? (kind, namespace, name) */
export function sameRef(a: ObjectRefView | null | undefined, b: ObjectRefView | null | undefined): boolean {
  return !!a && !!b && a.kind === b.kind && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '');
}
