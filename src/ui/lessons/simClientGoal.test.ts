// The SimClient's checkGoal: a request/reply pair matched by id, queued until the worker is
// ready, and answered (not left hanging) when the worker is restarted.
import { describe, expect, it } from 'vitest';
import { createSimClient, type Timers } from '../simClient.ts';
import { FakeWorker } from '../fakeWorker.ts';

const timers: Timers = { set: () => 0, clear: () => undefined, now: () => 0 };

describe('SimClient.checkGoal', () => {
  it('sends the text, seed, goal and answer once the worker is ready, and resolves with its reply', async () => {
    const workers: FakeWorker[] = [];
    const client = createSimClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    }, timers);
    const pending = client.checkGoal('kind: Service\n', 7, { type: 'valid' }, ['default/web-1']);
    expect(workers[0]!.sent).toEqual([]);
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    const sent = workers[0]!.sent[0]!;
    expect(sent).toMatchObject({
      type: 'checkGoal',
      yaml: 'kind: Service\n',
      seed: 7,
      goal: { type: 'valid' },
      answer: ['default/web-1'],
    });
    workers[0]!.reply({
      type: 'goalResult',
      requestId: (sent as { requestId: number }).requestId + 1,
      passed: true,
      code: 'valid.ok',
      params: {},
      choices: null,
    });
    workers[0]!.reply({
      type: 'goalResult',
      requestId: (sent as { requestId: number }).requestId,
      passed: false,
      code: 'object.missing',
      params: { kind: 'Service', name: 'web' },
      choices: ['a', 'b'],
    });
    await expect(pending).resolves.toEqual({
      passed: false,
      code: 'object.missing',
      params: { kind: 'Service', name: 'web' },
      choices: ['a', 'b'],
    });
  });

  it('answers a Check in flight when the worker dies', async () => {
    const workers: FakeWorker[] = [];
    const client = createSimClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    }, timers);
    workers[0]!.reply({ type: 'ready', protocolVersion: 1 });
    const pending = client.checkGoal('x', 1, { type: 'valid' });
    workers[0]!.onerror?.({ message: 'boom', preventDefault: () => undefined } as ErrorEvent);
    await expect(pending).resolves.toMatchObject({ passed: false, code: 'restarted' });
  });
});
