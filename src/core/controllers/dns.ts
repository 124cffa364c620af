// Cluster DNS as CoreDNS's kubernetes plugin serves it (kubernetes/dns docs/specification.md,
// schema 1.1.0), plus the pod's resolver (kubelet pkg/kubelet/network/dns/dns.go,
// generateSearchesForDNSClusterFirst; ndots:5).
// - ClusterIP Service: A <svc>.<ns>.svc.<zone> → cluster IP; SRV per named port; PTR.
// - Headless Service: one A per READY endpoint (none → NXDOMAIN); <hostname>.<svc>.<ns>.svc.<zone>
//   per ready endpoint (hostname field, else CoreDNS's dashed IP); SRV per named port × endpoint.
//   Pods of a StatefulSet get <pod>.<serviceName>.<ns>.svc.<zone> this way (hostname/subdomain).
// - ExternalName: CNAME to spec.externalName.
// - `pods insecure` (kubeadm's Corefile): <a-b-c-d>.<ns>.pod.<zone> → a.b.c.d when the namespace
//   exists (coredns plugin/kubernetes kubernetes.go findPods: namespaceExposed), else NXDOMAIN.
// - Names outside the zone: CoreDNS forwards them (`forward . /etc/resolv.conf`) to the node's
//   upstream resolver, which the caller supplies (DnsServers.upstream; the dataplane's public DNS).
// Which resolver a pod uses (kubelet GetPodDNS / getPodDNSType): podDnsConfig below.
import type { PodDNSConfig } from 'kubernetes-types/core/v1';
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedEndpointSlicePort, AdmittedService } from '../model/admitted.ts';
import { parseIPv4 } from '../net/ipv4.ts';
import { nodeIPv4 } from '../model/nodeAddresses.ts';
import { serviceRangeIP } from './systemObjects.ts';
import { LABEL_SERVICE_NAME } from '../model/endpointSliceLabels.ts';
import { proxyClusterIP } from '../api/service/serviceIPs.ts';
import { strictIPv4String } from '../api/validation/ip.ts';

export type DnsAnswer =
  /** `upstream`: answered by the node's upstream resolver (directly, or forwarded by CoreDNS). */
  | { kind: 'A'; addresses: string[]; fqdn: string; upstream?: true }
  | { kind: 'CNAME'; target: string; fqdn: string }
  | { kind: 'NXDOMAIN'; tried: string[] };
export type DnsHit = Exclude<DnsAnswer, { kind: 'NXDOMAIN' }>;

export interface DnsRecord {
  name: string;
  type: 'A' | 'CNAME' | 'SRV' | 'PTR' | 'TXT';
  /** A: the address; CNAME/PTR: the target; SRV: `<priority> <weight> <port> <target>`; TXT: the text. */
  data: string;
}

export const NDOTS = 5;

function isHeadlessService(svc: AdmittedService): boolean {
  return svc.spec.clusterIP === 'None';
}

function dashed(ip: string): string {
  return ip.replace(/\./g, '-');
}

function reverseName(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}

