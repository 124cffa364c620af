// Runs one side of compare mode in its own simulation worker, through the same message protocol
// as the main client (src/worker/protocol.ts): load the YAML, then compute the same clients'
// traffic with the same seed. The main store is never touched.
import type { WorkerLike } from '../simClient.ts';
import { spawnSimWorker } from '../earlyWorker.ts';
import type { ClientSpec, ClusterView, FromWorker, RequestResult, ToWorker } from '../../worker/protocol.ts';
import type { Diagnostic } from '../../core/diagnostics.ts';

export interface SideResult {
  view: ClusterView | null;
  diagnostics: Diagnostic[];
  results: RequestResult[];
}

export function runSide(
  yaml: string,
  seed: number,
  clients: ClientSpec[],
  toTime: number,
  spawn: () => WorkerLike = spawnSimWorker,
): Promise<SideResult> {
  return new Promise((resolve) => {
    const worker = spawn();
    let out: SideResult = { view: null, diagnostics: [], results: [] };
    let done = false;
    // A side that never answers (a worker that cannot start) still ends, with what it has.
    const watchdog = setTimeout(() => finish(), 60_000);
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(watchdog);
      worker.terminate();
      resolve(out);
    };
    const send = (m: ToWorker): void => worker.postMessage(m);
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      switch (msg.type) {
        case 'ready':
          send({ type: 'load', requestId: 1, yaml, seed });
          return;
        case 'loaded':
          out = { ...out, view: msg.view, diagnostics: msg.diagnostics };
          if (!msg.view || clients.length === 0) return finish();
          send({ type: 'traffic', requestId: 2, clients, toTime });
          return;
        case 'trafficResult':
          out = { ...out, results: msg.results };
          return finish();
        case 'error':
          return finish();
        // Replies to requests this run never sends.
        case 'completion':
        case 'edited':
        case 'goalResult':
        case 'kubectlResult':
        case 'lessonClientsResult':
        case 'podShellResult':
          return;
      }
    };
    worker.onerror = () => finish();
  });
}
