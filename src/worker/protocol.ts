// The typed message protocol between the UI thread and the simulation worker. One map per
// direction; the unions are derived from the maps so both ends `switch (msg.type)` exhaustively
// (docs/architecture.md §3, the message-map pattern of pmndrs/use-cannon). Everything here is plain,
// structured-clone-safe data. The cluster's view it carries is clusterView.ts.
import type { AffinityStamp, Entry, RequestResult as CoreRequestResult } from '../core/dataplane/index.ts';
import type { ClientDecl, ClientResolution } from '../core/sim/index.ts';
import type { ApplyRecord, ExportResult } from '../core/scenario/index.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { CommandEffect, KubectlNote, PodShellSession } from '../core/kubectl/index.ts';
import type { ConsoleRecord, FilledTemplate, Goal, GoalCode, GoalParams, LessonClient } from '../core/lessons/index.ts';
import type { TrafficProblem, TrafficTally } from '../core/sim/index.ts';
import type { ProxyMode } from '../core/model/index.ts';
import type { ClusterView } from './clusterView.ts';
export type { ProxyMode };

export const PROTOCOL_VERSION = 2;

// ---- Traffic ----

/**
 * A traffic client: the core's ClientSpec (src/core/sim/traffic.ts). `id` is the stable id the
 * diagram uses for its glyph; `from` is the typed Source (a share link or `ksp send --from` writes
 * it as text with the core's sourceText.ts); `to` a URL, `ip:port` or a DNS name.
 */
export type { ClientSpec } from '../core/sim/index.ts';
/**
 * A client as the user, a lesson or the default choice declares it, in terms of the scenario
 * (src/core/sim/clientDecl.ts); the worker resolves it on every load. A resolution is the
 * ClientSpec it became, or why it names nothing (a code and parameters the UI words).
 */
export type {
  ClientDecl,
  ClientResolution,
  ClientProblem,
  SourceDecl,
  TargetDecl,
  PodDecl,
  WorkloadKind,
} from '../core/sim/index.ts';
/** The core's request/answer shapes (src/core/dataplane/types.ts), plus the client that sent it. */
export type {
  Hop,
  HopAt,
  HopKind,
  HopPacket,
  ReplyPacket,
  Outcome,
  AffinityStamp,
  Source,
  Said,
  Entry,
  ServiceFinding,
} from '../core/dataplane/index.ts';
export type RequestResult = CoreRequestResult & { clientId?: string };
/** What a console command did (objects shown, requests sent with their whole answers), and who sent them. */
export type { CommandEffect, ConsoleSender } from '../core/kubectl/index.ts';
/** What a traffic limit changed, as a code and parameters (the page words it in its language). */
export type { TrafficProblem, TrafficTally } from '../core/sim/index.ts';
/**
 * How far past its clock a page asks for traffic (`traffic.toTime`): the core's rule, part of the
 * request's contract, so that the results kept per client still reach back to the clock.
 */
export { lookAheadSeconds } from '../core/sim/index.ts';
/** The scenario size limit in UTF-8 bytes and its message (README.md "Limits"), checked where a text enters. */
export { YAML_LIMITS, scenarioBytesOver, scenarioSizeMessage } from '../core/yaml/index.ts';

// ---- Direct manipulation edits (the core's scenario/edits functions write them into the YAML) ----

export type Mutation =
  | { op: 'deletePod'; namespace: string; name: string }
  | { op: 'setPodReady'; namespace: string; name: string; ready: boolean }
  | {
      op: 'scale';
      kind: 'Deployment' | 'StatefulSet' | 'ReplicaSet';
      namespace: string;
      name: string;
      replicas: number;
    }
  | { op: 'setLabel'; kind: string; namespace?: string; name: string; key: string; value: string | null };

// ---- Lessons (the UI sends a step's goal; the worker runs the core's checkGoal on the text) ----

/**
 * The placeholder syntax of lesson texts (`{clusterIP:my-service}`): the page finds the texts to
 * send for filling, and cuts a text at its placeholders until the worker has filled them.
 */
export { hasPlaceholder, fillTemplate as cutTemplate } from '../core/lessons/index.ts';

/** A lesson step's goal, exactly as the core's lesson manifest declares it (plain data). */
export type LessonGoal = Goal;
/** A traffic client as a lesson.yaml declares it (a ClientDecl). */
export type LessonClientSpec = LessonClient;

// ---- Messages ----

