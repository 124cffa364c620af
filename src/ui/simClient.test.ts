import { beforeEach, describe, expect, it } from 'vitest';
import { createSimClient, LOAD_TIMEOUT_MS, type Timers, type WorkerLike } from './simClient.ts';
import { useStore } from './store.ts';
import type { ClusterView, FromWorker, ToWorker } from '../worker/protocol.ts';

/** The request id of a message the client sent (every message but `prepare` has one). */
const rid = (m: ToWorker): number => ('requestId' in m ? m.requestId : -1);

class FakeWorker implements WorkerLike {
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

class FakeTimers implements Timers {
  jobs = new Map<number, () => void>();
  next = 0;
  set(fn: () => void, _ms: number): number {
    this.jobs.set(++this.next, fn);
    return this.next;
  }
  clear(id: number): void {
    this.jobs.delete(id);
  }
  fireAll(): void {
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const j of jobs) j();
  }
}

const view = (seed: number): ClusterView => ({
  seed,
  nodes: [],
  pods: [],
  services: [],
  ingresses: [],
  workloads: [],
  loadBalancers: [],
  namespaces: ['default'],
  settings: {
    serviceCIDR: '10.96.0.0/12',
    nodePortRange: '30000-32767',
    clusterDomain: 'cluster.local',
    clusterCIDR: null,
    proxyMode: 'iptables',
    masqueradeAll: false,
    ipvsScheduler: 'rr',
  },
});
const syntaxError = {
  severity: 'error' as const,
  code: 'KSP001' as const,
  message: 'bad',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 2,
};

