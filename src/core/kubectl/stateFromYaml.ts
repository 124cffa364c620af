// A ClusterState holding the given stored objects (the API server's defaults applied by asStored;
// no allocation, validation or controllers): what the printer tests and kubectl fixtures use to pin
// an exact cluster, like upstream's fake clients.
import { emptyClusterState, type ClusterState } from '../model/clusterState.ts';
import { parseStream } from '../yaml/parseStream.ts';
import { storeObject } from '../api/store.ts';
import { asStored } from '../api/defaults.ts';
import { defaultSettings } from '../model/settings.ts';
import type { Scenario } from '../scenario/load.ts';

export function stateFromYaml(text: string, times: { createdAt?: string; now?: string } = {}): ClusterState {
  const state: ClusterState = emptyClusterState(defaultSettings(), 1, {
    createdAt: times.createdAt ?? '2025-01-01T00:00:00Z',
    now: times.now ?? '2025-01-01T00:01:00Z',
  });
  for (const doc of parseStream(text).documents) storeObject(state, asStored(doc.object));
  return state;
}

export function scenarioFromYaml(text: string, times: { createdAt?: string; now?: string } = {}): Scenario {
  return { stream: parseStream(text), state: stateFromYaml(text, times), applied: [], diagnostics: [] };
}
