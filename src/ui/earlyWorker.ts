// The simulation worker, started by the entry (src/main.tsx) before the app's bundle is fetched:
// its start-up (fetch, compile, first scenario load) then overlaps the main thread's work instead
// of following it. Measured with `npm run bench`: the app spawned it ~450 ms into a cold start.
// The worker says `ready` at once, possibly before the client listens: what arrives before the
// client sets its handlers is kept and handed over, in order, when it does.
// Light on imports (types only): the entry chunk carries it.
import type { WorkerLike } from './workerClient.ts';

/** The Vite way: the `new URL(...)` inside `new Worker(...)` makes Vite bundle the worker chunk. */
export function spawnSimWorker(): WorkerLike {
  return new Worker(new URL('../worker/sim.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sim',
  }) as unknown as WorkerLike;
}

let early: WorkerLike | null = null;

/** Spawns the worker and has it load `prepare` (the likely first text) while the app loads. */
export function startWorkerEarly(
  prepare: { yaml: string; seed: number } | null,
  spawn: () => WorkerLike = spawnSimWorker,
): void {
  if (early) return;
  const worker = spawn();
  // Messages to a worker queue until its script runs: no need to wait for `ready`.
  if (prepare) worker.postMessage({ type: 'prepare', ...prepare });
  const messages: MessageEvent[] = [];
  const errors: ErrorEvent[] = [];
  worker.onmessage = (e) => messages.push(e);
  worker.onerror = (e) => errors.push(e);
  let onmessage: WorkerLike['onmessage'] = null;
  let onerror: WorkerLike['onerror'] = null;
  // Handed over in a microtask: the client finishes setting both handlers before it hears anything.
  const flush = (): void =>
    queueMicrotask(() => {
      if (onmessage) for (const e of messages.splice(0)) onmessage(e);
      if (onerror) for (const e of errors.splice(0)) onerror(e);
    });
  early = {
    postMessage: (m) => worker.postMessage(m),
    terminate: () => worker.terminate(),
    get onmessage() {
      return onmessage;
    },
    set onmessage(fn) {
      onmessage = fn;
      worker.onmessage = fn;
      flush();
    },
    get onerror() {
      return onerror;
    },
    set onerror(fn) {
      onerror = fn;
      worker.onerror = fn;
      flush();
    },
  };
}

/** The worker started early, once (a restart after the watchdog spawns a new one). */
export function takeEarlyWorker(): WorkerLike | null {
  const w = early;
  early = null;
  return w;
}
