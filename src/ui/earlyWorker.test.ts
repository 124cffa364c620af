import { describe, expect, it } from 'vitest';
import { startWorkerEarly, takeEarlyWorker } from './earlyWorker.ts';
import type { WorkerLike } from './workerClient.ts';
import type { FromWorker, ToWorker } from '../worker/protocol.ts';

/** A worker whose messages the test emits by hand. */
function fakeWorker(): WorkerLike & { sent: ToWorker[]; emit(m: FromWorker): void } {
  const w = {
    sent: [] as ToWorker[],
    onmessage: null as WorkerLike['onmessage'],
    onerror: null as WorkerLike['onerror'],
    postMessage(m: ToWorker) {
      w.sent.push(m);
    },
    terminate() {},
    emit(m: FromWorker) {
      w.onmessage?.({ data: m } as MessageEvent<FromWorker>);
    },
  };
  return w;
}

describe(startWorkerEarly, () => {
  it('asks the worker to prepare the first text before anything else', () => {
    const raw = fakeWorker();
    startWorkerEarly({ yaml: 'kind: Pod', seed: 7 }, () => raw);
    expect(raw.sent).toEqual([{ type: 'prepare', yaml: 'kind: Pod', seed: 7 }]);
    expect(takeEarlyWorker()).not.toBeNull();
  });

  it('hands over what the worker said before the client listened, in order, then what it says after', async () => {
    const raw = fakeWorker();
    startWorkerEarly(null, () => raw);
    raw.emit({ type: 'ready', protocolVersion: 1 });
    raw.emit({ type: 'error', requestId: 0, message: 'early' });
    const w = takeEarlyWorker()!;
    const heard: string[] = [];
    w.onmessage = (e) => heard.push(e.data.type);
    expect(heard).toEqual([]); // not during the assignment: the client sets onerror next
    await Promise.resolve();
    expect(heard).toEqual(['ready', 'error']);
    raw.emit({ type: 'completion', requestId: 1, candidates: [] });
    expect(heard).toEqual(['ready', 'error', 'completion']);
    w.postMessage({ type: 'traffic', requestId: 2, clients: [], toTime: 1 });
    expect(raw.sent.at(-1)?.type).toBe('traffic');
  });

  it('is taken once: a restart spawns a fresh worker', () => {
    startWorkerEarly(null, () => fakeWorker());
    expect(takeEarlyWorker()).not.toBeNull();
    expect(takeEarlyWorker()).toBeNull();
  });
});
