// The rules that catch a service port's traffic where it enters the node, in the order
// syncProxyRules writes them (pkg/proxy/iptables/proxier.go): the clusterIP, externalIPs and
// load-balancer IPs in KUBE-SERVICES, the nodePort in KUBE-NODEPORTS, the healthCheckNodePort's
// ACCEPT, and the filter table's REJECT / DROP (KUBE-SERVICES, KUBE-EXTERNAL-SERVICES,
// KUBE-PROXY-FIREWALL) when the traffic has no endpoints to go to or a source range refuses it.
import type { ServicePortProxy } from '../proxyModel.ts';
import { quoted } from './lineBuffer.ts';
import type { IptablesProxierConfig } from './proxierConfig.ts';
import type { RuleBuffers, ServicePortPlan } from './servicePortPlan.ts';

export function writeCaptureRules(
  sp: ServicePortProxy,
  plan: ServicePortPlan,
  config: IptablesProxierConfig,
  out: RuleBuffers,
): void {
  const { filterRules, natRules } = out;
  const {
    spn,
    chains,
    port,
    proto,
    externalIPs,
    lbVIPs,
    hasEndpoints,
    internalTrafficChain,
    externalTrafficChain,
    usesFWChain,
    loadBalancerTrafficChain,
    internalFilterTarget,
    internalFilterComment,
    externalFilterTarget,
    externalFilterComment,
  } = plan;

  // Capture the clusterIP.
  if (sp.hasInternalEndpoints) {
    natRules.write(
      '-A',
      'KUBE-SERVICES',
      '-m',
      'comment',
      '--comment',
      quoted(`${spn} cluster IP`),
      proto,
      '-d',
      sp.clusterIP,
      '--dport',
      port,
      '-j',
      internalTrafficChain,
    );
  } else {
    filterRules.write(
      '-A',
      'KUBE-SERVICES',
      '-m',
      'comment',
      '--comment',
      internalFilterComment,
      proto,
      '-d',
      sp.clusterIP,
      '--dport',
      port,
      '-j',
      internalFilterTarget,
    );
  }

  // Capture externalIPs.
  for (const ip of externalIPs) {
    if (hasEndpoints) {
      natRules.write(
        '-A',
        'KUBE-SERVICES',
        '-m',
        'comment',
        '--comment',
        quoted(`${spn} external IP`),
        proto,
        '-d',
        ip,
        '--dport',
        port,
        '-j',
        externalTrafficChain,
      );
    }
    if (!sp.hasExternalEndpoints) {
      filterRules.write(
        '-A',
        'KUBE-EXTERNAL-SERVICES',
        '-m',
        'comment',
        '--comment',
        externalFilterComment,
        proto,
        '-d',
        ip,
        '--dport',
        port,
        '-j',
        externalFilterTarget,
      );
    }
  }

  // Capture load-balancer ingress.
  for (const ip of lbVIPs) {
    if (hasEndpoints) {
      natRules.write(
        '-A',
        'KUBE-SERVICES',
        '-m',
        'comment',
        '--comment',
        quoted(`${spn} loadbalancer IP`),
        proto,
        '-d',
        ip,
        '--dport',
        port,
        '-j',
        loadBalancerTrafficChain,
      );
    }
    if (usesFWChain) {
      filterRules.write(
        '-A',
        'KUBE-PROXY-FIREWALL',
        '-m',
        'comment',
        '--comment',
        quoted(`${spn} traffic not accepted by ${chains.fw}`),
        proto,
        '-d',
        ip,
        '--dport',
        port,
        '-j',
        'DROP',
      );
    }
  }
  if (!sp.hasExternalEndpoints) {
    for (const ip of lbVIPs) {
      filterRules.write(
        '-A',
        'KUBE-EXTERNAL-SERVICES',
        '-m',
        'comment',
        '--comment',
        externalFilterComment,
        proto,
        '-d',
        ip,
        '--dport',
        port,
        '-j',
        externalFilterTarget,
      );
    }
  }

  // Capture nodeports. (NodePorts are not subject to loadBalancerSourceRanges.)
  if (sp.nodePort !== 0) {
    const nodePort = String(sp.nodePort);
    if (hasEndpoints) {
      if (config.localhostNodePorts && config.nfacct) {
        natRules.write(
          '-A',
          'KUBE-NODEPORTS',
          '-m',
          'comment',
          '--comment',
          spn,
          proto,
          '-d',
          '127.0.0.0/8',
          '--dport',
          nodePort,
          '-m',
          'nfacct',
          '--nfacct-name',
          'localhost_nps_accepted_pkts',
          '-j',
          externalTrafficChain,
        );
      }
      natRules.write(
        '-A',
        'KUBE-NODEPORTS',
        '-m',
        'comment',
        '--comment',
        spn,
        proto,
        '--dport',
        nodePort,
        '-j',
        externalTrafficChain,
      );
    }
    if (!sp.hasExternalEndpoints) {
      filterRules.write(
        '-A',
        'KUBE-EXTERNAL-SERVICES',
        '-m',
        'comment',
        '--comment',
        externalFilterComment,
        '-m',
        'addrtype',
        '--dst-type',
        'LOCAL',
        proto,
        '--dport',
        nodePort,
        '-j',
        externalFilterTarget,
      );
    }
  }

  // Capture healthCheckNodePorts: accepted whether or not this node has local endpoints.
  if (sp.healthCheckNodePort !== 0) {
    filterRules.write(
      '-A',
      'KUBE-NODEPORTS',
      '-m',
      'comment',
      '--comment',
      quoted(`${spn} health check node port`),
      '-m',
      'tcp',
      '-p',
      'tcp',
      '--dport',
      String(sp.healthCheckNodePort),
      '-j',
      'ACCEPT',
    );
  }
}
