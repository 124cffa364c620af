// Runs one side of compare mode in its own simulation worker, through the same typed channel as
// the main client (src/ui/workerClient.ts): load the YAML, then compute the same clients' traffic
// with the same seed. Each request is under the channel's watchdog; a side whose worker hangs
// or fails ends with what it has and says why. The main store is never touched.
import {
  browserTimers,
  createWorkerChannel,
  REQUEST_TIMEOUT_MS,
  type CallFailure,
  type Timers,
  type WorkerLike,
} from '../workerClient.ts';
import { spawnSimWorker } from '../earlyWorker.ts';
import type { ClientDecl, ClientSpec, Entry, RequestResult } from '../../worker/protocol.ts';
import type { ClusterView } from '../../worker/clusterView.ts';
import type { Diagnostic } from '../../core/diagnostics.ts';

export interface SideResult {
  view: ClusterView | null;
  diagnostics: Diagnostic[];
  results: RequestResult[];
  /** The object each client's requests enter first (the core's answer), by client id. */
  entries: Record<string, Entry>;
  /** The clients as this side's cluster resolved them (the same declarations on both sides). */
  running: ClientSpec[];
  /** Why the side has no (or no complete) answer: the load or the traffic got no reply. */
  failure: CallFailure | null;
}

/** How long one side's load or traffic may run. */
const COMPARE_TIMEOUT_MS = REQUEST_TIMEOUT_MS;

export async function runSide(
  yaml: string,
  seed: number,
  clients: ClientDecl[],
  toTime: number,
  spawn: () => WorkerLike = spawnSimWorker,
  timers: Timers = browserTimers,
): Promise<SideResult> {
  // One-shot: a side that hangs or crashes ends; nothing to restart for.
  const channel = createWorkerChannel({ spawn, timers, restart: false });
  try {
    const loaded = await channel.call({ type: 'load', yaml, seed }, { timeoutMs: COMPARE_TIMEOUT_MS });
    if (!loaded.ok)
      return { view: null, diagnostics: [], results: [], entries: {}, running: [], failure: failureOf(loaded) };
    const side: SideResult = {
      view: loaded.view,
      diagnostics: loaded.diagnostics,
      results: [],
      entries: {},
      running: [],
      failure: null,
    };
    if (!loaded.view || clients.length === 0) return side;
    const traffic = await channel.call({ type: 'traffic', clients, toTime }, { timeoutMs: COMPARE_TIMEOUT_MS });
    return traffic.ok
      ? {
          ...side,
          results: traffic.results,
          entries: traffic.entries,
          running: traffic.clients.flatMap((c) => (c.ok ? [c.spec] : [])),
        }
      : { ...side, failure: failureOf(traffic) };
  } finally {
    channel.dispose();
  }
}

/** Why a side's call gave no answer: the outcome without its `ok`. */
const failureOf = ({ ok: _ok, ...failure }: { ok: false } & CallFailure): CallFailure => failure;
