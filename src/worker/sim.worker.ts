// The simulation worker's entry: the pure handler behind postMessage. Its first chunk answers
// load (the first diagram); the data path, rules, edits, export and lesson placeholders
// (laterEngines.ts) and the console's engines (consoleEngines.ts) load on first use. Messages are
// handled strictly in order: one waiting for its engines holds the ones behind it.
import { createHandler, type Engines } from './handler.ts';
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engines: Engines = { clock: () => performance.now() };
const handle = createHandler(engines);
const post = (m: FromWorker): void => scope.postMessage(m);

/** An engine chunk: fetched once, on the first message of one of its types, then wired into `engines`. */
function chunk(types: readonly ToWorker['type'][], load: () => Promise<Partial<Engines>>) {
  let loaded: Promise<void> | null = null;
  return {
    needed: (m: ToWorker): boolean => types.includes(m.type),
    load: (): Promise<void> => (loaded ??= load().then((e) => void Object.assign(engines, e))),
  };
}
const chunks = [
  chunk(['kubectl', 'complete', 'podShell', 'checkGoal'], () =>
    import('./consoleEngines.ts').then((m) => ({
      kubectl: m.runKubectl,
      complete: m.completeKubectl,
      podShell: m.runInPodShell,
      checkGoal: m.checkLessonGoal,
    })),
  ),
  chunk(['traffic', 'proxyRules', 'edit', 'exportScenario', 'fillTemplates'], () =>
    import('./laterEngines.ts').then((m) => m.laterEngines()),
  ),
];

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  queue = queue.then(async () => {
    // A failed fetch leaves the engines unset: the handler answers "not part of this build".
    for (const c of chunks) if (c.needed(msg)) await c.load().catch(() => undefined);
    for (const reply of handle(msg)) post(reply);
  });
};
post({ type: 'ready', protocolVersion: PROTOCOL_VERSION });
