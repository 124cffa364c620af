// The simulation worker's entry: the pure handler behind postMessage. Its first chunk answers
// load (the first diagram); the data path, rules, edits and export (laterEngines.ts) and the
// console's engines (consoleEngines.ts) load on first use. Messages are handled strictly in order:
// one waiting for its engines holds the ones behind it.
import { createHandler, type Engines } from './handler.ts';
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engines: Engines = { clock: () => performance.now() };
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
let later: Promise<void> | null = null;
const loadLaterEngines = (): Promise<void> =>
  (later ??= import('./laterEngines.ts').then((m) => void Object.assign(engines, m.laterEngines())));
const needsLater = (m: ToWorker): boolean =>
  m.type === 'traffic' || m.type === 'proxyRules' || m.type === 'edit' || m.type === 'exportScenario';
const needsConsole = (m: ToWorker): boolean =>
  m.type === 'kubectl' || m.type === 'complete' || m.type === 'podShell' || m.type === 'checkGoal';

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  queue = queue.then(async () => {
    // A failed fetch leaves the engines unset: the handler answers "not part of this build".
    if (needsConsole(msg)) await loadConsoleEngines().catch(() => undefined);
    if (needsLater(msg)) await loadLaterEngines().catch(() => undefined);
    for (const reply of handle(msg)) post(reply);
  });
};
post({ type: 'ready', protocolVersion: PROTOCOL_VERSION });
