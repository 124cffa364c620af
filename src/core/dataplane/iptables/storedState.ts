// A ClusterState built from objects as written, as if they were what the API server had stored
// (allocations and status already present; the API server's defaults applied by asStored) — the
// form of `kubectl get -o yaml`.
// The golden tests use it to feed upstream's test inputs to the proxier without the admission and
// controller pipeline rewriting them (the API server wipes status on create, for instance).
import { emptyClusterState, type ClusterState } from '../../model/clusterState.ts';
import { parseStream } from '../../yaml/parseStream.ts';
import { readSettings } from '../../api/readSettings.ts';
import { isPlaygroundKind, storeObject } from '../../api/store.ts';
import { asStored } from '../../api/defaults.ts';
import type { Diagnostic } from '../../diagnostics.ts';

export function stateFromStoredObjects(text: string, seed = 1): ClusterState {
  const stream = parseStream(text);
  const diagnostics: Diagnostic[] = [];
  const settings = readSettings(stream, diagnostics);
  const state: ClusterState = emptyClusterState(
    settings,
    seed,
    { createdAt: '2025-01-01T00:00:00Z', now: '2025-01-01T00:01:00Z' },
    diagnostics,
  );
  for (const doc of stream.documents) {
    if (!isPlaygroundKind(doc.object)) storeObject(state, asStored(doc.object));
  }
  return state;
}
