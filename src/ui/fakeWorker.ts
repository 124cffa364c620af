// Test doubles for the worker channel's unit tests (workerClient, simClient, lessons): a worker
// that records what it is sent and replies on demand, and timers the test fires by hand.
import type { FromWorker, ToWorker } from '../worker/protocol.ts';
import type { Timers, WorkerLike } from './workerClient.ts';

export class FakeWorker implements WorkerLike {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(msg: ToWorker): void {
    this.sent.push(msg);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(msg: FromWorker): void {
    this.onmessage?.({ data: msg } as MessageEvent<FromWorker>);
  }
}

/** Timers fired by hand; each remembers its delay. `clock` is what `now()` says (set it by hand). */
export class FakeTimers implements Timers {
  jobs = new Map<number, { fn: () => void; ms: number }>();
  next = 0;
  clock = 0;
  now(): number {
    return this.clock;
  }
  set(fn: () => void, ms: number): number {
    this.jobs.set(++this.next, { fn, ms });
    return this.next;
  }
  clear(id: number): void {
    this.jobs.delete(id);
  }
  fireAll(): void {
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const j of jobs) j.fn();
  }
}

/** The request id of a message the client sent (every message but `prepare` has one). */
export const rid = (m: ToWorker): number => ('requestId' in m ? m.requestId : -1);
