// The fixed part of kube-proxy's nftables table (`setupNFTables`), in the `nft -f` transaction
// form knftables writes. Verbatim from upstream pkg/proxy/nftables/proxier_test.go baseRules
// (the version with cluster-ips-check and nodeport-ips), parameterised by the node's NodePort IPs,
// the Service CIDRs and the masquerade mark. Without --nodeport-addresses ("match all", the
// default) setupNFTables deletes the nodeport-ips set and matches NodePorts on any local address
// but localhost (`fib daddr type local ip daddr != 127.0.0.0/8`), as pkg/proxy/nftables/proxier.go
// does in its MatchAll() branches.

export interface NftBaseParams {
  serviceCIDRs: readonly string[];
  /** null: no --nodeport-addresses (every local address but 127.0.0.0/8); else the node IPs in the CIDRs, loopback left out. */
  nodePortIPs: readonly string[] | null;
  masqueradeMark: string;
}

/** knftables.Concat of setupNFTables' noLocalhost for IPv4. */
const NO_LOCALHOST = 'ip daddr != 127.0.0.0/8';

export function nftBaseRules(p: NftBaseParams): string[] {
  const t = 'ip kube-proxy';
  const mark = p.masqueradeMark;
  const matchAll = p.nodePortIPs === null;
  const nodePortDst = matchAll ? NO_LOCALHOST : 'ip daddr @nodeport-ips';
  const lines = [
    `add table ${t} { comment "rules for kube-proxy" ; }`,
    '',
    `add set ${t} cluster-ips { type ipv4_addr ; comment "Active ClusterIPs" ; }`,
    ...(matchAll
      ? []
      : [`add set ${t} nodeport-ips { type ipv4_addr ; comment "IPs that accept NodePort traffic" ; }`]),
    '',
    `add map ${t} firewall-ips { type ipv4_addr . inet_proto . inet_service : verdict ; comment "destinations that are subject to LoadBalancerSourceRanges" ; }`,
    `add map ${t} no-endpoint-nodeports { type inet_proto . inet_service : verdict ; comment "vmap to drop or reject packets to service nodeports with no endpoints" ; }`,
    `add map ${t} no-endpoint-services { type ipv4_addr . inet_proto . inet_service : verdict ; comment "vmap to drop or reject packets to services with no endpoints" ; }`,
    `add map ${t} service-ips { type ipv4_addr . inet_proto . inet_service : verdict ; comment "ClusterIP, ExternalIP and LoadBalancer IP traffic" ; }`,
    `add map ${t} service-nodeports { type inet_proto . inet_service : verdict ; comment "NodePort traffic" ; }`,
    '',
    `add chain ${t} cluster-ips-check`,
    `add chain ${t} filter-prerouting-pre-dnat { type filter hook prerouting priority -110 ; }`,
    `add chain ${t} filter-output-pre-dnat { type filter hook output priority -110 ; }`,
    `add chain ${t} filter-forward { type filter hook forward priority 0 ; }`,
    `add chain ${t} filter-input { type filter hook input priority 0 ; }`,
    `add chain ${t} filter-output { type filter hook output priority 0 ; }`,
    `add chain ${t} firewall-check`,
    `add chain ${t} mark-for-masquerade`,
    `add chain ${t} masquerading`,
    `add chain ${t} nat-output { type nat hook output priority -100 ; }`,
    `add chain ${t} nat-postrouting { type nat hook postrouting priority 100 ; }`,
    `add chain ${t} nat-prerouting { type nat hook prerouting priority -100 ; }`,
    `add chain ${t} nodeport-endpoints-check`,
    `add chain ${t} reject-chain { comment "helper for @no-endpoint-services / @no-endpoint-nodeports" ; }`,
    `add chain ${t} services`,
    `add chain ${t} service-endpoints-check`,
    '',
    `add rule ${t} cluster-ips-check ip daddr @cluster-ips reject comment "Reject traffic to invalid ports of ClusterIPs"`,
    `add rule ${t} cluster-ips-check ip daddr { ${p.serviceCIDRs.join(', ')} } drop comment "Drop traffic to unallocated ClusterIPs"`,
    `add rule ${t} filter-prerouting-pre-dnat ct state new jump firewall-check`,
    `add rule ${t} filter-forward ct state new jump service-endpoints-check`,
    `add rule ${t} filter-forward ct state new jump cluster-ips-check`,
    `add rule ${t} filter-input ct state new jump nodeport-endpoints-check`,
    `add rule ${t} filter-input ct state new jump service-endpoints-check`,
    `add rule ${t} filter-output ct state new jump service-endpoints-check`,
    `add rule ${t} filter-output-pre-dnat ct state new jump firewall-check`,
    `add rule ${t} filter-output ct state new jump cluster-ips-check`,
    `add rule ${t} firewall-check ip daddr . meta l4proto . th dport vmap @firewall-ips`,
    `add rule ${t} mark-for-masquerade mark set mark or ${mark}`,
    `add rule ${t} masquerading mark and ${mark} == 0 return`,
    `add rule ${t} masquerading mark set mark xor ${mark}`,
    `add rule ${t} masquerading masquerade fully-random`,
    `add rule ${t} nat-output jump services`,
    `add rule ${t} nat-postrouting jump masquerading`,
    `add rule ${t} nat-prerouting jump services`,
    `add rule ${t} nodeport-endpoints-check ${nodePortDst} meta l4proto . th dport vmap @no-endpoint-nodeports`,
    `add rule ${t} reject-chain reject`,
    `add rule ${t} services ip daddr . meta l4proto . th dport vmap @service-ips`,
    `add rule ${t} services ${matchAll ? `fib daddr type local ${NO_LOCALHOST}` : nodePortDst} meta l4proto . th dport vmap @service-nodeports`,
    '',
  ];
  for (const ip of p.nodePortIPs ?? []) lines.push(`add element ${t} nodeport-ips { ${ip} }`);
  lines.push(`add rule ${t} service-endpoints-check ip daddr . meta l4proto . th dport vmap @no-endpoint-services`);
  return lines;
}
