// One typed request/reply channel to a simulation worker: `call(request)` numbers the request,
// posts it (queued until the worker says `ready`) and resolves with the reply of its type
// (src/worker/protocol.ts ReplyTypeOf), or with why there is none. Every request is under the
// watchdog: the worker handles messages strictly in order (sim.worker.ts), so the channel times
// the oldest unanswered request, the one the worker is running, and a request that goes longer
// than its limit without a word from the worker gets the worker terminated and a fresh one
// started. A long load says it is moving (a `progress` message at most once a second), which
// gives it its limit again, up to MAX_PROGRESS_FACTOR times: the watchdog is there for a worker
// that hangs, not for a big scenario on a slow or busy machine. Both the main client
// (simClient.ts) and compare mode (classroom/compareRun.ts) talk to their workers through this.
import type { FromWorker, ReplyOf, RequestOf, RequestType, ToWorker } from '../worker/protocol.ts';

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
  /** Milliseconds on a monotonic clock. */
  now(): number;
}

/** The page's timers. */
export const browserTimers: Timers = {
  set: (fn, ms) => window.setTimeout(fn, ms),
  clear: (id) => window.clearTimeout(id),
  now: () => performance.now(),
};

/** How long the worker may run one request before it is restarted. */
export const REQUEST_TIMEOUT_MS = 5000;
/** Restarts in a row without any reply before the channel gives up (a worker that cannot even start). */
export const MAX_RESTARTS_IN_A_ROW = 3;
/**
 * A request that keeps saying it is moving still ends at this many times its limit (60 s for 5 s),
 * so a worker caught in a loop that reports progress is restarted too.
 */
export const MAX_PROGRESS_FACTOR = 12;

/**
 * Why a request got no reply: `timeout` it ran past its limit (the worker was restarted; `afterMs`
 * how long it had run, in whole seconds); `restarted` the worker was restarted while it waited
 * (another request hung, or the worker crashed); `error` the worker answered with an error;
 * `gone` the channel was closed or gave up.
 */
export type CallFailure =
  { why: 'timeout'; afterMs: number } | { why: 'restarted' | 'gone' } | { why: 'error'; message: string };
export type CallOutcome<K extends RequestType> = ({ ok: true } & ReplyOf<K>) | ({ ok: false } & CallFailure);

/** Why the channel restarted its worker; `timeoutMs`: how long the request that timed out had run (CallFailure's `afterMs`). */
export type RestartCause =
  { kind: 'timeout'; request: RequestType; timeoutMs: number } | { kind: 'crash'; message: string };

export interface ChannelOptions {
  spawn: () => WorkerLike;
  timers: Timers;
  /** After a restart (the new worker is spawned; calls made here go to it first). Not called when the channel gives up. */
  onRestart?: (cause: RestartCause) => void;
  /** The worker failed to start MAX_RESTARTS_IN_A_ROW times in a row: every call now fails `gone`. */
  onGiveUp?: () => void;
  /** false: a timeout or crash closes the channel instead of restarting (compare mode's one-shot workers). */
  restart?: boolean;
}

export interface WorkerChannel {
  call<K extends RequestType>(request: RequestOf<K>, options?: { timeoutMs?: number }): Promise<CallOutcome<K>>;
  /** A message that answers nothing (`prepare`). */
  post(message: Extract<ToWorker, { type: 'prepare' }>): void;
  /** Requests posted and not yet answered. */
  readonly pending: number;
  dispose(): void;
}

interface Pending {
  type: RequestType;
  timeoutMs: number;
  settle: (outcome: CallOutcome<RequestType>) => void;
}

