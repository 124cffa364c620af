// One typed request/reply channel to a simulation worker: `call(request)` numbers the request,
// posts it (queued until the worker says `ready`) and resolves with the reply of its type
// (src/worker/protocol.ts ReplyTypeOf), or with why there is none. Every request is under the
// watchdog: the worker handles messages strictly in order (sim.worker.ts), so the channel times
// the oldest unanswered request, the one the worker is running, and a request that takes longer
// than its limit gets the worker terminated and a fresh one started. Both the main client
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
}

/** How long the worker may run one request before it is restarted. */
export const REQUEST_TIMEOUT_MS = 5000;
/** Restarts in a row without any reply before the channel gives up (a worker that cannot even start). */
export const MAX_RESTARTS_IN_A_ROW = 3;

/**
 * Why a request got no reply: `timeout` it ran past its limit (the worker was restarted);
 * `restarted` the worker was restarted while it waited (another request hung, or the worker
 * crashed); `error` the worker answered with an error; `gone` the channel was closed or gave up.
 */
export type CallFailure = { why: 'timeout' | 'restarted' | 'gone' } | { why: 'error'; message: string };
export type CallOutcome<K extends RequestType> = ({ ok: true } & ReplyOf<K>) | ({ ok: false } & CallFailure);

/** Why the channel restarted its worker. */
/** `timeoutMs`: how long the request that timed out was given. */
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
  let watchdog: { id: number; timer: number } | null = null;

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
    watchdog = { id, timer: timers.set(() => timedOut(id), p.timeoutMs) };
  }

  function timedOut(id: number): void {
    watchdog = null;
    const p = pending.get(id);
    if (!p || closed) return;
    pending.delete(id);
    p.settle({ ok: false, why: 'timeout' });
    restart({ kind: 'timeout', request: p.type, timeoutMs: p.timeoutMs });
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
