// The one place the UI talks to the simulation worker. It owns the worker's lifecycle: messages
// wait until the worker says `ready`, every request carries an id so a reply to an older text is
// dropped, and a watchdog restarts a worker stuck on one load (> 5 s) with the last good text
// (docs/architecture.md §3: pmndrs/use-cannon's queue, GoogleChromeLabs/squoosh's WorkerBridge). At most one load is in the
// worker at a time: a newer text waits (replacing any older waiting one) until the worker answers,
// so fast typing on a large manifest never piles loads up behind each other, and the watchdog
// times the load the worker is actually running, not the queue in front of it.
// Types only from the core: the UI bundle must not pull the simulator in (it runs in the worker).
import type { Diagnostic } from '../core/diagnostics.ts';
import type { PodShellSession } from '../core/kubectl/index.ts';
import {
  assertNever,
  type ClientSpec,
  type FromWorker,
  type LessonClientSpec,
  type LessonGoal,
  type Mutation,
  type ToWorker,
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

export const LOAD_TIMEOUT_MS = 5000;

/** The worker's answer to a lesson Check. */
export interface GoalVerdict {
  passed: boolean;
  detail: string;
  choices: string[] | null;
}
/** Restarts in a row without any reply before the client gives up (a worker that cannot even start). */
export const MAX_RESTARTS_IN_A_ROW = 3;

/** What one kubectl command printed; `yaml` is the new scenario text after a mutating command. */
export interface KubectlReply {
  stdout: string;
  stderr: string;
  exitCode: number;
  yaml?: string;
  /** A shell opened in a pod (`kubectl run -it`): the console switches to it. */
  session?: PodShellSession;
}

/** What one line in a pod shell printed; `closed`: the shell ended. */
export interface PodShellReply {
  stdout: string;
  stderr: string;
  exitCode: number;
  closed: boolean;
  session: PodShellSession;
}

/** The Worker surface we use (a real Worker, or a fake in tests). */
export interface WorkerLike {
  postMessage(msg: ToWorker): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface Timers {
  set(fn: () => void, ms: number): number;
  clear(id: number): void;
}

export interface SimClient extends SimBridge {
  /** With `yaml` and `seed`, kubectl runs against that text (the console sends the editor's). */
  kubectl(argv: string[], yaml?: string, seed?: number, line?: string): Promise<KubectlReply>;
  /** Tab completion candidates for a console line (the core's completeKubectl). */
  complete(line: string, yaml?: string, seed?: number): Promise<string[]>;
  /** One line in a pod shell, against `yaml` (the editor's text) with `seed`. */
  podShell(yaml: string, seed: number, session: PodShellSession, line: string): Promise<PodShellReply>;
  /** A lesson step's Check (src/ui/lessons): the core's checkGoal on `yaml`, in the worker. */
  checkGoal(yaml: string, seed: number, goal: LessonGoal, answer?: string): Promise<GoalVerdict>;
  /** A lesson's traffic clients on `yaml` (the core's lessonClients, in the worker); [] after a restart. */
  lessonClients(yaml: string, seed: number, clients: LessonClientSpec[]): Promise<ClientSpec[]>;
  dispose(): void;
}

const browserTimers: Timers = { set: (fn, ms) => window.setTimeout(fn, ms), clear: (id) => window.clearTimeout(id) };

export function createSimClient(
  spawn: () => WorkerLike = () => takeEarlyWorker() ?? spawnSimWorker(),
  timers: Timers = browserTimers,
): SimClient {
  let worker: WorkerLike;
  let ready = false;
  let queue: ToWorker[] = [];
  let nextId = 0;
  let latestLoad = { id: -1, yaml: '', seed: 0 };
  /** The load the worker is running (posted, not yet answered), and the newest one waiting for it. */
  let inFlight: number | null = null;
  let waiting: Extract<ToWorker, { type: 'load' }> | null = null;
  let latestTraffic = -1;
  let recoveryId = -1;
  let watchdog: number | null = null;
  let lastGood: { yaml: string; seed: number } | null = null;
  let restartsInARow = 0;
  let dead = false;
  const kubectlWaiters = new Map<number, (r: KubectlReply) => void>();
  const completeWaiters = new Map<number, (candidates: string[]) => void>();
  const shellWaiters = new Map<number, { session: PodShellSession; resolve: (r: PodShellReply) => void }>();
  const goalWaiters = new Map<number, (r: GoalVerdict) => void>();
  const clientWaiters = new Map<number, (clients: ClientSpec[]) => void>();

  const send = (msg: ToWorker): void => {
    if (dead) return;
    if (ready) worker.postMessage(msg);
    else queue.push(msg);
  };

  const clearWatchdog = (): void => {
    if (watchdog !== null) timers.clear(watchdog);
    watchdog = null;
  };

  function start(): void {
    ready = false;
    worker = spawn();
    worker.onmessage = (e) => receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault?.();
      restart(`The simulator stopped (${e.message || 'worker error'}); it was restarted with the last good scenario.`);
    };
  }

  function restart(notice: string): void {
    clearWatchdog();
    worker.terminate();
    queue = [];
    for (const [id, resolve] of kubectlWaiters) {
      resolve({ stdout: '', stderr: 'error: the simulator was restarted\n', exitCode: 1 });
      kubectlWaiters.delete(id);
    }
    for (const [id, w] of shellWaiters) {
      w.resolve({
        stdout: '',
        stderr: 'error: the simulator was restarted\n',
        exitCode: 1,
        closed: false,
        session: w.session,
      });
      shellWaiters.delete(id);
    }
    for (const [id, resolve] of completeWaiters) {
      resolve([]);
      completeWaiters.delete(id);
    }
    for (const [id, resolve] of goalWaiters) {
      resolve({ passed: false, detail: 'the simulator was restarted; press Check again', choices: null });
      goalWaiters.delete(id);
    }
    for (const [id, resolve] of clientWaiters) {
      resolve([]);
      clientWaiters.delete(id);
    }
    if (++restartsInARow > MAX_RESTARTS_IN_A_ROW) {
      dead = true;
      workerRestarted('The simulator could not start. Reload the page to try again.');
      return;
    }
    inFlight = null;
    start();
    workerRestarted(notice);
    if (lastGood) {
      recoveryId = ++nextId;
      inFlight = recoveryId;
      send({ type: 'load', requestId: recoveryId, yaml: lastGood.yaml, seed: lastGood.seed });
    }
  }

  function receive(msg: FromWorker): void {
    if (msg.type !== 'ready') restartsInARow = 0;
    switch (msg.type) {
      case 'ready': {
        ready = true;
        const pending = queue;
        queue = [];
        for (const m of pending) worker.postMessage(m);
        return;
      }
      case 'loaded': {
        if (msg.requestId === inFlight) {
          inFlight = null;
          if (waiting) {
            const next = waiting;
            waiting = null;
            postLoad(next);
          }
        }
        // The recovery load only puts the last good scenario back into the worker; the store
        // already shows its diagram.
        if (msg.requestId === recoveryId) return;
        if (msg.requestId !== latestLoad.id) {
          staleReplyDropped();
          return;
        }
        clearWatchdog();
        if (msg.view && !msg.diagnostics.some((d) => d.severity === 'error'))
          lastGood = { yaml: latestLoad.yaml, seed: latestLoad.seed };
        loadFinished(msg.diagnostics, msg.view, msg.applied, msg.durationMs);
        return;
      }
      case 'trafficResult':
        if (msg.requestId !== latestTraffic) {
          staleReplyDropped();
          return;
        }
        trafficFinished(msg.results, msg.affinity);
        return;
      case 'kubectlResult': {
        const resolve = kubectlWaiters.get(msg.requestId);
        kubectlWaiters.delete(msg.requestId);
        resolve?.({
          stdout: msg.stdout,
          stderr: msg.stderr,
          exitCode: msg.exitCode,
          ...(msg.yaml === undefined ? {} : { yaml: msg.yaml }),
          ...(msg.session === undefined ? {} : { session: msg.session }),
        });
        return;
      }
      case 'podShellResult': {
        const w = shellWaiters.get(msg.requestId);
        shellWaiters.delete(msg.requestId);
        w?.resolve({
          stdout: msg.stdout,
          stderr: msg.stderr,
          exitCode: msg.exitCode,
          closed: msg.closed,
          session: msg.session,
        });
        return;
      }
      case 'completion': {
        const resolve = completeWaiters.get(msg.requestId);
        completeWaiters.delete(msg.requestId);
        resolve?.(msg.candidates);
        return;
      }
      case 'lessonClientsResult': {
        const resolve = clientWaiters.get(msg.requestId);
        clientWaiters.delete(msg.requestId);
        resolve?.(msg.clients);
        return;
      }
      case 'goalResult': {
        const resolve = goalWaiters.get(msg.requestId);
        goalWaiters.delete(msg.requestId);
        resolve?.({ passed: msg.passed, detail: msg.detail, choices: msg.choices });
        return;
      }
      case 'edited':
        editFinished(msg.yaml, msg.changed, msg.message);
        return;
      case 'error':
        workerError(msg.message);
        return;
      default:
        assertNever(msg);
    }
  }

  /** Posts a load and arms the watchdog for it. */
  function postLoad(msg: Extract<ToWorker, { type: 'load' }>): void {
    inFlight = msg.requestId;
    send(msg);
    clearWatchdog();
    const id = msg.requestId;
    watchdog = timers.set(() => {
      if (inFlight !== id) return;
      loadFailed(timeoutDiagnostic());
      restart(
        `The simulator took longer than ${LOAD_TIMEOUT_MS / 1000} s on this text and was restarted; the diagram shows the last good scenario.`,
      );
    }, LOAD_TIMEOUT_MS);
  }

  start();

  return {
    load(yaml, seed) {
      latestLoad = { id: ++nextId, yaml, seed };
      const msg = { type: 'load' as const, requestId: latestLoad.id, yaml, seed };
      if (inFlight === null) postLoad(msg);
      else waiting = msg;
    },
    traffic(clients: ClientSpec[], toTime: number) {
      latestTraffic = ++nextId;
      send({ type: 'traffic', requestId: latestTraffic, clients, toTime });
    },
    edit(yaml: string, mutation: Mutation) {
      send({ type: 'edit', requestId: ++nextId, yaml, mutation });
    },
    kubectl(argv, yaml, seed, line) {
      const requestId = ++nextId;
      return new Promise((resolve) => {
        kubectlWaiters.set(requestId, resolve);
        send({
          type: 'kubectl',
          requestId,
          argv,
          ...(yaml === undefined ? {} : { yaml }),
          ...(seed === undefined ? {} : { seed }),
          ...(line === undefined ? {} : { line }),
        });
      });
    },
    complete(line, yaml, seed) {
      const requestId = ++nextId;
      return new Promise((resolve) => {
        completeWaiters.set(requestId, resolve);
        send({
          type: 'complete',
          requestId,
          line,
          ...(yaml === undefined ? {} : { yaml }),
          ...(seed === undefined ? {} : { seed }),
        });
      });
    },
    podShell(yaml, seed, session, line) {
      const requestId = ++nextId;
      return new Promise((resolve) => {
        shellWaiters.set(requestId, { session, resolve });
        send({ type: 'podShell', requestId, yaml, seed, session, line });
      });
    },
    checkGoal(yaml, seed, goal, answer) {
      const requestId = ++nextId;
      return new Promise((resolve) => {
        goalWaiters.set(requestId, resolve);
        send({ type: 'checkGoal', requestId, yaml, seed, goal, ...(answer === undefined ? {} : { answer }) });
      });
    },
    lessonClients(yaml, seed, clients) {
      const requestId = ++nextId;
      return new Promise((resolve) => {
        clientWaiters.set(requestId, resolve);
        send({ type: 'lessonClients', requestId, yaml, seed, clients });
      });
    },
    dispose() {
      clearWatchdog();
      worker.terminate();
    },
  };
}

function timeoutDiagnostic(): Diagnostic {
  return {
    severity: 'error',
    code: 'KSP009', // DiagnosticCode.limit
    message: `the simulator needed more than ${LOAD_TIMEOUT_MS / 1000} s for this scenario; make it smaller (fewer replicas or documents)`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}
