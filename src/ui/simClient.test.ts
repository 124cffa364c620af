import { beforeEach, describe, expect, it } from 'vitest';
import { createSimClient, LOAD_TIMEOUT_MS, loadTimeoutMs } from './simClient.ts';
import { FakeTimers, FakeWorker, rid } from './fakeWorker.ts';
import { useStore } from './store.ts';
import { connectSim } from './slices/simBridge.ts';
import type { RequestResult } from '../worker/protocol.ts';
import type { ClusterView } from '../worker/clusterView.ts';

/** Lets the client's promise reactions run (replies are paired with requests through promises). */
const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

const view = (seed: number): ClusterView => ({
  seed,
  nodes: [],
  pods: [],
  services: [],
  ingresses: [],
  gateways: [],
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

  it('queues messages until the worker is ready, then sends them in order', async () => {
    const c = client();
    c.load('a: 1', 1);
    c.traffic([], 10, true);
    await Promise.resolve(); // traffic waits a microtask for its gate (here already open)
    expect(workers[0]!.sent).toEqual([]);
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    expect(workers[0]!.sent.map((m) => m.type)).toEqual(['load', 'traffic']);
  });

  it('holds traffic until the first diagram has shown, then sends only the newest request', async () => {
    let shown = (): void => undefined;
    const c = createSimClient(
      () => {
        const w = new FakeWorker();
        workers.push(w);
        return w;
      },
      timers,
      new Promise<void>((resolve) => (shown = resolve)),
    );
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    c.traffic([], 10, true);
    c.traffic([], 20, false);
    await new Promise((r) => setTimeout(r, 0));
    expect(workers[0]!.sent).toEqual([]);
    shown();
    await new Promise((r) => setTimeout(r, 0));
    expect(workers[0]!.sent.map((m) => (m.type === 'traffic' ? m.toTime : m.type))).toEqual([20]);
  });

  it('keeps one load in the worker: newer texts wait, and only the newest of them is sent', async () => {
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
    await flush();
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
    await flush();
    const s = useStore.getState();
    expect(s.view?.seed).toBe(2);
    expect(s.counters.loadsApplied).toBe(1);
  });

  it('times the load the worker runs even when a newer text is waiting', async () => {
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
    await flush();
    c.load('hangs', 1);
    c.load('typed while it hangs', 1);
    timers.fireAll();
    await flush();
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
    await flush();
    // After the recovery load, the waiting text is tried.
    expect(workers[1]!.sent.map((m) => (m.type === 'load' ? m.yaml : ''))).toEqual(['good', 'typed while it hangs']);
  });

  it('keeps the last good view, greyed, when the text breaks', async () => {
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
    await flush();
    c.load('bad', 1);
    workers[0]!.reply({
      type: 'loaded',
      requestId: rid(workers[0]!.sent[1]!),
      diagnostics: [syntaxError],
      view: view(9),
      applied: [],
      durationMs: 1,
    });
    await flush();
    const s = useStore.getState();
    expect(s.stale).toBe(true);
    expect(s.view?.seed).toBe(1);
    expect(s.diagnostics).toEqual([syntaxError]);
  });

  it('restarts a worker stuck on a load for 5 s, with the last good text, and tells the store', async () => {
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
    await flush();
    c.load('hangs', 7);
    timers.fireAll();
    await flush();
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
    await flush();
    expect(useStore.getState().diagnostics[0]!.code).toBe('KSP009');
  });

  it('gives a big text 1 s more per 100 KB before the watchdog restarts the worker, and says how long it waited', async () => {
    expect(loadTimeoutMs('x'.repeat(100_000))).toBe(5000);
    expect(loadTimeoutMs('x'.repeat(100_001))).toBe(6000);
    const c = client();
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    // About the size of 5,000 Pods, the most the scenario limits admit.
    const big = 'x'.repeat(1_250_000);
    c.load(big, 1);
    expect([...timers.jobs.values()].map((j) => j.ms)).toEqual([17_000]);
    timers.fireAll();
    await flush();
    expect(useStore.getState().workerNotice).toContain('longer than 17 s');
    expect(useStore.getState().diagnostics[0]!.message).toContain('more than 17 s');
  });

  it('a load answered in time cancels the watchdog', async () => {
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
    await flush();
    timers.fireAll();
    await flush();
    expect(workers).toHaveLength(1);
  });

  it('resolves kubectl requests by id', async () => {
    const c = client();
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    const p = c.kubectl(['get', 'svc']);
    const req = workers[0]!.sent[0]!;
    workers[0]!.reply({ type: 'kubectlResult', requestId: rid(req), stdout: 'NAME\n', stderr: '', exitCode: 0 });
    await flush();
    await expect(p).resolves.toEqual({ stdout: 'NAME\n', stderr: '', exitCode: 0 });
  });
});

