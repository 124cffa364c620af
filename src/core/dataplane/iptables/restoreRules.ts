// The iptables-restore payload kube-proxy (iptables mode) writes on one node: `*filter … COMMIT`
// then `*nat … COMMIT`, applied with --noflush. Mirrors pkg/proxy/iptables/proxier.go
// syncProxyRules on a full sync of a fresh node (no stale chains to delete).
// Upstream leaves the order of service ports to Go map iteration; we sort by namespace, name and
// port index so the same scenario always prints the same text.
import type { ClusterState } from '../../model/clusterState.ts';
import { buildNodeProxyModel, type ServicePortProxy } from '../proxyModel.ts';
import { LineBuffer, quoted } from './lineBuffer.ts';
import { computeProbability } from './probability.ts';
import { defaultProxierConfig, type IptablesProxierConfig } from './proxierConfig.ts';
import { writeServicePortRules } from './servicePortRules.ts';
import { nodeIPv4 } from '../../model/nodeAddresses.ts';
import type { ClusterSettings } from '../../model/settings.ts';
import { localhostNodePorts, nodePortAddresses, nodePortIPs } from '../nodePortAddresses.ts';

/** largeClusterEndpointsThreshold (proxier.go): above it, per-endpoint comments are dropped. */
export const LARGE_CLUSTER_ENDPOINTS_THRESHOLD = 1000;

export interface RestoreRules {
  /** The payload, ending with "COMMIT\n". */
  text: string;
  filterChains: string[];
  filterRules: string[];
  natChains: string[];
  natRules: string[];
}

