// IPVS-mode kube-proxy as `ipvsadm -Ln` would list it on one node: one virtual server per
// ClusterIP:port, externalIP:port, LoadBalancer IP:port and nodeIP:nodePort, real servers =
// the endpoints that traffic policy allows (Masq forwarding, weight 1), ClientIP affinity =
// `persistent <timeoutSeconds>`. Upstream: pkg/proxy/ipvs/proxier.go syncProxyRules / syncService /
// syncEndpoint (docs/kube-proxy.md §2); line formats from ipvsadm.c print_service_entry
// (`"  -> %-28s %-7s %-6d %-10u %-10u"`) and its list header.
import type { ClusterState } from '../../model/clusterState.ts';
import { buildNodeProxyModel, type ProxyEndpoint, type ServicePortProxy } from '../proxyModel.ts';
import { proxierConfigFor } from '../iptables/restoreRules.ts';
import { parseIPv4 } from '../../net/ipv4.ts';

export interface IpvsVirtualServer {
  protocol: 'TCP' | 'UDP' | 'SCTP';
  address: string;
  port: number;
  scheduler: string;
  /** sessionAffinity ClientIP ⇒ FlagPersistent with this timeout. */
  persistentSeconds: number | null;
  realServers: { address: string; port: number }[];
  /** Which Service port it belongs to (for explanations). */
  spn: string;
  kind: 'clusterIP' | 'externalIP' | 'loadBalancer' | 'nodePort';
}

export function ipvsVirtualServers(
  ports: readonly ServicePortProxy[],
  nodeIPs: readonly string[],
  scheduler: string,
): IpvsVirtualServer[] {
  const out: IpvsVirtualServer[] = [];
  for (const sp of ports) {
    if (sp.clusterIP === '') continue;
    const internal = sp.internalPolicyLocal ? sp.localEndpoints : sp.clusterEndpoints;
    const external = sp.externalPolicyLocal ? sp.localEndpoints : sp.clusterEndpoints;
    const vs = (address: string, port: number, kind: IpvsVirtualServer['kind'], eps: readonly ProxyEndpoint[]) =>
      out.push({
        protocol: sp.protocol,
        address,
        port,
        scheduler: scheduler || 'rr',
        persistentSeconds: sp.stickyMaxAgeSeconds,
        spn: sp.spn,
        kind,
        realServers: eps.map((ep) => ({ address: ep.ip, port: ep.port })),
      });
    vs(sp.clusterIP, sp.port, 'clusterIP', internal);
    // IPv4 and canonical already (api/service/serviceIPs.ts), as net.IP is to the IPVS proxier.
    for (const ip of sp.externalIPs) vs(ip, sp.port, 'externalIP', external);
    for (const ip of sp.loadBalancerVIPs) vs(ip, sp.port, 'loadBalancer', external);
    if (sp.nodePort !== 0) for (const ip of nodeIPs) vs(ip, sp.nodePort, 'nodePort', external);
  }
  // ipvsadm lists services ordered by protocol number, address and port.
  const protoNum = { TCP: 6, UDP: 17, SCTP: 132 } as const;
  return out.sort(
    (a, b) =>
      protoNum[a.protocol] - protoNum[b.protocol] ||
      (parseIPv4(a.address) ?? 0) - (parseIPv4(b.address) ?? 0) ||
      a.port - b.port,
  );
}

/** The text of `ipvsadm -Ln`. */
export function formatIpvsadm(servers: readonly IpvsVirtualServer[]): string {
  const lines = [
    'IP Virtual Server version 1.2.1 (size=4096)',
    'Prot LocalAddress:Port Scheduler Flags',
    '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
  ];
  for (const s of servers) {
    lines.push(
      `${s.protocol}  ${s.address}:${s.port} ${s.scheduler}${s.persistentSeconds !== null ? ` persistent ${s.persistentSeconds}` : ''}`,
    );
    const dests = [...s.realServers].sort(
      (a, b) => (parseIPv4(a.address) ?? 0) - (parseIPv4(b.address) ?? 0) || a.port - b.port,
    );
    for (const d of dests) {
      lines.push(
        `  -> ${`${d.address}:${d.port}`.padEnd(28)} ${'Masq'.padEnd(7)} ${'1'.padEnd(6)} ${'0'.padEnd(10)} ${'0'.padEnd(10)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function ipvsadmForNode(state: ClusterState, nodeName: string): string {
  const nodeIP = proxierConfigFor(state, nodeName).nodeIP;
  return formatIpvsadm(
    ipvsVirtualServers(buildNodeProxyModel(state, nodeName), nodeIP ? [nodeIP] : [], state.settings.ipvsScheduler),
  );
}