describe('createSimClient: every request under the watchdog', () => {
  it('a console command that hangs restarts the worker with the last good text; the user is told, the text stays', async () => {
    useStore.setState(useStore.getInitialState(), true);
    useStore.setState({ text: 'hostile text the user typed' });
    const workers: FakeWorker[] = [];
    const timers = new FakeTimers();
    const c = createSimClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    }, timers);
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    c.load('good', 3);
    workers[0]!.reply({
      type: 'loaded',
      requestId: rid(workers[0]!.sent[0]!),
      diagnostics: [],
      view: view(3),
      applied: [],
      durationMs: 1,
    });
    await flush();
    const out = c.kubectl([], 'hostile text the user typed', 3, 'get pods');
    const tab = c.complete('kubectl get ', 'hostile text the user typed', 3);
    const check = c.checkGoal('hostile text the user typed', 3, { type: 'reach', from: 'external', to: 'x' });
    timers.fireAll();
    await flush();
    expect(workers[0]!.terminated).toBe(true);
    expect((await out).exitCode).toBe(1);
    expect((await out).stderr).toContain('longer than 5 s');
    await expect(tab).resolves.toEqual([]);
    expect((await check).passed).toBe(false);
    expect((await check).code).toBe('restarted');
    const s = useStore.getState();
    expect(s.workerNotice).toContain('on a console command');
    expect(s.workerNotice).toContain('Your text is kept');
    expect(s.text).toBe('hostile text the user typed');
    expect(s.view?.seed).toBe(3);
    workers[1]!.reply({ type: 'ready', protocolVersion: 1 });
    expect(workers[1]!.sent).toEqual([{ type: 'load', requestId: expect.any(Number), yaml: 'good', seed: 3 }]);
  });

  it('shows the restart notice in the page language', async () => {
    useStore.setState(useStore.getInitialState(), true);
    useStore.setState({ language: 'ko' });
    const timers = new FakeTimers();
    const c = createSimClient(() => new FakeWorker(), timers);
    void c.complete('kubectl ');
    timers.fireAll();
    await flush();
    expect(useStore.getState().workerNotice).toContain('Tab 자동 완성');
  });
});