export interface ToWorkerMap {
  /**
   * `traffic`: when the load has no error, the traffic run starts over on it (as a `traffic` with
   * `since: 'start'`) and the answer carries its first results, so the page draws the new diagram
   * and its packets in one go instead of a diagram, a round trip and the packets.
   */
  load: { requestId: number; yaml: string; seed: number; traffic?: TrafficStart };
  /**
   * Loads `yaml` with `seed` ahead of time and answers nothing: a later `load` of the same text and
   * seed answers from it at once. The entry sends the default scenario while the app's bundle is
   * still loading (src/ui/earlyWorker.ts); for any other first text it has warmed the JIT.
   */
  prepare: { yaml: string; seed: number };
  /**
   * `clients`: declarations, or null for the scenario's default clients (the core chooses them on each load).
   * `since`: absent, the answer holds every kept result. `'start'`: the run starts over from t=0.
   * `'last'`: the answer holds only the results since the run's previous answer (`appended`), when the
   * run goes on; the page's own playback asks this way, so each answer carries a few new results
   * instead of every kept one (thousands of hop traces copied per answer, at 50 clients).
   */
  traffic: { requestId: number; clients: ClientDecl[] | null; toTime: number; since?: 'start' | 'last' };
  /**
   * Runs kubectl. With `yaml` (the editor's current text) and `seed` it runs against that text,
   * so a command typed right after an edit sees it; without, against the last good load.
   * `line` (the console's typed line) replaces argv: the worker splits it like a shell.
   */
  kubectl: { requestId: number; argv: string[]; yaml?: string; seed?: number; line?: string };
  /** Tab completion for the console line (the core's completeKubectl), on the same scenario as kubectl. */
  complete: { requestId: number; line: string; yaml?: string; seed?: number };
  /** One line typed in a pod shell (`kubectl run -it`, `kubectl exec -it … -- sh`): the core's runInPodShell on `yaml`. */
  podShell: { requestId: number; yaml: string; seed: number; session: PodShellSession; line: string };
  edit: { requestId: number; yaml: string; mutation: Mutation };
  /** Checks a lesson goal on `yaml` (the editor's current text) with `seed`; `answer` is a predict choice. */
  /** `console`: this session's console commands (line, output, effects), which a kubectl step is checked against. */
  checkGoal: {
    requestId: number;
    yaml: string;
    seed: number;
    goal: LessonGoal;
    answer?: string[];
    console?: ConsoleRecord[];
    /** The traffic the diagram has shown so far, which an `expires` step is checked against. */
    traffic?: RequestResult[];
  };
  /** Lesson texts with placeholders (`{clusterIP:my-service}`) filled on `yaml` with `seed` (the core's fillTemplate). */
  fillTemplates: { requestId: number; yaml: string; seed: number; templates: string[] };
  /**
   * The rules `node`'s kube-proxy programs on the last good load, the text `ksp iptables --mode`
   * prints (the core's proxyRulesText): in `mode`, or in the cluster's own proxy mode when absent.
   */
  proxyRules: { requestId: number; node: string; mode?: ProxyMode };
  /** The scenario for a real cluster: the YAML without playground-only documents and the script (the core's exportScenario, as `ksp export`). */
  exportScenario: { requestId: number; yaml: string; seed: number };
}
/** A traffic run to start over on a load: the clients (null: the scenario's own) and how far to compute. */
export interface TrafficStart {
  clients: ClientDecl[] | null;
  toTime: number;
}
export type ToWorker = { [K in keyof ToWorkerMap]: { type: K } & ToWorkerMap[K] }[keyof ToWorkerMap];

