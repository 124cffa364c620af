// A small cluster for the api tests: default settings, the four namespaces every cluster has,
// and the kubernetes / kube-dns ClusterIPs reserved as the controllers' bootstrap does.
import { emptyClusterState, type ClusterState } from '../../model/clusterState.ts';
import type { K8sObject } from '../../model/objects.ts';
import type { AdmittedNamespace } from '../../model/admitted.ts';
import { asStored } from '../defaults.ts';
import { defaultSettings, type ClusterSettings } from '../../model/settings.ts';
import { storeObject } from '../store.ts';
import { createRng } from '../../random/rng.ts';
import { parseStream } from '../../yaml/parseStream.ts';
import { admitObject, type AdmissionContext, type AdmissionResult } from '../admit.ts';
import { createAllocators } from '../allocators.ts';

export function testCluster(settings: ClusterSettings = defaultSettings(), seed = 1): AdmissionContext {
  const state: ClusterState = emptyClusterState(settings, seed, {
    createdAt: '2025-01-01T00:00:00Z',
    now: '2025-01-01T00:01:00Z',
  });
  state.namespaces = ['default', 'kube-system', 'kube-public', 'kube-node-lease'].map(
    (name) => asStored({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }) as unknown as AdmittedNamespace,
  );
  const allocators = createAllocators(settings, createRng(seed).fork('allocation'));
  allocators.clusterIP.allocate('10.96.0.1');
  allocators.clusterIP.allocate('10.96.0.10');
  return { state, allocators, fileName: 'test.yaml' };
}

/** Applies every document of a YAML stream in order, storing what is created or configured. */
export function applyYaml(ctx: AdmissionContext, text: string): AdmissionResult[] {
  return parseStream(text).documents.map((d) => {
    const r = admitObject(d.object as K8sObject, ctx);
    if ((r.outcome === 'created' || r.outcome === 'configured') && r.object) storeObject(ctx.state, r.object);
    return r;
  });
}