describe(createSimClient, () => {
  let workers: FakeWorker[];
  let timers: FakeTimers;
  beforeEach(() => {
    workers = [];
    timers = new FakeTimers();
    useStore.setState(useStore.getInitialState(), true);
  });
  const client = () =>
    createSimClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    }, timers);

  it('queues messages until the worker is ready, then sends them in order', () => {
    const c = client();
    c.load('a: 1', 1);
    c.traffic([], 10);
    expect(workers[0]!.sent).toEqual([]);
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    expect(workers[0]!.sent.map((m) => m.type)).toEqual(['load', 'traffic']);
  });

  it('keeps one load in the worker: newer texts wait, and only the newest of them is sent', () => {
    const c = client();
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    c.load('old', 1);
    c.load('middle', 1);
    c.load('new', 1);
    expect(workers[0]!.sent.map((m) => (m.type === 'load' ? m.yaml : ''))).toEqual(['old']);
    workers[0]!.reply({
      type: 'loaded',
      requestId: rid(workers[0]!.sent[0]!),
      diagnostics: [],
      view: view(1),
      applied: [],
      durationMs: 3,
    });
    // The answer for the older text is dropped; the newest text goes to the worker.
    expect(useStore.getState().counters.staleRepliesDropped).toBe(1);
    expect(useStore.getState().view).toBeNull();
    expect(workers[0]!.sent.map((m) => (m.type === 'load' ? m.yaml : ''))).toEqual(['old', 'new']);
    workers[0]!.reply({
      type: 'loaded',
      requestId: rid(workers[0]!.sent[1]!),
      diagnostics: [],
      view: view(2),
      applied: [],
      durationMs: 3,
    });
    const s = useStore.getState();
    expect(s.view?.seed).toBe(2);
    expect(s.counters.loadsApplied).toBe(1);
  });

  it('times the load the worker runs even when a newer text is waiting', () => {
    const c = client();
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    c.load('good', 1);
    workers[0]!.reply({
      type: 'loaded',
      requestId: rid(workers[0]!.sent[0]!),
      diagnostics: [],
      view: view(1),
      applied: [],
      durationMs: 1,
    });
    c.load('hangs', 1);
    c.load('typed while it hangs', 1);
    timers.fireAll();
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ type: 'ready', protocolVersion: 1 });
    workers[1]!.reply({
      type: 'loaded',
      requestId: rid(workers[1]!.sent[0]!),
      diagnostics: [],
      view: view(1),
      applied: [],
      durationMs: 1,
    });
    // After the recovery load, the waiting text is tried.
    expect(workers[1]!.sent.map((m) => (m.type === 'load' ? m.yaml : ''))).toEqual(['good', 'typed while it hangs']);
  });

  it('keeps the last good view, greyed, when the text breaks', () => {
    const c = client();
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    c.load('good', 1);
    workers[0]!.reply({
      type: 'loaded',
      requestId: rid(workers[0]!.sent[0]!),
      diagnostics: [],
      view: view(1),
      applied: [],
      durationMs: 1,
    });
    c.load('bad', 1);
    workers[0]!.reply({
      type: 'loaded',
      requestId: rid(workers[0]!.sent[1]!),
      diagnostics: [syntaxError],
      view: view(9),
      applied: [],
      durationMs: 1,
    });
    const s = useStore.getState();
    expect(s.stale).toBe(true);
    expect(s.view?.seed).toBe(1);
    expect(s.diagnostics).toEqual([syntaxError]);
  });

  it('restarts a worker stuck on a load for 5 s, with the last good text, and tells the store', () => {
    expect(LOAD_TIMEOUT_MS).toBe(5000);
    const c = client();
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    c.load('good', 7);
    workers[0]!.reply({
      type: 'loaded',
      requestId: rid(workers[0]!.sent[0]!),
      diagnostics: [],
      view: view(1),
      applied: [],
      durationMs: 1,
    });
    c.load('hangs', 7);
    timers.fireAll();
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ type: 'ready', protocolVersion: 1 });
    expect(workers[1]!.sent).toEqual([{ type: 'load', requestId: expect.any(Number), yaml: 'good', seed: 7 }]);
    const s = useStore.getState();
    expect(s.counters.workerRestarts).toBe(1);
    expect(s.workerNotice).toContain('longer than 5 s');
    expect(s.stale).toBe(true);
    expect(s.diagnostics[0]!.code).toBe('KSP009');
    // The recovery reply does not replace the timeout diagnostic.
    workers[1]!.reply({
      type: 'loaded',
      requestId: rid(workers[1]!.sent[0]!),
      diagnostics: [],
      view: view(1),
      applied: [],
      durationMs: 1,
    });
    expect(useStore.getState().diagnostics[0]!.code).toBe('KSP009');
  });

  it('a load answered in time cancels the watchdog', () => {
    const c = client();
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    c.load('good', 1);
    workers[0]!.reply({
      type: 'loaded',
      requestId: rid(workers[0]!.sent[0]!),
      diagnostics: [],
      view: view(1),
      applied: [],
      durationMs: 1,
    });
    timers.fireAll();
    expect(workers).toHaveLength(1);
  });

  it('resolves kubectl requests by id', async () => {
    const c = client();
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    const p = c.kubectl(['get', 'svc']);
    const req = workers[0]!.sent[0]!;
    workers[0]!.reply({ type: 'kubectlResult', requestId: rid(req), stdout: 'NAME\n', stderr: '', exitCode: 0 });
    await expect(p).resolves.toEqual({ stdout: 'NAME\n', stderr: '', exitCode: 0 });
  });
});

describe('createSimClient when the worker cannot start', () => {
  it('gives up after a few restarts in a row instead of looping', () => {
    useStore.setState(useStore.getInitialState(), true);
    const workers: FakeWorker[] = [];
    const c = createSimClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    }, new FakeTimers());
    c.load('x', 1);
    for (let i = 0; i < 10; i++)
      workers.at(-1)!.onerror?.({ message: 'SyntaxError: missing export', preventDefault() {} } as ErrorEvent);
    expect(workers).toHaveLength(4);
    expect(useStore.getState().workerNotice).toBe('The simulator could not start. Reload the page to try again.');
  });
});
