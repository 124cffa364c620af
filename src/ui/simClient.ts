// The one place the UI talks to the simulation worker, through one typed channel
// (workerClient.ts): every request is a `call()` paired with its reply and under the watchdog,
// and a worker that runs one request too long (a hostile scenario in the console, Tab completion
// or a lesson Check as much as in a load) is restarted with the last good scenario while the
// editor keeps the user's text. At most one load is in the worker at a time: a newer text waits
// (replacing any older waiting one) until the worker answers, so fast typing on a large manifest
// never piles loads up behind each other, and a reply to an older text is dropped.
// Types only from the core: the UI bundle must not pull the simulator in (it runs in the worker).
import type { Diagnostic } from '../core/diagnostics.ts';
import type { PodShellSession } from '../core/kubectl/index.ts';
import type { ConsoleRecord, FilledTemplate } from '../core/lessons/index.ts';
import type {
  ClientDecl,
  GoalVerdict,
  LessonGoal,
  Mutation,
  ReplyOf,
  RequestResult,
  RequestType,
  TrafficStart,
} from '../worker/protocol.ts';
import {
  editFinished,
  loadFailed,
  loadFinished,
  staleReplyDropped,
  trafficFinished,
  workerError,
  workerRestarted,
  type SimBridge,
} from './store.ts';
import { spawnSimWorker, takeEarlyWorker } from './earlyWorker.ts';
import { t } from './i18n/useT.ts';
import type { MessageKey } from './i18n/en.ts';
import {
  browserTimers,
  createWorkerChannel,
  REQUEST_TIMEOUT_MS,
  type CallOutcome,
  type RestartCause,
  type Timers,
  type WorkerLike,
} from './workerClient.ts';

export { MAX_RESTARTS_IN_A_ROW, type Timers, type WorkerLike } from './workerClient.ts';
export type { GoalVerdict } from '../worker/protocol.ts';

export const LOAD_TIMEOUT_MS = REQUEST_TIMEOUT_MS;

/**
 * How long the worker may take on a request that loads `yaml` (a load, or a command run against the
 * editor's text): 5 s, and 1 s more for each 100 KB past the first 100 KB. The largest text the
 * limits admit (5,000 Pods, about 1.3 MB) loads in 1.3–1.7 s on our 2-core VM, so a laptop four
 * times slower needs 5–7 s, which a flat 5 s refused as "too slow"; the watchdog is there for a
 * worker that hangs, not for a big text on a slow machine.
 */
export function loadTimeoutMs(yaml = ''): number {
  return LOAD_TIMEOUT_MS + Math.ceil(Math.max(0, yaml.length - 100_000) / 100_000) * 1000;
}
/** The watchdog's option for a request that loads `yaml`. */
const forText = (yaml?: string): { timeoutMs: number } => ({ timeoutMs: loadTimeoutMs(yaml) });

let wordsReady = false;
let words: Promise<void> | null = null;
/**
 * The English words of the data path and of the later panels (i18n/laterWords.ts), which the
 * first diagram's modules need only to word a traffic answer or a view that carries an
 * explanation: loaded before either is handed to the store, so nothing shows a bare code. (Not
 * fetched: the page keeps the code, as it would with no words.) Null once they are in, and an
 * answer then goes to the store in the task that brought it: awaiting `import()` of a module
 * already loaded still resolves a task or more later, and the tasks between (Monaco's timers, a
 * frame) held every edit's diagram back by ~35 ms with the CPU 4× slower.
 */
function laterWords(): Promise<void> | null {
  if (wordsReady) return null;
  words ??= import('./i18n/laterWords.ts')
    .then(
      () => undefined,
      () => undefined,
    )
    .then(() => {
      wordsReady = true;
    });
  return words;
}

/** What one kubectl command printed; `yaml` is the new scenario text after a mutating command. */
export type KubectlReply = ReplyOf<'kubectl'>;
/** What one line in a pod shell printed; `closed`: the shell ended. */
export type PodShellReply = ReplyOf<'podShell'>;

export interface SimClient extends SimBridge {
  /** With `yaml` and `seed`, kubectl runs against that text (the console sends the editor's). */
  kubectl(argv: string[], yaml?: string, seed?: number, line?: string): Promise<KubectlReply>;
  /** Tab completion candidates for a console line (the core's completeKubectl). */
  complete(line: string, yaml?: string, seed?: number): Promise<string[]>;
  /** One line in a pod shell, against `yaml` (the editor's text) with `seed`. */
  podShell(yaml: string, seed: number, session: PodShellSession, line: string): Promise<PodShellReply>;
  /** A lesson step's Check (src/ui/lessons): the core's checkGoal on `yaml`, in the worker. */
  checkGoal(
    yaml: string,
    seed: number,
    goal: LessonGoal,
    answer?: string[],
    console?: ConsoleRecord[],
    traffic?: RequestResult[],
  ): Promise<GoalVerdict>;
  /** Lesson texts with their placeholders filled on `yaml` (the core's fillTemplate); null after a restart. */
  fillTemplates(yaml: string, seed: number, templates: string[]): Promise<FilledTemplate[] | null>;
  dispose(): void;
}

