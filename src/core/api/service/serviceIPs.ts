// A Service's addresses as kube-proxy reads them: the one place the dataplane turns the stored text
// of spec.clusterIP, spec.externalIPs and status.loadBalancer.ingress[].ip into the address its
// rules match. The API server stores the text as written (a sloppy form such as `010.96.0.12` or
// `::ffff:10.96.0.20` only draws a warning, docs/api-server.md §3.1), and kube-proxy parses it:
// kubernetes v1.34.2 pkg/proxy/serviceport.go newBaseServiceInfo reads the cluster IP
// (proxyutil.GetClusterIPByFamily) and each load-balancer ingress IP with netutils.ParseIPSloppy,
// and the externalIPs through proxyutil.MapIPsByIPFamily (pkg/proxy/util/utils.go), ParseIPSloppy
// too; each is kept only when its family (GetIPFamilyFromIP: IPv4 when To4() != nil, so an
// IPv4-mapped address counts as IPv4) is the proxier's; the proxiers print it with net.IP.String()
// (`-d 10.96.0.12/32`), which gives the dotted IPv4 of a mapped address. The simulated kube-proxy
// is the IPv4 proxier of a single-stack cluster, so an IPv6 address is not its to match.
import type { AdmittedService } from '../../model/admitted.ts';
import { sloppyIPv4CidrString, sloppyIPv4String } from '../validation/ip.ts';

/** The IPv4 proxier's reading of one address text: net.IP.String() of ParseIPSloppy's IPv4, else null. */
export function proxyIPv4(text: string): string | null {
  const ip = sloppyIPv4String(text);
  // The stored text itself when it is already canonical (most are): one string per address.
  return ip === text ? text : ip;
}

/** The cluster IP the IPv4 proxier writes rules for; null when it has none (headless, IPv6, unset). */
export function proxyClusterIP(svc: AdmittedService): string | null {
  const ip = svc.spec.clusterIP;
  return ip === undefined || ip === '' || ip === 'None' ? null : proxyIPv4(ip);
}

/** MapIPsByIPFamily(spec.externalIPs)[IPv4], as canonical text. */
export function proxyExternalIPs(svc: AdmittedService): string[] {
  const out: string[] = [];
  for (const text of svc.spec.externalIPs ?? []) {
    const ip = proxyIPv4(text);
    if (ip !== null) out.push(ip);
  }
  return out;
}

/**
 * The IPv4 status.loadBalancer.ingress[].ip addresses, canonical; with `vipOnly` only those whose
 * ipMode is unset or VIP (proxyutil.IsVIPMode), which kube-proxy writes rules for.
 */
export function proxyLoadBalancerIPs(svc: AdmittedService, vipOnly: boolean): string[] {
  const out: string[] = [];
  for (const ing of svc.status?.loadBalancer?.ingress ?? []) {
    if (!ing.ip || (vipOnly && ing.ipMode !== undefined && ing.ipMode !== 'VIP')) continue;
    const ip = proxyIPv4(ing.ip);
    if (ip !== null) out.push(ip);
  }
  return out;
}

/**
 * MapCIDRsByIPFamily(spec.loadBalancerSourceRanges)[IPv4] (pkg/proxy/util/utils.go): each range
 * trimmed, read with ParseCIDRSloppy and kept for the IPv4 proxier, as IPNet.String() prints it
 * (`010.0.0.0/8` is `10.0.0.0/8`). An IPv6 range is not the IPv4 proxier's: with only such ranges it
 * has none, and writes no firewall chain.
 */
export function proxySourceRanges(svc: AdmittedService): string[] {
  const out: string[] = [];
  for (const text of svc.spec.loadBalancerSourceRanges ?? []) {
    const cidr = sloppyIPv4CidrString(text.trim());
    if (cidr !== null) out.push(cidr);
  }
  return out;
}
