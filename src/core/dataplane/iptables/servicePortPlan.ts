// What syncProxyRules works out for one service port before it writes a rule
// (pkg/proxy/iptables/proxier.go, the head of the `for svcName, svc := range proxier.svcPortMap`
// loop): its chain names, which chain internal and external traffic enter, and the filter verdict
// (REJECT / DROP and its comment) when it has no endpoints for that traffic. The rule writers
// (serviceCaptureRules.ts, serviceTrafficChains.ts, serviceEndpointRules.ts) read this one plan.
import type { ServicePortProxy } from '../proxyModel.ts';
import { serviceChains, type ServiceChains } from './chainNames.ts';
import { quoted, type LineBuffer } from './lineBuffer.ts';
import type { IptablesProxierConfig } from './proxierConfig.ts';
import { parseCidr, type Cidr } from '../../net/ipv4.ts';

export interface RuleBuffers {
  filterRules: LineBuffer;
  natChains: LineBuffer;
  natRules: LineBuffer;
}

export interface ServicePortContext {
  config: IptablesProxierConfig;
  /** computeProbability with the proxier's precomputed cache. */
  probability: (n: number) => string;
  /** largeClusterMode: more than 1000 endpoints in total ⇒ no comments on SEP and SVC→SEP rules. */
  largeClusterMode: boolean;
}

export interface ServicePortPlan {
  spn: string;
  chains: ServiceChains;
  port: string;
  /** `-m tcp -p tcp` (the protocol, lower-cased). */
  proto: string[];
  /** The local detector's pod CIDR (--cluster-cidr), canonical; null: none. */
  detector: string | null;
  externalIPs: string[];
  lbVIPs: string[];
  sourceRanges: Cidr[];
  hasEndpoints: boolean;
  clusterPolicyChain: string;
  localPolicyChain: string;
  internalTrafficChain: string;
  externalPolicyChain: string;
  externalTrafficChain: string;
  usesFWChain: boolean;
  loadBalancerTrafficChain: string;
  internalFilterTarget: string;
  internalFilterComment: string;
  externalFilterTarget: string;
  externalFilterComment: string;
}

export function planServicePort(sp: ServicePortProxy, config: IptablesProxierConfig): ServicePortPlan {
  const protocol = sp.protocol.toLowerCase();
  const spn = sp.spn;
  const chains = serviceChains(spn, sp.protocol);
  const port = String(sp.port);
  const detector = config.clusterCIDR ? (parseCidr(config.clusterCIDR)?.text ?? null) : null;
  // The IPv4 proxier only sees IPv4 addresses, canonical (serviceport.go filters by IP family;
  // api/service/serviceIPs.ts, which the view's fields come from).
  const externalIPs = sp.externalIPs;
  const lbVIPs = sp.loadBalancerVIPs;
  // LoadBalancerSourceRanges are parsed CIDRs: trimmed, canonical, other-family/invalid dropped.
  const sourceRanges = sp.loadBalancerSourceRanges.map((r) => parseCidr(r.trim())).filter((c) => c !== null);

  const hasEndpoints = sp.hasAnyEndpoints;
  const clusterPolicyChain = chains.svc;
  const localPolicyChain = chains.svl;
  const internalTrafficChain = sp.internalPolicyChain === 'SVL' ? localPolicyChain : clusterPolicyChain;
  const externalPolicyChain = sp.externalPolicyChain === 'SVL' ? localPolicyChain : clusterPolicyChain;
  const externalTrafficChain = chains.ext;
  const usesFWChain = hasEndpoints && lbVIPs.length > 0 && sourceRanges.length > 0;
  const loadBalancerTrafficChain = usesFWChain ? chains.fw : externalTrafficChain;

  let internalFilterTarget = '';
  let internalFilterComment = '';
  let externalFilterTarget = '';
  let externalFilterComment = '';
  if (!hasEndpoints) {
    internalFilterTarget = externalFilterTarget = 'REJECT';
    internalFilterComment = externalFilterComment = quoted(`${spn} has no endpoints`);
  } else {
    if (!sp.hasInternalEndpoints) {
      internalFilterTarget = 'DROP';
      internalFilterComment = quoted(`${spn} has no local endpoints`);
    }
    if (!sp.hasExternalEndpoints) {
      externalFilterTarget = 'DROP';
      externalFilterComment = quoted(`${spn} has no local endpoints`);
    }
  }
  const proto = ['-m', protocol, '-p', protocol];

  return {
    spn,
    chains,
    port,
    proto,
    detector,
    externalIPs,
    lbVIPs,
    sourceRanges,
    hasEndpoints,
    clusterPolicyChain,
    localPolicyChain,
    internalTrafficChain,
    externalPolicyChain,
    externalTrafficChain,
    usesFWChain,
    loadBalancerTrafficChain,
    internalFilterTarget,
    internalFilterComment,
    externalFilterTarget,
    externalFilterComment,
  };
}