const TIMEOUT_NOTICE: Record<RequestType, MessageKey> = {
  load: 'worker.timeout.load',
  kubectl: 'worker.timeout.kubectl',
  complete: 'worker.timeout.complete',
  podShell: 'worker.timeout.podShell',
  checkGoal: 'worker.timeout.checkGoal',
  fillTemplates: 'worker.timeout.fillTemplates',
  proxyRules: 'worker.timeout.proxyRules',
  exportScenario: 'worker.timeout.exportScenario',
  traffic: 'worker.timeout.traffic',
  edit: 'worker.timeout.edit',
};

/** A text to load; `traffic`: the run it should start over when it has no error (SimBridge.load). */
interface Load {
  id: number;
  yaml: string;
  seed: number;
  traffic?: () => TrafficStart;
}

/** An optional field, only when set (the protocol's messages never carry `undefined`). */
const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/**
 * `firstTrafficAfter`: what the first traffic request waits for. The page passes "the first diagram
 * has shown": the worker fetches the data path's code (laterEngines.ts) on its first traffic
 * request, and that fetch must follow the first diagram, not compete with it.
 */
export function createSimClient(
  spawn: () => WorkerLike = () => takeEarlyWorker() ?? spawnSimWorker(),
  timers: Timers = browserTimers,
  firstTrafficAfter: Promise<void> = Promise.resolve(),
): SimClient {
  let latestLoad: Load = { id: 0, yaml: '', seed: 0 };
  let loadCount = 0;
  /** The load the worker is running (posted, not yet answered), and the newest one waiting for it. */
  let inFlight: number | null = null;
  let waiting: Load | null = null;
  let latestTraffic = 0;
  /** Bumped when the traffic run starts over; answers asked before it are dropped. */
  let trafficRun = 0;
  let restartPending = false;
  /** A traffic request has passed `firstTrafficAfter`: from then on a load may start the run over itself. */
  let trafficSent = false;
  let lastGood: { yaml: string; seed: number } | null = null;

  const channel = createWorkerChannel({
    spawn,
    timers,
    onRestart: recover,
    onGiveUp: () => workerRestarted(t('worker.cannotStart')),
  });

  /** A fresh worker: tell the user why, and put the last good scenario back into it (the store already shows its diagram). */
  function recover(cause: RestartCause): void {
    workerRestarted(
      cause.kind === 'timeout'
        ? t(TIMEOUT_NOTICE[cause.request], { seconds: cause.timeoutMs / 1000 })
        : t('worker.crashed', { message: cause.message }),
    );
    inFlight = null;
    if (!lastGood) return nextLoad();
    const recovery = ++loadCount;
    inFlight = recovery;
    void channel.call({ type: 'load', yaml: lastGood.yaml, seed: lastGood.seed }, forText(lastGood.yaml)).then(() => {
      if (inFlight === recovery) inFlight = null;
      nextLoad();
    });
  }

  function nextLoad(): void {
    if (inFlight !== null || !waiting) return;
    const next = waiting;
    waiting = null;
    postLoad(next);
  }

  function postLoad(load: Load): void {
    inFlight = load.id;
    // Asked as the load is sent, so the run starts with the clients of that moment; `run` tells
    // whether the page restarted the run after that (its own request then wins).
    const start = trafficSent ? load.traffic?.() : undefined;
    const sent = start ? { start, run: trafficRun } : null;
    const call = { type: 'load', yaml: load.yaml, seed: load.seed, ...opt('traffic', start) } as const;
    void channel.call(call, forText(load.yaml)).then((r) => {
      const answered = (): void => {
        if (inFlight === load.id) inFlight = null;
        loadAnswered(load, r, sent);
        nextLoad();
      };
      // A Service box words why it has no endpoint with the data path's words (diagram/cardLines.ts),
      // and so do the packets' failure marks and the pod counters a traffic answer brings.
      const words = r.ok && (r.traffic || r.view?.services.some((s) => s.noEndpointsWhy)) ? laterWords() : null;
      if (words) void words.then(answered);
      else answered();
    });
  }

  function loadAnswered(load: Load, r: CallOutcome<'load'>, sent: { start: TrafficStart; run: number } | null): void {
    if (!r.ok) {
      // Sent to a worker that was then restarted for another reason: try this text again after the recovery.
      if (r.why === 'restarted' && load.id === latestLoad.id && !waiting) waiting = load;
      else if (r.why === 'timeout' && load.id === latestLoad.id) loadFailed(timeoutDiagnostic(r.afterMs));
      else if (r.why === 'error') workerError(r.message);
      return;
    }
    if (load.id !== latestLoad.id) {
      // The worker started its run over on this older text: the page's run is not the worker's any
      // more, so the next traffic request starts over as well.
      if (r.traffic) restartRun();
      staleReplyDropped();
      return;
    }
    if (r.view && !r.diagnostics.some((d) => d.severity === 'error')) lastGood = { yaml: load.yaml, seed: load.seed };
    const started =
      r.traffic && sent?.run === trafficRun ? { answer: r.traffic, toTime: sent.start.toTime } : undefined;
    // The page's run is the worker's again: the next request goes on from this answer.
    if (started) restartPending = false;
    loadFinished(r.diagnostics, r.view, r.applied, r.durationMs, started);
  }

  function restartRun(): void {
    trafficRun++;
    restartPending = true;
  }

  /** A console answer when the worker gave none. */
  const consoleFailure = (r: Exclude<CallOutcome<'kubectl'>, { ok: true }>): string =>
    r.why === 'error'
      ? `error: ${r.message}\n`
      : `${r.why === 'timeout' ? t('worker.consoleTimeout', { seconds: r.afterMs / 1000 }) : t('worker.consoleRestarted')}\n`;

  return {
    load(yaml, seed, traffic) {
      latestLoad = { id: ++loadCount, yaml, seed, ...opt('traffic', traffic) };
      if (inFlight === null) postLoad(latestLoad);
      else waiting = latestLoad;
    },
    traffic(clients: ClientDecl[] | null, toTime: number, restart: boolean) {
      // Answers append to the run so far (`since: 'last'`): each one is applied, in order, unless the
      // run restarted after it was asked. A request still waiting for the gate when a newer one comes
      // is not sent: the newer answer holds everything since the last one.
      if (restart) restartRun();
      const run = trafficRun;
      const id = ++latestTraffic;
      void firstTrafficAfter
        .then(() => {
          if (id !== latestTraffic) return null;
          const since = restartPending ? 'start' : 'last';
          restartPending = false;
          trafficSent = true;
          // The packets' failure marks and the pod counters word the results (PacketCanvas.tsx, PodCounters.tsx).
          return Promise.all([channel.call({ type: 'traffic', clients, toTime, since }), laterWords()]).then(
            ([r]) => r,
          );
        })
        .then((r) => {
          if (!r) return; // never sent: a newer request was made while this one waited
          if (!r.ok) {
            // (A restarted worker has no run: its first answer holds every result whatever was asked.)
            if (r.why === 'error') workerError(r.message);
            return;
          }
          if (run !== trafficRun) {
            staleReplyDropped();
            return;
          }
          trafficFinished(r);
        });
    },
    edit(yaml: string, mutation: Mutation) {
      void channel.call({ type: 'edit', yaml, mutation }, forText(yaml)).then((r) => {
        if (r.ok) editFinished(r.yaml, r.changed, r.message);
        else if (r.why === 'error') workerError(r.message);
      });
    },
    async kubectl(argv, yaml, seed, line) {
      const r = await channel.call(
        {
          type: 'kubectl',
          argv,
          ...opt('yaml', yaml),
          ...opt('seed', seed),
          ...opt('line', line),
        },
        forText(yaml),
      );
      if (!r.ok) return { stdout: '', stderr: consoleFailure(r), exitCode: 1 };
      const { ok: _ok, ...reply } = r;
      return reply;
    },
    async complete(line, yaml, seed) {
      const r = await channel.call(
        { type: 'complete', line, ...opt('yaml', yaml), ...opt('seed', seed) },
        forText(yaml),
      );
      return r.ok ? r.candidates : [];
    },
    async podShell(yaml, seed, session, line) {
      const r = await channel.call({ type: 'podShell', yaml, seed, session, line }, forText(yaml));
      if (!r.ok) return { stdout: '', stderr: consoleFailure(r), exitCode: 1, closed: false, session };
      const { ok: _ok, ...reply } = r;
      return reply;
    },
    async checkGoal(yaml, seed, goal, answer, console, traffic) {
      const r = await channel.call(
        {
          type: 'checkGoal',
          yaml,
          seed,
          goal,
          ...opt('answer', answer),
          ...opt('console', console),
          ...opt('traffic', traffic),
        },
        forText(yaml),
      );
      if (r.ok) return { passed: r.passed, code: r.code, params: r.params, choices: r.choices };
      if (r.why === 'error') return { passed: false, code: 'internal', params: { message: r.message }, choices: null };
      return {
        passed: false,
        code: r.why === 'timeout' ? 'timeout' : 'restarted',
        params: { seconds: (r.why === 'timeout' ? r.afterMs : loadTimeoutMs(yaml)) / 1000 },
        choices: null,
      };
    },
    async fillTemplates(yaml, seed, templates) {
      const r = await channel.call({ type: 'fillTemplates', yaml, seed, templates }, forText(yaml));
      return r.ok ? r.filled : null;
    },
    async proxyRules(node, mode) {
      const r = await channel.call({ type: 'proxyRules', node, ...(mode ? { mode } : {}) });
      return r.ok ? r.rules : null;
    },
    async exportScenario(yaml, seed) {
      const r = await channel.call({ type: 'exportScenario', yaml, seed }, forText(yaml));
      return r.ok ? { result: r.result, yamlFileName: r.yamlFileName } : null;
    },
    dispose() {
      channel.dispose();
    },
  };
}

function timeoutDiagnostic(timeoutMs: number): Diagnostic {
  return {
    severity: 'error',
    code: 'KSP009', // DiagnosticCode.limit
    message: `the simulator needed more than ${timeoutMs / 1000} s for this scenario; make it smaller (fewer replicas or documents)`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}
