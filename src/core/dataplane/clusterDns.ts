// The DNS the dataplane and the pod console ask on behalf of a client: the controllers' records
// and resolver rules (src/core/controllers/dns.ts, docs/dns.md), so `kubectl get`, nslookup, wget,
// `ksp send` and the traffic simulation agree. The record index is built once per cluster state.
// The world outside the cluster has one DNS here, the public DNS: it knows the hosts of the
// Ingress rules, pointing at the ingress controller's load-balancer IP (as a learner would register
// them), and nothing else. The node's upstream resolver, and CoreDNS's `forward`, reach it.
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedIngress, AdmittedPod } from '../model/admitted.ts';
import type { NameResolver } from './dnsStep.ts';
import type { ClusterIndex } from './clusterIndex.ts';
import {
  buildDnsIndex,
  clusterFirstConfig,
  lookupFqdn,
  podDnsConfig,
  resolveName,
  resolveWith,
  type DnsAnswer,
  type DnsHit,
  type DnsIndex,
  type DnsServers,
  type PodDnsConfig,
} from '../controllers/dns.ts';
import { ingressForHost } from './ingressIndex.ts';
import { gatewayForHost } from './gatewayIndex.ts';
import type { AdmittedGateway } from '../model/gatewayApi.ts';
import { buildClusterIndex } from './clusterIndex.ts';

const indexes = new WeakMap<ClusterState, DnsIndex>();

function dnsIndexOf(state: ClusterState): DnsIndex {
  let index = indexes.get(state);
  if (!index) {
    index = buildDnsIndex(state);
    indexes.set(state, index);
  }
  return index;
}

export const clusterResolver: NameResolver = (state, name, fromNamespace) =>
  resolveName(state, name, fromNamespace, dnsIndexOf(state));

/**
 * A public DNS record: the Ingress whose rule names the host, else the Gateway whose listener or
 * attached HTTPRoute names it, and the address (none while the controller has no LB IP).
 */
export type PublicRecord =
  { ingress: AdmittedIngress; ip: string | undefined } | { gateway: AdmittedGateway; ip: string | undefined };

export function publicRecord(index: ClusterIndex, host: string): PublicRecord | null {
  const ingress = ingressForHost(index.ingress(), host);
  if (ingress) return { ingress, ip: index.ingressLoadBalancerIP };
  const gw = index.state.gateways.length > 0 ? gatewayForHost(index, host) : undefined;
  return gw ? { gateway: gw.gateway, ip: gw.ip } : null;
}

/** The pod's resolv.conf as kubelet writes it (memoized per pod object: a state's pods do not change). */
const configs = new WeakMap<AdmittedPod, PodDnsConfig>();
export function dnsConfigOfPod(state: ClusterState, pod: AdmittedPod): PodDnsConfig {
  let c = configs.get(pod);
  if (!c) {
    c = podDnsConfig(state, {
      namespace: pod.metadata.namespace,
      nodeName: pod.spec.nodeName,
      dnsPolicy: pod.spec.dnsPolicy,
      hostNetwork: pod.spec.hostNetwork,
      dnsConfig: pod.spec.dnsConfig,
    });
    configs.set(pod, c);
  }
  return c;
}

/**
 * The servers a client reaches: the cluster DNS through `resolve` (one absolute name), and the
 * upstream resolver, the public DNS.
 */
export function dnsServers(index: ClusterIndex, resolve: NameResolver, namespace: string): DnsServers {
  const state = index.state;
  const records = resolve === clusterResolver ? dnsIndexOf(state) : undefined;
  return {
    cluster: (fqdn) => (records ? lookupFqdn(records, fqdn) : hit(resolve(state, `${fqdn}.`, namespace))),
    upstream: (fqdn) => {
      const ip = publicRecord(index, fqdn)?.ip;
      return ip ? { kind: 'A', addresses: [ip], fqdn, upstream: true } : null;
    },
  };
}

const hit = (a: DnsAnswer): DnsHit | null => (a.kind === 'NXDOMAIN' ? null : a);

const clusterIndexes = new WeakMap<ClusterState, ClusterIndex>();

/** What `nslookup name` in a pod gets: its resolv.conf's first nameserver and the answer. */
export function lookupFromPod(
  state: ClusterState,
  namespace: string,
  podName: string,
  name: string,
): { server: string; answer: DnsAnswer } {
  let index = clusterIndexes.get(state);
  if (!index) {
    index = buildClusterIndex(state);
    clusterIndexes.set(state, index);
  }
  const pod = index.podByName.get(`${namespace}/${podName}`);
  const config = clientDnsConfig(state, pod, namespace);
  return {
    server: config.nameservers[0] ?? '127.0.0.1',
    answer: resolveWith(state, config, name, dnsServers(index, clusterResolver, namespace)),
  };
}

/** The pod's /etc/resolv.conf config (a pod the state does not hold gets ClusterFirst). */
export function podResolvConfig(state: ClusterState, namespace: string, podName: string): PodDnsConfig {
  const pod = state.pods.find((p) => p.metadata.namespace === namespace && p.metadata.name === podName);
  return clientDnsConfig(state, pod, namespace);
}

/**
 * What `config` resolves `name` to, for a client of this dataplane: memoized per config and name
 * in the index (a state's records do not change; the answers are only read).
 */
export function resolveForClient(
  index: ClusterIndex,
  resolve: NameResolver,
  config: PodDnsConfig,
  namespace: string,
  name: string,
): DnsAnswer {
  let byName = index.memo.get(config) as Map<string, DnsAnswer> | undefined;
  if (!byName) {
    byName = new Map();
    index.memo.set(config, byName);
  }
  let answer = byName.get(name);
  if (answer === undefined) {
    answer = resolveWith(index.state, config, name, dnsServers(index, resolve, namespace));
    if (byName.size >= 4_096) byName.clear(); // names typed by the user are unbounded
    byName.set(name, answer);
  }
  return answer;
}

/** The resolv.conf of a client pod, or ClusterFirst for one the index does not hold. */
export function clientDnsConfig(state: ClusterState, pod: AdmittedPod | undefined, namespace: string): PodDnsConfig {
  return pod ? dnsConfigOfPod(state, pod) : clusterFirstConfig(state, namespace);
}