export function createWorkerChannel(options: ChannelOptions): WorkerChannel {
  const { spawn, timers } = options;
  let worker: WorkerLike;
  let ready = false;
  let queue: ToWorker[] = [];
  let nextId = 0;
  let restartsInARow = 0;
  let closed = false;
  /** Unanswered requests in the order they were posted (Map keeps insertion order). */
  const pending = new Map<number, Pending>();
  /** The request being timed, and since when it has been the oldest. */
  let watchdog: { id: number; timer: number; since: number } | null = null;

  const send = (msg: ToWorker): void => {
    if (ready) worker.postMessage(msg);
    else queue.push(msg);
  };

  /** Times the oldest unanswered request: the one the worker is running. */
  function armWatchdog(): void {
    const head = pending.entries().next();
    if (head.done) {
      if (watchdog) timers.clear(watchdog.timer);
      watchdog = null;
      return;
    }
    const [id, p] = head.value;
    if (watchdog?.id === id) return;
    if (watchdog) timers.clear(watchdog.timer);
    watchdog = { id, since: timers.now(), timer: timers.set(() => timedOut(id), p.timeoutMs) };
  }

  /** The worker said the request it runs is moving: its limit starts again, up to MAX_PROGRESS_FACTOR times it in all. */
  function moving(id: number): void {
    const p = pending.get(id);
    if (!watchdog || watchdog.id !== id || !p) return;
    const lastCall = watchdog.since + p.timeoutMs * MAX_PROGRESS_FACTOR;
    const left = Math.min(p.timeoutMs, lastCall - timers.now());
    if (left <= 0) return;
    timers.clear(watchdog.timer);
    watchdog.timer = timers.set(() => timedOut(id), left);
  }

  function timedOut(id: number): void {
    const since = watchdog?.id === id ? watchdog.since : timers.now();
    watchdog = null;
    const p = pending.get(id);
    if (!p || closed) return;
    pending.delete(id);
    // Whole seconds, never less than the limit: what "took longer than N s" can truthfully say.
    const afterMs = Math.max(p.timeoutMs, Math.floor((timers.now() - since) / 1000) * 1000);
    p.settle({ ok: false, why: 'timeout', afterMs });
    restart({ kind: 'timeout', request: p.type, timeoutMs: afterMs });
  }

  function failAll(why: 'restarted' | 'gone'): void {
    const all = [...pending.values()];
    pending.clear();
    for (const p of all) p.settle({ ok: false, why });
  }

  function start(): void {
    ready = false;
    worker = spawn();
    worker.onmessage = (e) => receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault?.();
      restart({ kind: 'crash', message: e.message || 'worker error' });
    };
  }

  function stopWorker(): void {
    if (watchdog) timers.clear(watchdog.timer);
    watchdog = null;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    queue = [];
  }

  function restart(cause: RestartCause): void {
    if (closed) return;
    stopWorker();
    if (options.restart === false || ++restartsInARow > MAX_RESTARTS_IN_A_ROW) {
      closed = true;
      failAll('gone');
      if (options.restart !== false) options.onGiveUp?.();
      return;
    }
    failAll('restarted');
    start();
    options.onRestart?.(cause);
  }

  function receive(msg: FromWorker): void {
    if (msg.type === 'ready') {
      ready = true;
      const waiting = queue;
      queue = [];
      for (const m of waiting) worker.postMessage(m);
      return;
    }
    if (msg.type === 'progress') {
      moving(msg.requestId);
      return;
    }
    restartsInARow = 0;
    const p = pending.get(msg.requestId);
    if (!p) return;
    pending.delete(msg.requestId);
    armWatchdog();
    if (msg.type === 'error') p.settle({ ok: false, why: 'error', message: msg.message });
    else {
      const { type: _type, requestId: _id, ...reply } = msg;
      p.settle({ ok: true, ...reply } as CallOutcome<RequestType>);
    }
  }

  start();

  return {
    call<K extends RequestType>(request: RequestOf<K>, opts: { timeoutMs?: number } = {}): Promise<CallOutcome<K>> {
      if (closed) return Promise.resolve({ ok: false, why: 'gone' });
      const requestId = ++nextId;
      return new Promise<CallOutcome<K>>((resolve) => {
        pending.set(requestId, {
          type: request.type,
          timeoutMs: opts.timeoutMs ?? REQUEST_TIMEOUT_MS,
          settle: resolve as (o: CallOutcome<RequestType>) => void,
        });
        send({ ...request, requestId } as unknown as ToWorker);
        armWatchdog();
      });
    },
    post(message) {
      if (!closed) send(message);
    },
    get pending() {
      return pending.size;
    },
    dispose() {
      if (closed) return;
      closed = true;
      stopWorker();
      failAll('gone');
    },
  };
}
