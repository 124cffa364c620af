// The chains a service port's traffic passes before the endpoint pick, as syncProxyRules writes
// them (pkg/proxy/iptables/proxier.go): the masquerade rule at the head of the internal policy
// chain (KUBE-SVC / KUBE-SVL), KUBE-EXT for every external destination (masquerade, or with
// externalTrafficPolicy Local the pod and LOCAL short-circuits), and KUBE-FW for
// loadBalancerSourceRanges.
import type { ServicePortProxy } from '../proxyModel.ts';
import { quoted } from './lineBuffer.ts';
import type { IptablesProxierConfig } from './proxierConfig.ts';
import type { RuleBuffers, ServicePortPlan } from './servicePortPlan.ts';
import { cidrContains } from '../../net/ipv4.ts';

export function writeTrafficChains(
  sp: ServicePortProxy,
  plan: ServicePortPlan,
  config: IptablesProxierConfig,
  out: RuleBuffers,
): void {
  const { natChains, natRules } = out;
  const {
    spn,
    chains,
    port,
    proto,
    detector,
    lbVIPs,
    sourceRanges,
    clusterPolicyChain,
    internalTrafficChain,
    externalPolicyChain,
    externalTrafficChain,
    usesFWChain,
  } = plan;

  // Internal traffic: masquerade off-cluster sources (or everything with --masquerade-all).
  if (sp.hasInternalEndpoints) {
    const args = [
      '-m',
      'comment',
      '--comment',
      quoted(`${spn} cluster IP`),
      ...proto,
      '-d',
      sp.clusterIP,
      '--dport',
      port,
    ];
    if (config.masqueradeAll) natRules.write('-A', internalTrafficChain, args, '-j', 'KUBE-MARK-MASQ');
    else if (detector) natRules.write('-A', internalTrafficChain, args, '!', '-s', detector, '-j', 'KUBE-MARK-MASQ');
  }

  // External traffic: every external destination enters KUBE-EXT first.
  if (sp.usesExternalTrafficChain) {
    natChains.writeChain(externalTrafficChain);
    if (!sp.externalPolicyLocal) {
      natRules.write(
        '-A',
        externalTrafficChain,
        '-m',
        'comment',
        '--comment',
        quoted(`masquerade traffic for ${spn} external destinations`),
        '-j',
        'KUBE-MARK-MASQ',
      );
    } else {
      // Pod traffic to an external destination short-circuits to all endpoints, unmasqueraded.
      if (detector) {
        natRules.write(
          '-A',
          externalTrafficChain,
          '-m',
          'comment',
          '--comment',
          quoted(`pod traffic for ${spn} external destinations`),
          '-s',
          detector,
          '-j',
          clusterPolicyChain,
        );
      }
      natRules.write(
        '-A',
        externalTrafficChain,
        '-m',
        'comment',
        '--comment',
        quoted(`masquerade LOCAL traffic for ${spn} external destinations`),
        '-m',
        'addrtype',
        '--src-type',
        'LOCAL',
        '-j',
        'KUBE-MARK-MASQ',
      );
      natRules.write(
        '-A',
        externalTrafficChain,
        '-m',
        'comment',
        '--comment',
        quoted(`route LOCAL traffic for ${spn} external destinations`),
        '-m',
        'addrtype',
        '--src-type',
        'LOCAL',
        '-j',
        clusterPolicyChain,
      );
    }
    if (sp.hasExternalEndpoints) natRules.write('-A', externalTrafficChain, '-j', externalPolicyChain);
  }

  // Firewall chain for loadBalancerSourceRanges.
  if (usesFWChain) {
    natChains.writeChain(chains.fw);
    const args = ['-A', chains.fw, '-m', 'comment', '--comment', quoted(`${spn} loadbalancer IP`)];
    let allowFromNode = false;
    for (const cidr of sourceRanges) {
      natRules.write(args, '-s', cidr.text, '-j', externalTrafficChain);
      if (config.nodeIP !== null && cidrContains(cidr, config.nodeIP)) allowFromNode = true;
    }
    // A node reaching its own VIP-style LB loops back with the LB IP as source.
    if (allowFromNode) {
      for (const ip of lbVIPs) natRules.write(args, '-s', ip, '-j', externalTrafficChain);
    }
    natRules.write(
      '-A',
      chains.fw,
      '-m',
      'comment',
      '--comment',
      quoted(`other traffic to ${spn} will be dropped by KUBE-PROXY-FIREWALL`),
    );
  }
}
