// The cluster DNS the dataplane asks on behalf of pods: the controllers' records and resolver
// (src/core/controllers/dns.ts, docs/dns.md), so `kubectl get`, DNS and traffic agree.
// The record index is built once per cluster state, not per query.
import type { ClusterState } from '../model/clusterState.ts';
import type { NameResolver } from './dnsStep.ts';
import { buildDnsIndex, resolveName, type DnsIndex } from '../controllers/dns.ts';

const indexes = new WeakMap<ClusterState, DnsIndex>();

export const clusterResolver: NameResolver = (state, name, fromNamespace) => {
  let index = indexes.get(state);
  if (!index) {
    index = buildDnsIndex(state);
    indexes.set(state, index);
  }
  return resolveName(state, name, fromNamespace, index);
};
