// metadata.resourceVersion, which the API server sets on every object it returns: the etcd revision
// of the object's last write, one counter for the whole cluster (apiserver storage/etcd3 store.go:
// the object's ModRevision, formatted as a decimal string by APIObjectVersioner.UpdateObject).
// The simulator does not replay each write, so after the controllers have run it numbers the
// objects in the order they were written — older objects first (system objects, created when the
// cluster was set up), then in the order the API server stored them — from a starting revision
// derived from the seed: same scenario and seed, same versions. Clients must treat the value as
// opaque; only its increase and uniqueness carry meaning.
import type { ClusterState } from '../model/clusterState.ts';
import { type KObject, mut } from './meta.ts';
import { hashString } from '../random/rng.ts';

/** The revision the first object gets: the cluster existed (and wrote) before the scenario. */
export function firstRevision(seed: number): number {
  return 1000 + (hashString(`${seed >>> 0}:resourceVersion`) % 90000);
}

export function assignResourceVersions(state: ClusterState): void {
  const lists: readonly (readonly KObject[])[] = [
    state.namespaces,
    state.nodes,
    state.ingressClasses,
    state.services,
    state.deployments,
    state.replicaSets,
    state.statefulSets,
    state.daemonSets,
    state.pods,
    state.ingresses,
    state.gatewayClasses,
    state.gateways,
    state.httpRoutes,
    state.referenceGrants,
    state.endpointSlices,
    state.endpoints,
    state.others,
  ];
  const all = lists.flatMap((l, li) => l.map((o, i) => ({ o, order: li * 1_000_000 + i })));
  const created = (o: KObject) => o.metadata?.creationTimestamp ?? '';
  all.sort((a, b) => {
    const ta = created(a.o);
    const tb = created(b.o);
    if (ta !== tb) return ta === '' ? 1 : tb === '' ? -1 : ta < tb ? -1 : 1;
    return a.order - b.order;
  });
  let rev = firstRevision(state.seed);
  for (const { o } of all) mut((mut(o).metadata ??= {})).resourceVersion = String(rev++);
}
