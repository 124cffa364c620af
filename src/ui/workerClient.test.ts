import { describe, expect, it } from 'vitest';
import {
  createWorkerChannel,
  MAX_PROGRESS_FACTOR,
  MAX_RESTARTS_IN_A_ROW,
  REQUEST_TIMEOUT_MS,
  type RestartCause,
} from './workerClient.ts';
import { FakeTimers, FakeWorker, rid } from './fakeWorker.ts';

function setup(restart?: false) {
  const workers: FakeWorker[] = [];
  const timers = new FakeTimers();
  const restarts: RestartCause[] = [];
  let gaveUp = false;
  const channel = createWorkerChannel({
    spawn: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    timers,
    onRestart: (c) => restarts.push(c),
    onGiveUp: () => (gaveUp = true),
    ...(restart === false ? { restart } : {}),
  });
  const ready = (w: FakeWorker): void => w.reply({ type: 'ready', protocolVersion: 1 });
  return { workers, timers, restarts, channel, ready, gaveUp: () => gaveUp };
}

describe(createWorkerChannel, () => {
  it('pairs each reply with its request by id, whatever the order, and types it by the request', async () => {
    const { workers, channel, ready } = setup();
    ready(workers[0]!);
    const complete = channel.call({ type: 'complete', line: 'kubectl g' });
    const kubectl = channel.call({ type: 'kubectl', argv: ['get', 'svc'] });
    const [c, k] = workers[0]!.sent;
    workers[0]!.reply({ type: 'kubectlResult', requestId: rid(k!), stdout: 'NAME\n', stderr: '', exitCode: 0 });
    workers[0]!.reply({ type: 'completion', requestId: rid(c!), candidates: ['get'] });
    await expect(kubectl).resolves.toEqual({ ok: true, stdout: 'NAME\n', stderr: '', exitCode: 0 });
    await expect(complete).resolves.toEqual({ ok: true, candidates: ['get'] });
    expect(channel.pending).toBe(0);
  });

  it('queues requests until the worker is ready', () => {
    const { workers, channel, ready } = setup();
    void channel.call({ type: 'complete', line: 'k' });
    channel.post({ type: 'prepare', yaml: 'a: 1', seed: 1 });
    expect(workers[0]!.sent).toEqual([]);
    ready(workers[0]!);
    expect(workers[0]!.sent.map((m) => m.type)).toEqual(['complete', 'prepare']);
  });

  it('answers a worker error as a failure with its message', async () => {
    const { workers, channel, ready } = setup();
    ready(workers[0]!);
    const p = channel.call({ type: 'traffic', clients: [], toTime: 1 });
    workers[0]!.reply({ type: 'error', requestId: rid(workers[0]!.sent[0]!), message: 'boom' });
    await expect(p).resolves.toEqual({ ok: false, why: 'error', message: 'boom' });
  });

  it('puts every request type under the watchdog: a hung console command restarts the worker', async () => {
    for (const request of [
      { type: 'kubectl', argv: ['get', 'pods'], yaml: 'hostile', seed: 1 },
      { type: 'complete', line: 'kubectl get ', yaml: 'hostile', seed: 1 },
      { type: 'checkGoal', yaml: 'hostile', seed: 1, goal: { type: 'reach', from: 'external', to: 'x' } },
      { type: 'load', yaml: 'hostile', seed: 1 },
    ] as const) {
      const { workers, timers, restarts, channel, ready } = setup();
      ready(workers[0]!);
      const other = channel.call({ type: 'complete', line: 'k' });
      const hung = channel.call(request as Parameters<typeof channel.call>[0]);
      // Only the request the worker is running is timed.
      expect([...timers.jobs.values()].map((j) => j.ms)).toEqual([REQUEST_TIMEOUT_MS]);
      workers[0]!.reply({ type: 'completion', requestId: rid(workers[0]!.sent[0]!), candidates: [] });
      await expect(other).resolves.toEqual({ ok: true, candidates: [] });
      timers.fireAll();
      await expect(hung).resolves.toEqual({ ok: false, why: 'timeout', afterMs: REQUEST_TIMEOUT_MS });
      expect(workers[0]!.terminated).toBe(true);
      expect(workers).toHaveLength(2);
      expect(restarts).toEqual([{ kind: 'timeout', request: request.type, timeoutMs: REQUEST_TIMEOUT_MS }]);
      // The new worker answers.
      ready(workers[1]!);
      const again = channel.call({ type: 'complete', line: 'k' });
      workers[1]!.reply({ type: 'completion', requestId: rid(workers[1]!.sent[0]!), candidates: ['x'] });
      await expect(again).resolves.toEqual({ ok: true, candidates: ['x'] });
    }
  });

  it('times each request from when the one before it was answered, not from when it was sent', () => {
    const { workers, timers, channel, ready } = setup();
    ready(workers[0]!);
    void channel.call({ type: 'complete', line: 'a' });
    void channel.call({ type: 'complete', line: 'b' }, { timeoutMs: 1234 });
    expect([...timers.jobs.values()].map((j) => j.ms)).toEqual([REQUEST_TIMEOUT_MS]);
    workers[0]!.reply({ type: 'completion', requestId: rid(workers[0]!.sent[0]!), candidates: [] });
    expect([...timers.jobs.values()].map((j) => j.ms)).toEqual([1234]);
    workers[0]!.reply({ type: 'completion', requestId: rid(workers[0]!.sent[1]!), candidates: [] });
    expect(timers.jobs.size).toBe(0);
  });

  it('a request the worker says is moving gets its limit again; the others stay timed as before', async () => {
    const { workers, timers, restarts, channel, ready } = setup();
    ready(workers[0]!);
    const load = channel.call({ type: 'load', yaml: 'big', seed: 1 });
    const behind = channel.call({ type: 'complete', line: 'k' });
    const [l, c] = workers[0]!.sent;
    // 4 s into the load the worker says it is still at it: 5 s from now, not 1 s.
    timers.clock = 4000;
    workers[0]!.reply({ type: 'progress', requestId: rid(l!) });
    expect([...timers.jobs.values()].map((j) => j.ms)).toEqual([REQUEST_TIMEOUT_MS]);
    // A note about a request the worker is not running changes nothing.
    workers[0]!.reply({ type: 'progress', requestId: rid(c!) });
    expect(timers.jobs.size).toBe(1);
    expect(channel.pending).toBe(2);
    timers.clock = 8500;
    workers[0]!.reply({
      type: 'loaded',
      requestId: rid(l!),
      diagnostics: [],
      view: null,
      applied: [],
      durationMs: 8400,
    });
    await expect(load).resolves.toMatchObject({ ok: true, durationMs: 8400 });
    expect(restarts).toEqual([]);
    // The request behind it is timed from the load's answer, with its own limit.
    expect([...timers.jobs.values()].map((j) => j.ms)).toEqual([REQUEST_TIMEOUT_MS]);
    timers.fireAll();
    await expect(behind).resolves.toEqual({ ok: false, why: 'timeout', afterMs: REQUEST_TIMEOUT_MS });
  });

  it('a request that keeps saying it is moving still ends at its last call, and says how long it ran', async () => {
    const { workers, timers, restarts, channel, ready } = setup();
    ready(workers[0]!);
    const load = channel.call({ type: 'load', yaml: 'loops', seed: 1 });
    const id = rid(workers[0]!.sent[0]!);
    const lastCall = REQUEST_TIMEOUT_MS * MAX_PROGRESS_FACTOR;
    for (let at = 1000; at < lastCall; at += 1000) {
      timers.clock = at;
      workers[0]!.reply({ type: 'progress', requestId: id });
    }
    // Each note gave the rest of its limit, and the last ones only what is left before the last call.
    expect([...timers.jobs.values()].map((j) => j.ms)).toEqual([1000]);
    timers.clock = lastCall + 250;
    timers.fireAll();
    await expect(load).resolves.toEqual({ ok: false, why: 'timeout', afterMs: lastCall });
    expect(restarts).toEqual([{ kind: 'timeout', request: 'load', timeoutMs: lastCall }]);
    expect(workers).toHaveLength(2);
  });

  it('a restart fails the other waiting requests as `restarted`, never leaves them hanging', async () => {
    const { workers, timers, channel, ready } = setup();
    ready(workers[0]!);
    const hung = channel.call({ type: 'kubectl', argv: ['get', 'pods'] });
    const behind = channel.call({
      type: 'checkGoal',
      yaml: 'y',
      seed: 1,
      goal: { type: 'reach', from: 'external', to: 'x' },
    });
    timers.fireAll();
    await expect(hung).resolves.toEqual({ ok: false, why: 'timeout', afterMs: REQUEST_TIMEOUT_MS });
    await expect(behind).resolves.toEqual({ ok: false, why: 'restarted' });
    // A late reply from the old worker is ignored.
    workers[0]!.reply({
      type: 'kubectlResult',
      requestId: rid(workers[0]!.sent[0]!),
      stdout: 'late',
      stderr: '',
      exitCode: 0,
    });
    expect(channel.pending).toBe(0);
  });

  it('restarts a crashed worker, and gives up after a few restarts in a row', async () => {
    const { workers, restarts, channel, gaveUp } = setup();
    for (let i = 0; i < 10; i++)
      workers.at(-1)!.onerror?.({ message: 'SyntaxError', preventDefault() {} } as unknown as ErrorEvent);
    expect(workers).toHaveLength(MAX_RESTARTS_IN_A_ROW + 1);
    expect(restarts).toHaveLength(MAX_RESTARTS_IN_A_ROW);
    expect(restarts[0]).toEqual({ kind: 'crash', message: 'SyntaxError' });
    expect(gaveUp()).toBe(true);
    await expect(channel.call({ type: 'complete', line: 'k' })).resolves.toEqual({ ok: false, why: 'gone' });
  });

  it('with restart: false, a timeout closes the channel without spawning another worker', async () => {
    const { workers, timers, restarts, channel, ready } = setup(false);
    ready(workers[0]!);
    const p = channel.call({ type: 'load', yaml: 'x', seed: 1 });
    timers.fireAll();
    await expect(p).resolves.toEqual({ ok: false, why: 'timeout', afterMs: REQUEST_TIMEOUT_MS });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(restarts).toEqual([]);
    await expect(channel.call({ type: 'traffic', clients: [], toTime: 1 })).resolves.toEqual({
      ok: false,
      why: 'gone',
    });
  });

  it('dispose fails what is waiting and terminates the worker', async () => {
    const { workers, channel } = setup();
    const p = channel.call({ type: 'complete', line: 'k' });
    channel.dispose();
    await expect(p).resolves.toEqual({ ok: false, why: 'gone' });
    expect(workers[0]!.terminated).toBe(true);
  });
});