export function writeRestoreRules(ports: readonly ServicePortProxy[], config: IptablesProxierConfig): RestoreRules {
  const filterChains = new LineBuffer();
  const filterRules = new LineBuffer();
  const natChains = new LineBuffer();
  const natRules = new LineBuffer();
  const mark = config.masqueradeMark;

  // "top-level" chains we'll be filling in.
  for (const c of ['KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES', 'KUBE-FORWARD', 'KUBE-NODEPORTS', 'KUBE-PROXY-FIREWALL'])
    filterChains.writeChain(c);
  for (const c of ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ']) natChains.writeChain(c);

  natRules.write('-A', 'KUBE-POSTROUTING', '-m', 'mark', '!', '--mark', `${mark}/${mark}`, '-j', 'RETURN');
  // Clear the mark to avoid re-masquerading if the packet re-traverses the network stack.
  natRules.write('-A', 'KUBE-POSTROUTING', '-j', 'MARK', '--xor-mark', mark);
  natRules.write(
    '-A',
    'KUBE-POSTROUTING',
    '-m',
    'comment',
    '--comment',
    quoted('kubernetes service traffic requiring SNAT'),
    '-j',
    'MASQUERADE',
    config.randomFully ? ['--random-fully'] : [],
  );
  natRules.write('-A', 'KUBE-MARK-MASQ', '-j', 'MARK', '--or-mark', mark);

  if (config.localhostNodePorts) {
    // route_localnet opens a hole (https://issue.k8s.io/90259) that this rule closes.
    filterChains.writeChain('KUBE-FIREWALL');
    filterRules.write(
      '-A',
      'KUBE-FIREWALL',
      '-m',
      'comment',
      '--comment',
      quoted('block incoming localnet connections'),
      '-d',
      '127.0.0.0/8',
      '!',
      '-s',
      '127.0.0.0/8',
      '-m',
      'conntrack',
      '!',
      '--ctstate',
      'RELATED,ESTABLISHED,DNAT',
      '-j',
      'DROP',
    );
  }

  const sorted = [...ports].sort(byServicePort);
  const totalEndpoints = sorted.reduce((n, sp) => n + sp.endpoints.length, 0);
  const probabilities = new Map<number, string>();
  const ctx = {
    config,
    largeClusterMode: totalEndpoints > LARGE_CLUSTER_ENDPOINTS_THRESHOLD,
    probability(n: number) {
      let p = probabilities.get(n);
      if (p === undefined) probabilities.set(n, (p = computeProbability(n)));
      return p;
    },
  };
  for (const sp of sorted) {
    if (sp.clusterIP === '') continue;
    writeServicePortRules(sp, ctx, { filterRules, natChains, natRules });
  }

  // Finally, tail-call to the nodePorts chain: any local address, or one rule per node IP in
  // nodePortAddresses (nodePortAddresses.ts), 127.0.0.1 only while localhost NodePorts are on.
  const tail = ['-A', 'KUBE-SERVICES', '-m', 'comment', '--comment'];
  const nodePortsComment = quoted('kubernetes service nodeports; NOTE: this must be the last rule in this chain');
  const destinations =
    config.nodePortIPs === null
      ? [['-m', 'addrtype', '--dst-type', 'LOCAL', ...(config.localhostNodePorts ? [] : ['!', '-d', '127.0.0.0/8'])]]
      : config.nodePortIPs.filter((ip) => !ip.startsWith('127.') || config.localhostNodePorts).map((ip) => ['-d', ip]);
  for (const d of destinations) natRules.write(tail, nodePortsComment, d, '-j', 'KUBE-NODEPORTS');

  // Drop INVALID packets, which could reset connections unless nf_conntrack_tcp_be_liberal is set
  // (kubernetes/kubernetes#74839, #117924).
  if (!config.conntrackTCPLiberal) {
    filterRules.write(
      '-A',
      'KUBE-FORWARD',
      '-m',
      'conntrack',
      '--ctstate',
      'INVALID',
      config.nfacct ? ['-m', 'nfacct', '--nfacct-name', 'ct_state_invalid_dropped_pkts'] : [],
      '-j',
      'DROP',
    );
  }
  filterRules.write(
    '-A',
    'KUBE-FORWARD',
    '-m',
    'comment',
    '--comment',
    quoted('kubernetes forwarding rules'),
    '-m',
    'mark',
    '--mark',
    `${mark}/${mark}`,
    '-j',
    'ACCEPT',
  );
  filterRules.write(
    '-A',
    'KUBE-FORWARD',
    '-m',
    'comment',
    '--comment',
    quoted('kubernetes forwarding conntrack rule'),
    '-m',
    'conntrack',
    '--ctstate',
    'RELATED,ESTABLISHED',
    '-j',
    'ACCEPT',
  );

  const text = [
    '*filter',
    ...filterChains.lines,
    ...filterRules.lines,
    'COMMIT',
    '*nat',
    ...natChains.lines,
    ...natRules.lines,
    'COMMIT',
    '',
  ].join('\n');
  return {
    text,
    filterChains: filterChains.lines,
    filterRules: filterRules.lines,
    natChains: natChains.lines,
    natRules: natRules.lines,
  };
}

/** nodePortAddresses as the rules need it: null = every local address, else the node IPs inside the CIDRs. */
function nodePortAddressRules(settings: ClusterSettings, nodeIP: string | null): string[] | null {
  const npa = nodePortAddresses(settings, nodeIP);
  return npa.matchAll ? null : nodePortIPs(npa, nodeIP);
}

/** The kube-proxy configuration of a scenario for one node (KubeProxyConfiguration + Node IP). */
export function proxierConfigFor(
  state: ClusterState,
  nodeName: string,
  overrides: Partial<IptablesProxierConfig> = {},
): IptablesProxierConfig {
  const node = state.nodes.find((n) => n.metadata.name === nodeName);
  const nodeIP = (node && nodeIPv4(node)) ?? null;
  return {
    ...defaultProxierConfig(nodeName),
    nodeIP,
    clusterCIDR: state.settings.clusterCIDR?.text ?? null,
    masqueradeAll: state.settings.masqueradeAll,
    localhostNodePorts: localhostNodePorts(state.settings, nodePortAddresses(state.settings, nodeIP)),
    nodePortIPs: nodePortAddressRules(state.settings, nodeIP),
    ...overrides,
  };
}

/** What `iptables-restore` receives from kube-proxy on `nodeName` for this cluster. */
export function iptablesRestoreForNode(
  state: ClusterState,
  nodeName: string,
  overrides: Partial<IptablesProxierConfig> = {},
): RestoreRules {
  return writeRestoreRules(buildNodeProxyModel(state, nodeName), proxierConfigFor(state, nodeName, overrides));
}

function byServicePort(a: ServicePortProxy, b: ServicePortProxy): number {
  return cmp(a.namespace, b.namespace) || cmp(a.name, b.name) || a.portIndex - b.portIndex;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