describe('createSimClient when the worker cannot start', () => {
  it('gives up after a few restarts in a row instead of looping', async () => {
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

describe('a load that starts the traffic run over', () => {
  let workers: FakeWorker[];
  beforeEach(() => {
    workers = [];
    useStore.setState(useStore.getInitialState(), true);
  });
  const start = { clients: null, toTime: 10 };
  const result = (clientId: string) => ({ clientId, time: 1 }) as unknown as RequestResult;
  const trafficAnswer = (results: RequestResult[]) => ({
    results,
    appended: false,
    keepPerClient: 1000,
    affinity: [],
    entries: {},
    problems: [],
    dropped: [],
    declared: [],
    clients: [],
  });
  /** A client whose first traffic request has been sent and answered, as after the first diagram. */
  async function running() {
    const c = client0(workers);
    const w = workers[0]!;
    w.reply({ type: 'ready', protocolVersion: 1 });
    c.traffic(null, 10, true);
    await flush();
    w.reply({ type: 'trafficResult', requestId: rid(w.sent[0]!), ...trafficAnswer([result('before')]) });
    await flush();
    return { c, w };
  }
  const loaded = (w: FakeWorker, i: number, traffic?: ReturnType<typeof trafficAnswer>) =>
    w.reply({
      type: 'loaded',
      requestId: rid(w.sent[i]!),
      diagnostics: [],
      view: view(i),
      applied: [],
      durationMs: 1,
      ...(traffic ? { traffic } : {}),
    });

  it('is not asked of the first load: the first traffic waits for the first diagram', async () => {
    const c = client0(workers);
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    c.load('first', 1, () => start);
    expect(workers[0]!.sent[0]).not.toHaveProperty('traffic');
  });

  it('asks for the run as the load is sent, and the store takes the view and the first packets in one update', async () => {
    const { c, w } = await running();
    let asked = 0;
    c.load('next', 1, () => (asked++, start));
    expect(asked).toBe(1);
    expect(w.sent[1]).toMatchObject({ type: 'load', yaml: 'next', traffic: start });
    const updates: string[][] = [];
    const stop = useStore.subscribe((s, p) =>
      updates.push(['view', 'results'].filter((k) => s[k as 'view'] !== p[k as 'view'])),
    );
    loaded(w, 1, trafficAnswer([result('after')]));
    await flush();
    stop();
    expect(updates.filter((u) => u.length > 0)).toEqual([['view', 'results']]);
    expect(useStore.getState().results.map((r) => r.clientId)).toEqual(['after']);
    expect(useStore.getState().computedUntil).toBe(10);
    // No second traffic request: the answer was the run's first.
    expect(w.sent.filter((m) => m.type === 'traffic')).toHaveLength(1);
  });

  it('once the later words are in, hands a load answer to the store in the task that brought it', async () => {
    const { c, w } = await running();
    c.load('next', 1, () => start);
    loaded(w, 1, trafficAnswer([result('after')]));
    // Promise reactions only: no timer, no other task (a browser runs its frames and timers between tasks).
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(useStore.getState().view?.seed).toBe(1);
    expect(useStore.getState().results.map((r) => r.clientId)).toEqual(['after']);
  });

  it("drops the load's run when the page started the run over after sending the load", async () => {
    const { c, w } = await running();
    c.load('next', 1, () => start);
    c.traffic(null, 10, true);
    connectSim(c);
    await flush();
    const sent = w.sent.length;
    loaded(w, 1, trafficAnswer([result('from the load')]));
    await flush();
    expect(useStore.getState().view?.seed).toBe(1);
    expect(useStore.getState().results).toEqual([]);
    // The store asks for the run itself, as for a load that asked for none.
    expect(w.sent.slice(sent)).toMatchObject([{ type: 'traffic', since: 'start' }]);
  });

  /** An older text's load started the worker's run; its answer is dropped, as a newer text waits. */
  async function olderDropped() {
    const { c, w } = await running();
    c.load('older', 1, () => start);
    c.load('newer', 1, () => start);
    loaded(w, 1, trafficAnswer([result('older')]));
    await flush();
    return { c, w };
  }

  it('starts the next request over when an older text, whose answer is dropped, started the run', async () => {
    const { c, w } = await olderDropped();
    expect(useStore.getState().results.map((r) => r.clientId)).toEqual(['before']);
    c.traffic(null, 20, false);
    await flush();
    expect(w.sent.at(-1)).toMatchObject({ type: 'traffic', since: 'start' });
  });

  it("goes on from the answer of the newer text when it started the run, after an older one's was dropped", async () => {
    const { c, w } = await olderDropped();
    // The newer text is sent once the older is answered, and its answer starts the run.
    expect(w.sent[2]).toMatchObject({ type: 'load', yaml: 'newer', traffic: start });
    loaded(w, 2, trafficAnswer([result('newer')]));
    await flush();
    expect(useStore.getState().results.map((r) => r.clientId)).toEqual(['newer']);
    c.traffic(null, 20, false);
    await flush();
    expect(w.sent.at(-1)).toMatchObject({ type: 'traffic', since: 'last' });
  });
});

function client0(workers: FakeWorker[]) {
  return createSimClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  }, new FakeTimers());
}
