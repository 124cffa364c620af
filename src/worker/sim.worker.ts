// The simulation worker's entry: the pure handler behind postMessage.
import { completeKubectl, runKubectl } from '../core/index.ts';
import { createHandler } from './handler.ts';
import { createTrafficRunner } from './traffic.ts';
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createHandler({ kubectl: runKubectl, complete: completeKubectl, traffic: createTrafficRunner(), clock: () => performance.now() });
const post = (m: FromWorker): void => scope.postMessage(m);

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  for (const reply of handle(e.data)) post(reply);
};
post({ type: 'ready', protocolVersion: PROTOCOL_VERSION });
