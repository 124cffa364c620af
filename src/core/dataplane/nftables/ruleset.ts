// What kube-proxy in nftables mode writes on one node, as the `nft -f` transaction knftables
// sends (table `ip kube-proxy`). Per-service logic mirrors pkg/proxy/nftables/proxier.go
// syncProxyRules and writeServiceToEndpointRules; output lines match upstream proxier_test.go
// TestOverallNFTablesRules. docs/kube-proxy.md §3.
import type { ClusterState } from '../../model/clusterState.ts';
import { buildNodeProxyModel, type ProxyEndpoint, type ServicePortProxy } from '../proxyModel.ts';
import { joinHostPort } from '../../model/hostPort.ts';
import { proxierConfigFor } from '../iptables/restoreRules.ts';
import type { IptablesProxierConfig } from '../iptables/proxierConfig.ts';
import { cidrContains, parseCidr } from '../../net/ipv4.ts';
import { nftBaseRules } from './baseRules.ts';
import { servicePortChainNameBase, servicePortEndpointChainNameBase } from './chainNames.ts';

export interface NftProxierConfig {
  nodeIP: string | null;
  clusterCIDR: string | null;
  masqueradeAll: boolean;
  masqueradeMark: string;
  serviceCIDRs: string[];
  /**
   * --nodeport-addresses: null = none (every local address but localhost takes NodePorts); else
   * the node IPs inside the CIDRs (nodePortAddresses.ts), without loopback: "localhost NodePorts
   * are not supported" (setupNFTables).
   */
  nodePortIPs: string[] | null;
}

const T = 'ip kube-proxy';

export function writeNftRuleset(ports: readonly ServicePortProxy[], config: NftProxierConfig): string {
  const out = nftBaseRules(config);
  const clusterIPs = new Set<string>();
  const sorted = [...ports]
    .filter((sp) => sp.clusterIP !== '')
    .sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name) || a.portIndex - b.portIndex);
  for (const sp of sorted) {
    out.push('', `# ${sp.spn}`);
    writeServicePort(sp, config, out, clusterIPs);
  }
  return `${out.join('\n')}\n`;
}

