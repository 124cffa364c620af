// Cluster DNS as CoreDNS's kubernetes plugin serves it (kubernetes/dns docs/specification.md,
// schema 1.1.0), plus the pod's resolver (kubelet pkg/kubelet/network/dns/dns.go,
// generateSearchesForDNSClusterFirst; ndots:5).
// - ClusterIP Service: A <svc>.<ns>.svc.<zone> → cluster IP; SRV per named port; PTR.
// - Headless Service: one A per READY endpoint (none → NXDOMAIN); <hostname>.<svc>.<ns>.svc.<zone>
//   per ready endpoint (hostname field, else CoreDNS's dashed IP); SRV per named port × endpoint.
//   Pods of a StatefulSet get <pod>.<serviceName>.<ns>.svc.<zone> this way (hostname/subdomain).
// - ExternalName: CNAME to spec.externalName.
// - `pods insecure` (kubeadm's Corefile): <a-b-c-d>.<ns>.pod.<zone> → a.b.c.d.
// The simulated cluster has no upstream resolver: names outside the cluster zone are NXDOMAIN.
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedService } from '../model/admitted.ts';
import { parseIPv4 } from '../net/ipv4.ts';
import { serviceRangeIP } from './systemObjects.ts';
import { LABEL_SERVICE_NAME } from './endpointSlices.ts';

export type DnsAnswer =
  | { kind: 'A'; addresses: string[]; fqdn: string }
  | { kind: 'CNAME'; target: string; fqdn: string }
  | { kind: 'NXDOMAIN'; tried: string[] };

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
      const ip = svc.spec.clusterIP;
      if (!ip || parseIPv4(ip) === null) continue;
      out.push({ name: fqdn, type: 'A', data: ip });
      out.push({ name: reverseName(ip), type: 'PTR', data: fqdn });
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
        s.metadata?.namespace === ns && s.metadata.labels?.[LABEL_SERVICE_NAME] === name && s.addressType === 'IPv4',
    );
    const seen = new Set<string>();
    const ready: { ip: string; host: string; ports: { name?: string; port?: number; protocol?: string }[] }[] = [];
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
            name: `_${p.name}._${(p.protocol ?? 'TCP').toLowerCase()}.${fqdn}`,
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
}

export function buildDnsIndex(state: ClusterState): DnsIndex {
  const index: DnsIndex = { zone: state.settings.clusterDomain.toLowerCase(), a: new Map(), cname: new Map() };
  for (const r of dnsRecords(state)) {
    if (r.type === 'A') index.a.set(r.name, [...(index.a.get(r.name) ?? []), r.data]);
    else if (r.type === 'CNAME') index.cname.set(r.name, r.data);
  }
  return index;
}

/** One fully-qualified name (no search list). null = NXDOMAIN. */
export function lookupFqdn(index: DnsIndex, fqdn: string): Exclude<DnsAnswer, { kind: 'NXDOMAIN' }> | null {
  const name = fqdn.toLowerCase().replace(/\.$/, '');
  const a = index.a.get(name);
  if (a && a.length > 0) return { kind: 'A', addresses: [...a], fqdn: name };
  const c = index.cname.get(name);
  if (c) return { kind: 'CNAME', target: c, fqdn: name };
  const podSuffix = `.pod.${index.zone}`;
  if (name.endsWith(podSuffix)) {
    const labels = name.slice(0, -podSuffix.length).split('.');
    const ip = labels.length === 2 ? labels[0]!.replace(/-/g, '.') : '';
    if (parseIPv4(ip) !== null) return { kind: 'A', addresses: [ip], fqdn: name };
  }
  return null;
}

/** ClusterFirst search path: `<ns>.svc.<zone> svc.<zone> <zone>`. */
export function searchPath(state: ClusterState, namespace: string): string[] {
  const zone = state.settings.clusterDomain.toLowerCase();
  return [`${namespace}.svc.${zone}`, `svc.${zone}`, zone];
}

/**
 * What a pod in `fromNamespace` gets for `name` (glibc/musl resolver with ndots:5): a name ending
 * in "." is absolute; one with fewer than 5 dots tries the search list first, then as-is; one with
 * 5 or more tries as-is first.
 */
export function resolveName(
  state: ClusterState,
  name: string,
  fromNamespace: string,
  index: DnsIndex = buildDnsIndex(state),
): DnsAnswer {
  const q = name.trim().toLowerCase();
  if (q === '' || q.length > 253 || !/^[a-z0-9_.-]+$/.test(q)) return { kind: 'NXDOMAIN', tried: q ? [q] : [] };
  let candidates: string[];
  if (q.endsWith('.')) candidates = [q.slice(0, -1)];
  else {
    const searched = searchPath(state, fromNamespace).map((s) => `${q}.${s}`);
    const dots = q.split('.').length - 1;
    candidates = dots >= NDOTS ? [q, ...searched] : [...searched, q];
  }
  for (const c of candidates) {
    const hit = lookupFqdn(index, c);
    if (hit) return hit;
  }
  return { kind: 'NXDOMAIN', tried: candidates };
}

/** The kube-dns Service IP (kubelet --cluster-dns). */
export function clusterDnsIP(state: ClusterState): string {
  const svc = state.services.find((s) => s.metadata.namespace === 'kube-system' && s.metadata.name === 'kube-dns');
  return svc?.spec.clusterIP ?? serviceRangeIP(state.settings.serviceCIDR, 10);
}

/** /etc/resolv.conf of a pod with dnsPolicy ClusterFirst (format of the Kubernetes DNS docs). */
export function resolvConf(state: ClusterState, namespace: string): string {
  return `nameserver ${clusterDnsIP(state)}\nsearch ${searchPath(state, namespace).join(' ')}\noptions ndots:${NDOTS}\n`;
}