export interface FromWorkerMap {
  ready: { protocolVersion: number };
  /**
   * Not a reply: the request is still being worked on (a big load, or an engine's code being
   * fetched), sent at most once a second. The page's watchdog gives the request more time on it.
   */
  progress: { requestId: number };
  loaded: {
    requestId: number;
    diagnostics: Diagnostic[];
    view: ClusterView | null;
    applied: ApplyRecord[];
    durationMs: number;
    /** The run the load's `traffic` started (absent: none asked, the load has errors, or the run failed). */
    traffic?: Omit<FromWorkerMap['trafficResult'], 'requestId'>;
  };
  /**
   * `entries`: the object each client's requests enter first, by client id (absent: unknown, e.g. a
   * name that does not resolve). `dropped`: tallies of the results older than the kept ones, so
   * counts so far stay exact. `declared`: the declarations that ran (the defaults when the request
   * sent none); `clients`: each one resolved on this load, or its problem.
   */
  trafficResult: {
    requestId: number;
    results: RequestResult[];
    /** `results` follow the previous answer's: append them, keeping the newest `keepPerClient` of each client. */
    appended: boolean;
    keepPerClient: number;
    affinity: AffinityStamp[];
    entries: Record<string, Entry>;
    problems: TrafficProblem[];
    dropped: TrafficTally[];
    declared: ClientDecl[];
    clients: ClientResolution[];
  };
  /** `yaml`: the scenario text after a mutating command (scale, expose, label…); the UI puts it in the editor. */
  kubectlResult: {
    requestId: number;
    stdout: string;
    stderr: string;
    exitCode: number;
    yaml?: string;
    session?: PodShellSession;
    /** What the command did (objects printed, requests sent): a lesson step recognises the learner's command by it. */
    effects?: CommandEffect[];
    /** The playground's own lines in stderr (`ksp: …`) as codes, which the console words in the page's language. */
    notes?: KubectlNote[];
  };
  /** A pod shell line's output (one TTY stream in stdout); `closed`: the shell ended, back to `$ `; `session` goes with the next line. */
  podShellResult: {
    requestId: number;
    stdout: string;
    stderr: string;
    exitCode: number;
    closed: boolean;
    session: PodShellSession;
    effects?: CommandEffect[];
    /** The playground's own lines in its output, as codes the page words (core/kubectl/playgroundNotes.ts). */
    notes?: KubectlNote[];
  };
  completion: { requestId: number; candidates: string[] };
  edited: { requestId: number; yaml: string; changed: boolean; message: string };
  /**
   * The goal's verdict as a code and parameters (the page words it); `choices` lists a predict
   * goal's pods (never which ones answer); null otherwise.
   */
  goalResult: { requestId: number; passed: boolean; code: GoalCode; params: GoalParams; choices: string[] | null };
  /** One filled template per template sent, in order. */
  filledTemplates: { requestId: number; filled: FilledTemplate[] };
  /** `rules`: null when the last good load has no node of that name (or nothing loaded yet). */
  /** `rules.configured`: the mode the cluster's kube-proxy runs in (the Cluster document's proxyMode), whose rules the packets' hops name. */
  proxyRulesResult: {
    requestId: number;
    node: string;
    rules: { mode: ProxyMode; configured: ProxyMode; text: string } | null;
  };
  /** `yamlFileName`: the name the script applies (`kubectl apply -f scenario.yaml`): save the YAML under it. */
  exported: { requestId: number; result: ExportResult; yamlFileName: string };
  /** A request failed inside the worker (a bug, not a user mistake): the UI reports it. */
  error: { requestId: number; message: string };
}
export type FromWorker = { [K in keyof FromWorkerMap]: { type: K } & FromWorkerMap[K] }[keyof FromWorkerMap];

export type MessageOf<K extends keyof FromWorkerMap> = { type: K } & FromWorkerMap[K];

// ---- Requests paired with replies ----

/**
 * The reply each request gets (besides `error`, which any request may get instead). `prepare`
 * answers nothing. A request type missing here is a compile error below, so a new request cannot
 * be sent without saying what answers it.
 */
export interface ReplyTypeOf {
  load: 'loaded';
  traffic: 'trafficResult';
  kubectl: 'kubectlResult';
  complete: 'completion';
  podShell: 'podShellResult';
  edit: 'edited';
  checkGoal: 'goalResult';
  fillTemplates: 'filledTemplates';
  proxyRules: 'proxyRulesResult';
  exportScenario: 'exported';
}
export type RequestType = keyof ReplyTypeOf;
/** A request as the caller writes it: the client numbers it. */
export type RequestOf<K extends RequestType> = { type: K } & Omit<ToWorkerMap[K], 'requestId'>;
/** What answers a request of type K (without its envelope). */
export type ReplyOf<K extends RequestType> = Omit<MessageOf<ReplyTypeOf[K]>, 'type' | 'requestId'>;
type MustBeNever<T extends never> = T;
/** Fails to compile when a request type other than `prepare` has no entry in ReplyTypeOf. */
export type UnansweredRequests = MustBeNever<Exclude<keyof ToWorkerMap, RequestType | 'prepare'>>;

/** A lesson Check's verdict, as the worker answers it. */
export type GoalVerdict = ReplyOf<'checkGoal'>;

/** Exhaustiveness check for `switch (msg.type)`: a new message type is a compile error until handled. */
export function assertNever(x: never): never {
  throw new Error(`unexpected message: ${JSON.stringify(x)}`);
}

/**
 * The results so far with an answer's new ones after them, keeping the newest `keep` of each client:
 * the worker keeps the same (core/sim/traffic.ts), so both hold the same list and `dropped` stays exact.
 */
export function appendKept<T extends { clientId?: string }>(
  kept: readonly T[],
  fresh: readonly T[],
  keep: number,
): T[] {
  if (fresh.length === 0) return kept as T[];
  const all = [...kept, ...fresh];
  const count = new Map<string | undefined, number>();
  for (const r of all) count.set(r.clientId, (count.get(r.clientId) ?? 0) + 1);
  if (![...count.values()].some((n) => n > keep)) return all;
  const skip = new Map([...count].map(([id, n]) => [id, Math.max(0, n - keep)]));
  return all.filter((r) => {
    const left = skip.get(r.clientId) ?? 0;
    if (left === 0) return true;
    skip.set(r.clientId, left - 1);
    return false;
  });
}
