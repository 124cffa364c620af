// Test support: a ClusterState holding the objects of a YAML stream as the API server would have
// stored them — the form of `kubectl get -o yaml`, status, clusterIPs and EndpointSlices as written —
// like the objects upstream's tests hand to a fake client or to the proxier (makeTestService /
// makeTestEndpointSlice). The stream's Cluster and KubeProxyConfiguration settings apply, and the API
// server's defaults are applied (api/defaults.ts asStored) as they are to every stored object; no
// allocation, validation or controllers run, so a test sees exactly the inputs its fixture spells out.
// The one builder of such states: kubectl's printer tests, the dataplane's and the iptables goldens.
import { parseStream, type ParsedStream } from '../../yaml/parseStream.ts';
import { emptyClusterState, type ClusterState } from '../../model/clusterState.ts';
import { objectKey, type K8sObject } from '../../model/objects.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import { readSettings } from '../readSettings.ts';
import { isPlaygroundKind, storeObject } from '../store.ts';
import { asStored } from '../defaults.ts';

/** The simulated clock of test states: objects created at the epoch, kubectl printing a minute later. */
export const TEST_EPOCH = '2025-01-01T00:00:00Z';
export const TEST_NOW = '2025-01-01T00:01:00Z';

export interface StoredStateOptions {
  seed?: number;
  createdAt?: string;
  now?: string;
}

export function stateFromStoredYaml(text: string, options: StoredStateOptions = {}): ClusterState {
  const stream = parseStream(text);
  const diagnostics: Diagnostic[] = [];
  const state = emptyClusterState(
    readSettings(stream, diagnostics),
    options.seed ?? 1,
    { createdAt: options.createdAt ?? TEST_EPOCH, now: options.now ?? TEST_NOW },
    diagnostics,
  );
  storeAsWritten(state, stream);
  return state;
}

/**
 * Stores every Kubernetes object of the stream as the API server would have stored it, declared by
 * the user at its document. `prepare` runs on each defaulted object before it is stored (a builder
 * that also allocates, as admission would).
 */
export function storeAsWritten(state: ClusterState, stream: ParsedStream, prepare?: (obj: K8sObject) => void): void {
  for (const doc of stream.documents) {
    const obj = doc.object as K8sObject | null;
    if (!obj || typeof obj !== 'object' || isPlaygroundKind(obj)) continue;
    asStored(obj);
    prepare?.(obj);
    storeObject(state, obj);
    state.origins.set(objectKey(String(obj.kind), obj.metadata?.namespace, obj.metadata?.name ?? ''), {
      docIndex: doc.index,
      by: 'user',
    });
  }
}