function writeServicePort(
  sp: ServicePortProxy,
  config: NftProxierConfig,
  out: string[],
  clusterIPs: Set<string>,
): void {
  const protocol = sp.protocol.toLowerCase();
  const base = servicePortChainNameBase(sp.namespace, sp.name, sp.protocol, sp.portName);
  const chains = {
    service: `service-${base}`,
    local: `local-${base}`,
    external: `external-${base}`,
    firewall: `firewall-${base}`,
  };
  const epBase = (ep: ProxyEndpoint) =>
    servicePortEndpointChainNameBase(sp.namespace, sp.name, sp.protocol, sp.portName, ep.ip, ep.port);
  const detector = config.clusterCIDR ? (parseCidr(config.clusterCIDR)?.text ?? null) : null;
  // IPv4 and canonical already (api/service/serviceIPs.ts): `010.1.2.3` is written 10.1.2.3.
  const externalIPs = sp.externalIPs;
  const lbVIPs = sp.loadBalancerVIPs;
  const sourceRanges = sp.loadBalancerSourceRanges.map((r) => parseCidr(r.trim())).filter((c) => c !== null);
  const hasEndpoints = sp.hasAnyEndpoints;
  const internalTrafficChain = sp.internalPolicyChain === 'SVL' ? chains.local : chains.service;
  const externalPolicyChain = sp.externalPolicyChain === 'SVL' ? chains.local : chains.service;
  const affinity = sp.stickyMaxAgeSeconds !== null;
  // The nftables proxier creates the firewall chain whether or not there are endpoints.
  const usesFWChain = lbVIPs.length > 0 && sourceRanges.length > 0;

  let internalVerdict = '';
  let externalVerdict = '';
  if (!hasEndpoints) internalVerdict = externalVerdict = 'goto reject-chain';
  else {
    if (!sp.hasInternalEndpoints) internalVerdict = 'drop';
    if (!sp.hasExternalEndpoints) externalVerdict = 'drop';
  }

  const chain = (name: string) => out.push(`add chain ${T} ${name}`);
  const rule = (name: string, text: string, comment?: string) =>
    out.push(`add rule ${T} ${name} ${text}${comment ? ` comment "${comment}"` : ''}`);
  const element = (set: string, key: string, value?: string, comment?: string) =>
    out.push(
      `add element ${T} ${set} { ${key}${comment ? ` comment "${comment}"` : ''}${value ? ` : ${value}` : ''} }`,
    );

  // Affinity sets: one per reachable endpoint, timeout = stickyMaxAgeSeconds.
  if (affinity) {
    for (const ep of sp.allReachableEndpoints) {
      out.push(
        `add set ${T} affinity-${epBase(ep)} { type ipv4_addr ; flags dynamic,timeout ; timeout ${sp.stickyMaxAgeSeconds}s ; }`,
      );
    }
  }

  const policyChains: [string, readonly ProxyEndpoint[]][] = [];
  if (sp.usesClusterPolicyChain) policyChains.push([chains.service, sp.clusterEndpoints]);
  if (sp.usesLocalPolicyChain) policyChains.push([chains.local, sp.localEndpoints]);
  for (const [name, eps] of policyChains) {
    chain(name);
    if (name === internalTrafficChain && sp.hasInternalEndpoints) {
      if (config.masqueradeAll) rule(name, `ip daddr ${sp.clusterIP} jump mark-for-masquerade`);
      else if (detector) rule(name, `ip daddr ${sp.clusterIP} ip saddr != ${detector} jump mark-for-masquerade`);
    }
    if (affinity) for (const ep of eps) rule(name, `ip saddr @affinity-${epBase(ep)} goto endpoint-${epBase(ep)}`);
    const vmap = eps.map((ep, i) => `${i} : goto endpoint-${epBase(ep)}`).join(' , ');
    rule(name, `numgen random mod ${eps.length} vmap { ${vmap} }`);
  }

  if (sp.usesExternalTrafficChain) {
    chain(chains.external);
    if (!sp.externalPolicyLocal) rule(chains.external, 'jump mark-for-masquerade');
    else {
      if (detector) rule(chains.external, `ip saddr ${detector} goto ${chains.service}`, 'short-circuit pod traffic');
      rule(chains.external, 'fib saddr type local jump mark-for-masquerade', 'masquerade local traffic');
      rule(chains.external, `fib saddr type local goto ${chains.service}`, 'short-circuit local traffic');
    }
    if (sp.hasExternalEndpoints) rule(chains.external, `goto ${externalPolicyChain}`);
  }

  for (const ep of sp.allReachableEndpoints) {
    const name = `endpoint-${epBase(ep)}`;
    chain(name);
    rule(name, `ip saddr ${ep.ip} jump mark-for-masquerade`);
    if (affinity) rule(name, `update @affinity-${epBase(ep)} { ip saddr }`);
    rule(name, `meta l4proto ${protocol} dnat to ${joinHostPort(ep.ip, ep.port)}`);
  }

  if (usesFWChain) {
    chain(chains.firewall);
    const sources = sourceRanges.map((c) => c.text);
    if (config.nodeIP !== null && sourceRanges.some((c) => cidrContains(c, config.nodeIP!))) sources.push(...lbVIPs);
    rule(chains.firewall, `ip saddr != { ${sources.join(' , ')} } drop`);
  }

  const port = `${protocol} . ${sp.port}`;
  if (!clusterIPs.has(sp.clusterIP)) {
    clusterIPs.add(sp.clusterIP);
    element('cluster-ips', sp.clusterIP);
  }
  if (sp.hasInternalEndpoints) element('service-ips', `${sp.clusterIP} . ${port}`, `goto ${internalTrafficChain}`);
  else element('no-endpoint-services', `${sp.clusterIP} . ${port}`, internalVerdict, sp.spn);
  for (const ip of externalIPs) {
    if (hasEndpoints) element('service-ips', `${ip} . ${port}`, `goto ${chains.external}`);
    if (!sp.hasExternalEndpoints) element('no-endpoint-services', `${ip} . ${port}`, externalVerdict, sp.spn);
  }
  for (const ip of lbVIPs) {
    if (hasEndpoints) element('service-ips', `${ip} . ${port}`, `goto ${chains.external}`);
    if (usesFWChain) element('firewall-ips', `${ip} . ${port}`, `goto ${chains.firewall}`);
  }
  if (!sp.hasExternalEndpoints)
    for (const ip of lbVIPs) element('no-endpoint-services', `${ip} . ${port}`, externalVerdict, sp.spn);
  if (sp.nodePort !== 0) {
    if (hasEndpoints) element('service-nodeports', `${protocol} . ${sp.nodePort}`, `goto ${chains.external}`);
    if (!sp.hasExternalEndpoints)
      element('no-endpoint-nodeports', `${protocol} . ${sp.nodePort}`, externalVerdict, sp.spn);
  }
}

/** The nftables proxier configuration of a scenario for one node. */
export function nftConfigFor(
  state: ClusterState,
  nodeName: string,
  overrides: Partial<NftProxierConfig> = {},
): NftProxierConfig {
  const ipt: IptablesProxierConfig = proxierConfigFor(state, nodeName);
  return {
    nodeIP: ipt.nodeIP,
    clusterCIDR: ipt.clusterCIDR,
    masqueradeAll: ipt.masqueradeAll,
    masqueradeMark: ipt.masqueradeMark,
    serviceCIDRs: [state.settings.serviceCIDR.text],
    nodePortIPs: ipt.nodePortIPs === null ? null : ipt.nodePortIPs.filter((ip) => !ip.startsWith('127.')),
    ...overrides,
  };
}

export function nftRulesetForNode(
  state: ClusterState,
  nodeName: string,
  overrides: Partial<NftProxierConfig> = {},
): string {
  return writeNftRuleset(buildNodeProxyModel(state, nodeName), nftConfigFor(state, nodeName, overrides));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
