// The simulation worker's entry: the pure handler behind postMessage. The console's engines load on
// first use (consoleEngines.ts), never before the first diagram; messages are handled strictly in
// order, a console request waiting for them holds the ones behind it.
import { createHandler, type Engines } from './handler.ts';
import { createTrafficRunner } from './traffic.ts';
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engines: Engines = { traffic: createTrafficRunner(), clock: () => performance.now() };
const handle = createHandler(engines);
const post = (m: FromWorker): void => scope.postMessage(m);

let consoleEngines: Promise<void> | null = null;
const loadConsoleEngines = (): Promise<void> =>
  (consoleEngines ??= import('./consoleEngines.ts').then((m) => {
    engines.kubectl = m.runKubectl;
    engines.complete = m.completeKubectl;
    engines.podShell = m.runInPodShell;
    engines.checkGoal = m.checkLessonGoal;
  }));
const needsConsole = (m: ToWorker): boolean =>
  m.type === 'kubectl' || m.type === 'complete' || m.type === 'podShell' || m.type === 'checkGoal';

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  queue = queue.then(async () => {
    // A failed fetch leaves the engines unset: the handler answers "not part of this build".
    if (needsConsole(msg)) await loadConsoleEngines().catch(() => undefined);
    for (const reply of handle(msg)) post(reply);
  });
};
post({ type: 'ready', protocolVersion: PROTOCOL_VERSION });