/** Every record the cluster's DNS serves, in Service order. */
export function dnsRecords(state: ClusterState): DnsRecord[] {
  const zone = state.settings.clusterDomain.toLowerCase();
  const out: DnsRecord[] = [{ name: `dns-version.${zone}`, type: 'TXT', data: '1.1.0' }];
  for (const svc of state.services) {
    const ns = svc.metadata.namespace;
    const name = svc.metadata.name;
    const fqdn = `${name}.${ns}.svc.${zone}`.toLowerCase();
    const type = svc.spec.type;
    if (type === 'ExternalName') {
      if (svc.spec.externalName)
        out.push({ name: fqdn, type: 'CNAME', data: svc.spec.externalName.replace(/\.$/, '') });
      continue;
    }
    if (!isHeadlessService(svc)) {
      // CoreDNS keeps the cluster IP's text (plugin/kubernetes/object/service.go ToService) and reads
      // it with Go's strict net.ParseIP (plugin/etcd/msg/type.go HostType): a mapped address answers
      // with its IPv4 (To4); one with leading zeros is no IP to it, so it answers a CNAME to the text
      // (plugin/backend_lookup.go A), a name nothing resolves (here: no record, so no address
      // either). Its reverse index holds the text as written, so only a canonical address has a PTR.
      const text = svc.spec.clusterIP;
      const ip = text ? strictIPv4String(text) : null;
      if (ip === null) continue;
      out.push({ name: fqdn, type: 'A', data: ip });
      if (ip === text) out.push({ name: reverseName(ip), type: 'PTR', data: fqdn });
      for (const p of svc.spec.ports ?? []) {
        if (p.name)
          out.push({
            name: `_${p.name}._${p.protocol.toLowerCase()}.${fqdn}`,
            type: 'SRV',
            data: `0 100 ${p.port} ${fqdn}`,
          });
      }
      continue;
    }
    // Headless: the ready endpoints of the Service's EndpointSlices.
    const slices = state.endpointSlices.filter(
      (s) =>
        s.metadata.namespace === ns && s.metadata.labels?.[LABEL_SERVICE_NAME] === name && s.addressType === 'IPv4',
    );
    const seen = new Set<string>();
    const ready: { ip: string; host: string; ports: AdmittedEndpointSlicePort[] }[] = [];
    const tolerate = svc.spec.publishNotReadyAddresses === true;
    for (const slice of slices) {
      for (const ep of slice.endpoints ?? []) {
        if (!tolerate && ep.conditions?.ready === false) continue;
        for (const ip of ep.addresses ?? []) {
          if (seen.has(ip)) continue;
          seen.add(ip);
          ready.push({ ip, host: `${(ep.hostname ?? dashed(ip)).toLowerCase()}.${fqdn}`, ports: slice.ports ?? [] });
        }
      }
    }
    // CoreDNS gives the records of one SRV set equal weight: 100 / count.
    const weight = Math.floor(100 / Math.max(1, ready.length));
    for (const e of ready) {
      out.push({ name: fqdn, type: 'A', data: e.ip });
      out.push({ name: e.host, type: 'A', data: e.ip });
      out.push({ name: reverseName(e.ip), type: 'PTR', data: e.host });
      for (const p of e.ports) {
        if (p.name && p.port !== undefined)
          out.push({
            name: `_${p.name}._${p.protocol.toLowerCase()}.${fqdn}`,
            type: 'SRV',
            data: `0 ${weight} ${p.port} ${e.host}`,
          });
      }
    }
  }
  return out;
}

/** Name → A addresses or CNAME target, for exact lookups. Build once per state and reuse. */
export interface DnsIndex {
  zone: string;
  a: Map<string, string[]>;
  cname: Map<string, string>;
  namespaces: Set<string>;
}

export function buildDnsIndex(state: ClusterState): DnsIndex {
  const index: DnsIndex = {
    zone: state.settings.clusterDomain.toLowerCase(),
    a: new Map(),
    cname: new Map(),
    namespaces: new Set(state.namespaces.map((n) => n.metadata.name)),
  };
  for (const r of dnsRecords(state)) {
    if (r.type === 'A') index.a.set(r.name, [...(index.a.get(r.name) ?? []), r.data]);
    else if (r.type === 'CNAME') index.cname.set(r.name, r.data);
  }
  return index;
}

/** One fully-qualified name (no search list). null = NXDOMAIN. */
export function lookupFqdn(index: DnsIndex, fqdn: string): DnsHit | null {
  const name = fqdn.toLowerCase().replace(/\.$/, '');
  const a = index.a.get(name);
  if (a && a.length > 0) return { kind: 'A', addresses: [...a], fqdn: name };
  const c = index.cname.get(name);
  if (c) return { kind: 'CNAME', target: c, fqdn: name };
  const podSuffix = `.pod.${index.zone}`;
  if (name.endsWith(podSuffix)) {
    const labels = name.slice(0, -podSuffix.length).split('.');
    const ip = labels.length === 2 && index.namespaces.has(labels[1]!) ? labels[0]!.replace(/-/g, '.') : '';
    if (parseIPv4(ip) !== null) return { kind: 'A', addresses: [ip], fqdn: name };
  }
  return null;
}

/** ClusterFirst search path: `<ns>.svc.<zone> svc.<zone> <zone>` (generateSearchesForDNSClusterFirst). */
export function searchPath(state: ClusterState, namespace: string): string[] {
  const zone = state.settings.clusterDomain.toLowerCase();
  return [`${namespace}.svc.${zone}`, `svc.${zone}`, zone];
}

