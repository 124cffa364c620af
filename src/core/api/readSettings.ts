// Reads the cluster-wide settings from the playground `Cluster` kind and from
// KubeProxyConfiguration. They apply to the whole scenario wherever they appear in the stream,
// as flags apply to a whole cluster.
import { locatePath, type ParsedStream } from '../yaml/parseStream.ts';
import { parseCidr } from '../net/ipv4.ts';
import { DiagnosticCode, type Diagnostic } from '../diagnostics.ts';
import { defaultSettings, parsePortRange, type ClusterSettings, type ProxyMode } from '../model/settings.ts';
import { PLAYGROUND_API_VERSION } from '../model/objects.ts';

const MODES: readonly string[] = ['', 'iptables', 'ipvs', 'nftables'];

export function readSettings(stream: ParsedStream, diagnostics: Diagnostic[]): ClusterSettings {
  const s = defaultSettings();
  for (const doc of stream.documents) {
    const o = doc.object;
    const problem = (path: string, message: string) =>
      diagnostics.push({
        severity: 'error',
        code: DiagnosticCode.invalid,
        message,
        ...locatePath(stream, doc, path),
        docIndex: doc.index,
        kind: String(o.kind),
        field: path,
      });
    if (o.kind === 'Cluster' && o.apiVersion === PLAYGROUND_API_VERSION) {
      const spec = (o.spec ?? {}) as Record<string, unknown>;
      if (spec.serviceCIDR !== undefined) {
        const c = typeof spec.serviceCIDR === 'string' ? parseCidr(spec.serviceCIDR) : null;
        if (!c || c.size < 8)
          problem(
            'spec.serviceCIDR',
            `Cluster: spec.serviceCIDR: Invalid value: ${JSON.stringify(spec.serviceCIDR)}: must be an IPv4 CIDR holding at least 8 addresses (e.g. 10.96.0.0/12)`,
          );
        else s.serviceCIDR = c;
      }
      if (spec.nodePortRange !== undefined) {
        const r = typeof spec.nodePortRange === 'string' ? parsePortRange(spec.nodePortRange) : null;
        if (!r)
          problem(
            'spec.nodePortRange',
            `Cluster: spec.nodePortRange: Invalid value: ${JSON.stringify(spec.nodePortRange)}: must be a port range like "30000-32767"`,
          );
        else s.nodePortRange = r;
      }
      if (spec.clusterDomain !== undefined) {
        if (
          typeof spec.clusterDomain !== 'string' ||
          !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(spec.clusterDomain)
        )
          problem(
            'spec.clusterDomain',
            `Cluster: spec.clusterDomain: Invalid value: ${JSON.stringify(spec.clusterDomain)}: must be a DNS domain like "cluster.local"`,
          );
        else s.clusterDomain = spec.clusterDomain;
      }
    }
    if (
      o.kind === 'KubeProxyConfiguration' &&
      typeof o.apiVersion === 'string' &&
      o.apiVersion.startsWith('kubeproxy.config.k8s.io/')
    ) {
      if (o.mode !== undefined) {
        if (typeof o.mode !== 'string' || !MODES.includes(o.mode))
          problem(
            'mode',
            `KubeProxyConfiguration: mode: Unsupported value: ${JSON.stringify(o.mode)}: supported values: "iptables", "ipvs", "nftables"`,
          );
        else s.proxyMode = (o.mode || 'iptables') as ProxyMode;
      }
      if (o.clusterCIDR !== undefined) {
        if (o.clusterCIDR === '') s.clusterCIDR = null;
        else {
          const c = typeof o.clusterCIDR === 'string' ? parseCidr(o.clusterCIDR) : null;
          if (!c)
            problem(
              'clusterCIDR',
              `KubeProxyConfiguration: clusterCIDR: Invalid value: ${JSON.stringify(o.clusterCIDR)}: must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)`,
            );
          else s.clusterCIDR = c;
        }
      }
      if (o.masqueradeAll !== undefined) {
        if (typeof o.masqueradeAll !== 'boolean')
          problem(
            'masqueradeAll',
            `KubeProxyConfiguration: masqueradeAll: Invalid value: ${JSON.stringify(o.masqueradeAll)}: must be true or false`,
          );
        else s.masqueradeAll = o.masqueradeAll;
      }
      const iptables = o.iptables as { localhostNodePorts?: unknown } | undefined;
      if (iptables && iptables.localhostNodePorts !== undefined) {
        if (typeof iptables.localhostNodePorts !== 'boolean')
          problem(
            'iptables.localhostNodePorts',
            `KubeProxyConfiguration: iptables.localhostNodePorts: Invalid value: ${JSON.stringify(iptables.localhostNodePorts)}: must be true or false`,
          );
        else s.localhostNodePorts = iptables.localhostNodePorts;
      }
      if (o.nodePortAddresses !== undefined) {
        // validateKubeProxyNodePortAddress (pkg/proxy/apis/config/validation): CIDRs, or "primary" alone.
        const list = Array.isArray(o.nodePortAddresses) ? (o.nodePortAddresses as unknown[]) : null;
        let ok = list !== null;
        for (const [i, v] of (list ?? []).entries()) {
          if (v === 'primary') {
            if (i !== 0 || list!.length !== 1) {
              ok = false;
              problem(
                `nodePortAddresses[${i}]`,
                `KubeProxyConfiguration: nodePortAddresses[${i}]: Invalid value: "primary": can't use both 'primary' and CIDRs`,
              );
            }
            break;
          }
          if (typeof v !== 'string' || (!v.includes(':') && parseCidr(v) === null)) {
            ok = false;
            problem(
              `nodePortAddresses[${i}]`,
              `KubeProxyConfiguration: nodePortAddresses[${i}]: Invalid value: ${JSON.stringify(v)}: must be a valid CIDR`,
            );
          }
        }
        if (list === null)
          problem(
            'nodePortAddresses',
            'KubeProxyConfiguration: nodePortAddresses: Invalid value: must be a list of CIDRs',
          );
        // IPv6 CIDRs are valid but the IPv4 proxier ignores them (NewNodePortAddresses filters by family).
        if (ok) s.nodePortAddresses = (list as string[]).filter((v) => !v.includes(':'));
      }
      const ipvs = o.ipvs as { scheduler?: unknown } | undefined;
      if (ipvs && typeof ipvs.scheduler === 'string' && ipvs.scheduler) s.ipvsScheduler = ipvs.scheduler;
    }
  }
  return s;
}
