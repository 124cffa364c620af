// The kube-proxy settings that change what the iptables proxier writes, with upstream defaults.
// Upstream: pkg/proxy/iptables/proxier.go NewProxier (masqueradeMark = fmt.Sprintf("%#08x", 1 << masqueradeBit)
// — Go pads the DIGITS to 8, so a real node writes 0x00004000, as its log line
// `"Using iptables mark for masquerade" ipFamily="IPv4" mark="0x00004000"` shows; upstream's unit
// tests hard-code "0x4000"), cmd/kube-proxy/app/server_others.go getLocalDetector (ClusterCIDR detector),
// pkg/proxy/apis/config/v1alpha1/defaults.go (masqueradeBit 14, localhostNodePorts true).

export interface IptablesProxierConfig {
  /** --hostname-override / the Node this kube-proxy runs on. */
  nodeName: string;
  /** The node's primary IPv4 (KUBE-FW allows the LB IP as a source when a range contains it). */
  nodeIP: string | null;
  /** --cluster-cidr: the ClusterCIDR local-traffic detector; null = no detector (NoOpLocalDetector). */
  clusterCIDR: string | null;
  /** --masquerade-all */
  masqueradeAll: boolean;
  /** --iptables-localhost-nodeports (default true): KUBE-FIREWALL rule, 127.0.0.0/8 NodePorts. */
  localhostNodePorts: boolean;
  /** --nodeport-addresses: null = every local address; else the node IPs that take NodePorts. */
  nodePortIPs: string[] | null;
  /**
   * nfacct counters present (kube-proxy ≥ v1.29 on a kernel with nfnetlink_acct): adds
   * `-m nfacct --nfacct-name …` to the INVALID-drop rule and the localhost NodePort rules.
   * false reproduces v1.28 output.
   */
  nfacct: boolean;
  /** iptables supports `--random-fully` (iptables ≥ 1.6.2); upstream's FakeIPTables says no. */
  randomFully: boolean;
  /** nf_conntrack_tcp_be_liberal is set: no INVALID drop rule. */
  conntrackTCPLiberal: boolean;
  /** 1 << masqueradeBit (default bit 14). */
  masqueradeMark: string;
}

/** Go's `%#08x` of 1 << bit, as NewProxier formats the mark (default bit 14 → 0x00004000). */
export function masqueradeMarkForBit(bit: number): string {
  return `0x${((1 << bit) >>> 0).toString(16).padStart(8, '0')}`;
}

export const DEFAULT_MASQUERADE_MARK = masqueradeMarkForBit(14);

/** The settings of upstream's NewFakeProxier (proxier_test.go), for reproducing its expected output. */
export function upstreamTestProxierConfig(overrides: Partial<IptablesProxierConfig> = {}): IptablesProxierConfig {
  return {
    nodeName: 'test-node',
    nodeIP: '192.168.0.2',
    clusterCIDR: '10.0.0.0/8',
    masqueradeAll: false,
    localhostNodePorts: true,
    nodePortIPs: null,
    nfacct: true,
    randomFully: false,
    conntrackTCPLiberal: false,
    masqueradeMark: '0x4000',
    ...overrides,
  };
}

export function defaultProxierConfig(nodeName: string): IptablesProxierConfig {
  return {
    nodeName,
    nodeIP: null,
    clusterCIDR: null,
    masqueradeAll: false,
    localhostNodePorts: true,
    nodePortIPs: null,
    nfacct: true,
    randomFully: true,
    conntrackTCPLiberal: false,
    masqueradeMark: DEFAULT_MASQUERADE_MARK,
  };
}