/**
 * What kubelet writes into a pod's /etc/resolv.conf (pkg/kubelet/network/dns/dns.go GetPodDNS):
 * getPodDNSType picks the base — `cluster` for ClusterFirst (but not with hostNetwork) and
 * ClusterFirstWithHostNet: the cluster DNS, the cluster search path, ndots:5; `host` for Default
 * and for ClusterFirst with hostNetwork: the node's own resolv.conf; `none` for None: nothing —
 * then appendDNSConfig adds spec.dnsConfig (nameservers and searches appended without duplicates,
 * options merged by name, the pod's winning) and formDNSConfigFitsLimits keeps 3 nameservers and
 * 32 search domains.
 */
export interface PodDnsConfig {
  type: 'cluster' | 'host' | 'none';
  nameservers: string[];
  searches: string[];
  /** resolv.conf options, `name` or `name:value`, in the order first seen. */
  options: string[];
}

/** What podDnsConfig reads of a pod: its namespace, node and DNS fields. */
export interface PodDnsInput {
  namespace: string;
  nodeName?: string | undefined;
  dnsPolicy?: string | undefined;
  hostNetwork?: boolean | undefined;
  dnsConfig?: PodDNSConfig | undefined;
}

export function podDnsType(dnsPolicy: string | undefined, hostNetwork: boolean | undefined): PodDnsConfig['type'] {
  if (dnsPolicy === 'None') return 'none';
  if (dnsPolicy === 'ClusterFirstWithHostNet') return 'cluster';
  if (dnsPolicy === 'Default' || hostNetwork === true) return 'host';
  return 'cluster';
}

/**
 * A node's own /etc/resolv.conf (kubelet --resolv-conf): the playground's nodes name one upstream
 * resolver, the gateway (.1) of their /24 (the site's router), with no search domains or options.
 */
