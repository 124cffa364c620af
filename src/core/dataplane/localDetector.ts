// kube-proxy's local traffic detector in ClusterCIDR mode (pkg/proxy/util/localdetector.go,
// NewDetectLocalByCIDR): a packet whose source is inside --cluster-cidr comes from a pod.
import type { Cidr } from '../net/ipv4.ts';
import { cidrContains } from '../net/ipv4.ts';

/** Whether a packet from `src` (its source address as an IPv4 number; null: not IPv4) is pod traffic; false when no cluster CIDR is set (the detector is not implemented). */
export function isFromLocalPod(clusterCIDR: Cidr | null, src: number | null): boolean {
  return clusterCIDR !== null && src !== null && cidrContains(clusterCIDR, src);
}
