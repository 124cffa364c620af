// The simulation worker's entry: the pure handler behind postMessage. Its first chunk answers
// load (the first diagram); the data path, rules, edits, export and lesson placeholders
// (laterEngines.ts) and the console's engines (consoleEngines.ts) load on first use, and the
// core's plug-ins (the Gateway API's and Ingress's code, installed from the laterEngines chunk)
// the first time a scenario holds one of their kinds. Messages are handled strictly in order: one
// waiting for its engines holds the ones behind it.
import { createHandler } from './handler.ts';
import type { Engines } from './engines.ts';
import { isMissingPlugin } from './handlerErrors.ts';
import type * as LaterEngines from './laterEngines.ts';
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromWorker): void => scope.postMessage(m);
const engines: Engines = {
  clock: () => performance.now(),
  progress: (requestId) => post({ type: 'progress', requestId }),
};
const handle = createHandler(engines);

type LaterChunk = typeof LaterEngines;
let later: Promise<LaterChunk> | null = null;
const laterChunk = (): Promise<LaterChunk> => (later ??= import('./laterEngines.ts'));

/** An engine chunk: fetched once, on the first message of one of its types, then wired into `engines`. */
function chunk(
  types: readonly ToWorker['type'][],
  load: () => Promise<Partial<Engines>>,
  alsoFor = (_m: ToWorker) => false,
) {
  let loaded: Promise<void> | null = null;
  let done = false;
  return {
    needed: (m: ToWorker): boolean => !done && (types.includes(m.type) || alsoFor(m)),
    load: (): Promise<void> =>
      (loaded ??= load()
        .then((e) => void Object.assign(engines, e))
        .finally(() => (done = true))),
  };
}
const chunks = [
  chunk(['kubectl', 'complete', 'podShell', 'checkGoal'], () =>
    import('./consoleEngines.ts').then((m) => ({
      kubectl: m.runKubectl,
      complete: m.completeKubectl,
      podShell: m.runInPodShell,
      checkGoal: m.checkLessonGoal,
      noteLine: m.noteLine,
      answers: m.consoleAnswers,
    })),
  ),
  // A load that starts the traffic run over needs the data path too (the page asks so only after its first traffic).
  chunk(
    ['traffic', 'proxyRules', 'edit', 'exportScenario', 'fillTemplates'],
    () => laterChunk().then((m) => m.laterEngines()),
    (m) => m.type === 'load' && m.traffic !== undefined,
  ),
];

// In the laterEngines chunk, which the scenario's traffic needs next anyway: one fetch, and no
// chunk the two would share (the data path uses the Gateway controller's decisions too).
let plugins: Promise<void> | null = null;
const loadPlugins = (): Promise<void> => (plugins ??= laterChunk().then((m) => m.installPlugins()));

/**
 * The handler's replies; when the scenario holds a kind whose plug-in is not installed the handler
 * refuses it before any work (MissingPluginError), and the message is answered again once the
 * plug-ins are in, so the page never sees that scenario computed without them.
 */
async function answer(msg: ToWorker): Promise<FromWorker[]> {
  try {
    return handle(msg);
  } catch (err) {
    if (!isMissingPlugin(err)) throw err;
  }
  await loadPlugins().catch(() => undefined);
  if ('requestId' in msg) post({ type: 'progress', requestId: msg.requestId });
  try {
    return handle(msg);
  } catch (err) {
    // The chunk could not be fetched: a request fails as one whose engine is missing does (a
    // prepare has nothing to answer).
    if (!isMissingPlugin(err)) throw err;
    return 'requestId' in msg
      ? [{ type: 'error', requestId: msg.requestId, message: `${String(err)}: its code could not be loaded` }]
      : [];
  }
}

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  queue = queue.then(async () => {
    // A failed fetch leaves the engines unset: the handler answers "not part of this build".
    let fetched = false;
    for (const c of chunks)
      if (c.needed(msg)) {
        await c.load().catch(() => undefined);
        fetched = true;
      }
    // Fetching an engine's code is part of this request's time: the watchdog hears it arrived.
    if (fetched && 'requestId' in msg) post({ type: 'progress', requestId: msg.requestId });
    for (const reply of await answer(msg)) post(reply);
  });
};
post({ type: 'ready', protocolVersion: PROTOCOL_VERSION });