export function nodeDnsConfig(state: ClusterState, nodeName: string | undefined): PodDnsConfig {
  const node = state.nodes.find((n) => n.metadata.name === nodeName) ?? state.nodes[0];
  const ip = node ? nodeIPv4(node) : undefined;
  const gateway = ip && parseIPv4(ip) !== null ? ip.replace(/\.\d+$/, '.1') : '192.168.1.1';
  return { type: 'host', nameservers: [gateway], searches: [], options: [] };
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

export function podDnsConfig(state: ClusterState, pod: PodDnsInput): PodDnsConfig {
  const type = podDnsType(pod.dnsPolicy, pod.hostNetwork);
  const base: PodDnsConfig =
    type === 'none'
      ? { type, nameservers: [], searches: [], options: [] }
      : type === 'host'
        ? nodeDnsConfig(state, pod.nodeName)
        : {
            type,
            nameservers: [clusterDnsIP(state)],
            searches: searchPath(state, pod.namespace),
            options: [`ndots:${NDOTS}`],
          };
  const extra = pod.dnsConfig;
  if (!extra) return base;
  const options = new Map<string, string>();
  for (const o of base.options) {
    const i = o.indexOf(':');
    options.set(i < 0 ? o : o.slice(0, i), i < 0 ? '' : o.slice(i + 1));
  }
  for (const o of extra.options ?? []) if (o?.name) options.set(o.name, o.value ?? '');
  return {
    type,
    nameservers: unique([...base.nameservers, ...(extra.nameservers ?? [])]).slice(0, 3),
    searches: unique([...base.searches, ...(extra.searches ?? [])]).slice(0, 32),
    options: [...options].map(([k, v]) => (v === '' ? k : `${k}:${v}`)),
  };
}

const clusterFirstConfigs = new WeakMap<ClusterState, Map<string, PodDnsConfig>>();

/** The ClusterFirst config of a pod in `namespace` (memoized per state: callers only read it). */
export function clusterFirstConfig(state: ClusterState, namespace: string): PodDnsConfig {
  let byNs = clusterFirstConfigs.get(state);
  if (!byNs) {
    byNs = new Map();
    clusterFirstConfigs.set(state, byNs);
  }
  let c = byNs.get(namespace);
  if (!c) {
    c = podDnsConfig(state, { namespace });
    byNs.set(namespace, c);
  }
  return c;
}

/** ndots from the options (glibc: default 1, at most 15). */
function ndotsOf(c: PodDnsConfig): number {
  const o = c.options.find((x) => x.startsWith('ndots:'));
  const n = o ? Number(o.slice('ndots:'.length)) : 1;
  return Number.isInteger(n) && n >= 0 ? Math.min(n, 15) : 1;
}

/** The DNS servers a pod can reach: the cluster DNS (CoreDNS) and the node's upstream resolver. */
export interface DnsServers {
  /** CoreDNS's kubernetes plugin for one name inside the cluster zone (null = NXDOMAIN). */
  cluster(fqdn: string): DnsHit | null;
  /** The upstream resolver (what lies outside the cluster) for one name (null = NXDOMAIN). */
  upstream(fqdn: string): DnsHit | null;
}

/**
 * The pod's libc resolving `name` with `config`: a name ending in "." is absolute; one with fewer
 * dots than ndots tries the search list first, then as-is; otherwise as-is first. The first
 * nameserver answers (an NXDOMAIN is an answer: the next nameserver is only for a server that does
 * not reply). The cluster DNS IP is CoreDNS: names in the zone from its records, others forwarded
 * upstream; any other nameserver is upstream. A pod without a nameserver asks 127.0.0.1, where
 * nothing listens: no name resolves.
 */
export function resolveWith(state: ClusterState, config: PodDnsConfig, name: string, servers: DnsServers): DnsAnswer {
  const q = name.trim().toLowerCase();
  if (q === '' || q.length > 253 || !/^[a-z0-9_.-]+$/.test(q)) return { kind: 'NXDOMAIN', tried: q ? [q] : [] };
  let candidates: string[];
  if (q.endsWith('.')) candidates = [q.slice(0, -1)];
  else {
    const searched = config.searches.filter((s) => s !== '.').map((s) => `${q}.${s.replace(/\.$/, '')}`);
    const dots = q.split('.').length - 1;
    candidates = dots >= ndotsOf(config) ? [q, ...searched] : [...searched, q];
  }
  const server = config.nameservers[0];
  if (server === undefined) return { kind: 'NXDOMAIN', tried: candidates };
  const zone = state.settings.clusterDomain.toLowerCase();
  const coreDns = server === clusterDnsIP(state);
  for (const c of candidates) {
    const inZone = c === zone || c.endsWith(`.${zone}`);
    const hit = coreDns && inZone ? servers.cluster(c) : servers.upstream(c);
    if (hit) return hit;
  }
  return { kind: 'NXDOMAIN', tried: candidates };
}

/** What a ClusterFirst pod in `fromNamespace` gets for `name` from the cluster DNS alone (no upstream). */
export function resolveName(
  state: ClusterState,
  name: string,
  fromNamespace: string,
  index: DnsIndex = buildDnsIndex(state),
): DnsAnswer {
  return resolveWith(state, clusterFirstConfig(state, fromNamespace), name, {
    cluster: (fqdn) => lookupFqdn(index, fqdn),
    upstream: () => null,
  });
}

const dnsIPs = new WeakMap<ClusterState, string>();

/** The kube-dns Service IP (kubelet --cluster-dns), memoized per state. */
export function clusterDnsIP(state: ClusterState): string {
  let ip = dnsIPs.get(state);
  if (ip === undefined) {
    const svc = state.services.find((s) => s.metadata.namespace === 'kube-system' && s.metadata.name === 'kube-dns');
    // kubelet parses --cluster-dns with ParseIPSloppy and writes ip.String() into resolv.conf
    // (pkg/kubelet/kubelet.go NewMainKubelet): the address kube-proxy matches for the kube-dns Service.
    const clusterIP = svc && proxyClusterIP(svc);
    ip = clusterIP ?? svc?.spec.clusterIP ?? serviceRangeIP(state.settings.serviceCIDR, 10);
    dnsIPs.set(state, ip);
  }
  return ip;
}

/** A pod's /etc/resolv.conf (format of the Kubernetes DNS docs: nameservers, search, options). */
export function resolvConfText(c: PodDnsConfig): string {
  return (
    c.nameservers.map((n) => `nameserver ${n}\n`).join('') +
    (c.searches.length ? `search ${c.searches.join(' ')}\n` : '') +
    (c.options.length ? `options ${c.options.join(' ')}\n` : '')
  );
}

/** /etc/resolv.conf of a pod with dnsPolicy ClusterFirst. */
export function resolvConf(state: ClusterState, namespace: string): string {
  return resolvConfText(clusterFirstConfig(state, namespace));
}
