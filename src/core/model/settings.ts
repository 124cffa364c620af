// Cluster-wide settings: what a real cluster keeps in component flags. Read from the playground
// kind `Cluster` (playground.ksp.dev/v1alpha1) and from KubeProxyConfiguration.
import { parseCidr, type Cidr } from '../net/ipv4.ts';

export type ProxyMode = 'iptables' | 'ipvs' | 'nftables';

export interface ClusterSettings {
  /** kube-apiserver --service-cluster-ip-range (kubeadm default 10.96.0.0/12). */
  serviceCIDR: Cidr;
  /** kube-apiserver --service-node-port-range (default 30000-32767). */
  nodePortRange: { base: number; size: number; text: string };
  /** kubelet --cluster-domain. */
  clusterDomain: string;
  /** kube-proxy --cluster-cidr (pods); the local-traffic detector for masquerading. Empty = none. */
  clusterCIDR: Cidr | null;
  proxyMode: ProxyMode;
  masqueradeAll: boolean;
  /** kube-proxy --ipvs-scheduler (rr by default). */
  ipvsScheduler: string;
  /** kube-proxy --iptables-localhost-nodeports (iptables.localhostNodePorts, default true). */
  localhostNodePorts: boolean;
  /** kube-proxy --nodeport-addresses: CIDRs, or ["primary"]; empty = every local address. */
  nodePortAddresses: string[];
}

export const DEFAULT_SERVICE_CIDR = '10.96.0.0/12';
export const DEFAULT_NODE_PORT_RANGE = '30000-32767';
export const DEFAULT_CLUSTER_DOMAIN = 'cluster.local';
export const DEFAULT_CLUSTER_CIDR = '10.244.0.0/16';

export function parsePortRange(s: string): { base: number; size: number; text: string } | null {
  const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(s) ?? /^\s*(\d+)\s*\+\s*(\d+)\s*$/.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = s.includes('+') ? a + Number(m[2]) - 1 : Number(m[2]);
  if (a < 1 || b > 65535 || b < a) return null;
  return { base: a, size: b - a + 1, text: `${a}-${b}` };
}

export function defaultSettings(): ClusterSettings {
  return {
    serviceCIDR: parseCidr(DEFAULT_SERVICE_CIDR)!,
    nodePortRange: parsePortRange(DEFAULT_NODE_PORT_RANGE)!,
    clusterDomain: DEFAULT_CLUSTER_DOMAIN,
    clusterCIDR: parseCidr(DEFAULT_CLUSTER_CIDR)!,
    proxyMode: 'iptables',
    masqueradeAll: false,
    ipvsScheduler: 'rr',
    localhostNodePorts: true,
    nodePortAddresses: [],
  };
}
