// Test support: a ClusterState holding the objects of a YAML stream as the API server would have
// stored them (status, clusterIPs, EndpointSlices as written), like the objects upstream's proxier
// tests hand to the proxier (makeTestService / makeTestEndpointSlice). The API server's defaults are
// applied (api/defaults.ts asStored), as they are to every stored object; no allocation,
// validation or controllers run, so the dataplane is tested against the inputs the fixture spells out.
import { parseStream } from '../yaml/parseStream.ts';
import { readSettings } from '../api/readSettings.ts';
import { isPlaygroundKind, storeObject } from '../api/store.ts';
import { asStored } from '../api/defaults.ts';
import { emptyClusterState, type ClusterState } from '../model/clusterState.ts';
import type { K8sObject } from '../model/objects.ts';
import type { Diagnostic } from '../diagnostics.ts';

export function stateFromYaml(text: string, seed = 1): ClusterState {
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
    const obj = doc.object as K8sObject;
    if (!obj || typeof obj !== 'object' || isPlaygroundKind(obj)) continue;
    storeObject(state, asStored(obj));
    state.origins.set(`${obj.kind}/${obj.metadata?.namespace ?? ''}/${obj.metadata?.name ?? ''}`, {
      docIndex: doc.index,
      by: 'user',
    });
  }
  return state;
}
