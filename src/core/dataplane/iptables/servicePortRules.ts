// The rules one service port contributes to the iptables-restore payload, in the order
// syncProxyRules writes them (pkg/proxy/iptables/proxier.go, the `for svcName, svc := range
// proxier.svcPortMap` loop, and writeServiceToEndpointRules). docs/kube-proxy.md §1.3.
import type { ServicePortProxy, ProxyEndpoint } from '../proxyModel.ts';
import { endpointChain, joinHostPort, serviceChains } from './chainNames.ts';
import { quoted, type LineBuffer } from './lineBuffer.ts';
import type { IptablesProxierConfig } from './proxierConfig.ts';
import { cidrContains, parseCidr } from '../../net/ipv4.ts';

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

const isIPv4 = (ip: string) => !ip.includes(':');

export function writeServicePortRules(sp: ServicePortProxy, ctx: ServicePortContext, out: RuleBuffers): void {
  const { config } = ctx;
  const { filterRules, natChains, natRules } = out;
  const protocol = sp.protocol.toLowerCase();
  const spn = sp.spn;
  const chains = serviceChains(spn, sp.protocol);
  const port = String(sp.port);
  const detector = config.clusterCIDR ? (parseCidr(config.clusterCIDR)?.text ?? null) : null;
  // The IPv4 proxier only sees IPv4 addresses (serviceport.go filters by IP family).
  const externalIPs = sp.externalIPs.filter(isIPv4);
  const lbVIPs = sp.loadBalancerVIPs.filter(isIPv4);
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

  if (sp.usesClusterPolicyChain) {
    natChains.writeChain(clusterPolicyChain);
    writeServiceToEndpointRules(natRules, sp, clusterPolicyChain, sp.clusterEndpoints, ctx);
  }
  if (sp.usesLocalPolicyChain) {
    natChains.writeChain(localPolicyChain);
    writeServiceToEndpointRules(natRules, sp, localPolicyChain, sp.localEndpoints, ctx);
  }

  // Per-endpoint chains.
  for (const ep of sp.allReachableEndpoints) {
    const sep = endpointChain(spn, sp.protocol, ep.ip, ep.port);
    natChains.writeChain(sep);
    const args: string[] = ['-A', sep];
    if (!ctx.largeClusterMode) args.push('-m', 'comment', '--comment', spn);
    // Hairpin: a pod reaching itself through the service must be SNATed.
    natRules.write(args, '-s', ep.ip, '-j', 'KUBE-MARK-MASQ');
    if (sp.stickyMaxAgeSeconds !== null) args.push('-m', 'recent', '--name', sep, '--set');
    natRules.write(args, proto, '-j', 'DNAT', '--to-destination', joinHostPort(ep.ip, ep.port));
  }
}

/** writeServiceToEndpointRules: affinity checks first, then the cascading random picks. */
function writeServiceToEndpointRules(
  natRules: LineBuffer,
  sp: ServicePortProxy,
  svcChain: string,
  endpoints: readonly ProxyEndpoint[],
  ctx: ServicePortContext,
): void {
  const comment = (ep: ProxyEndpoint) =>
    ctx.largeClusterMode ? [] : ['-m', 'comment', '--comment', quoted(`${sp.spn} -> ${joinHostPort(ep.ip, ep.port)}`)];
  if (sp.stickyMaxAgeSeconds !== null) {
    for (const ep of endpoints) {
      const sep = endpointChain(sp.spn, sp.protocol, ep.ip, ep.port);
      natRules.write(
        '-A',
        svcChain,
        comment(ep),
        '-m',
        'recent',
        '--name',
        sep,
        '--rcheck',
        '--seconds',
        String(sp.stickyMaxAgeSeconds),
        '--reap',
        '-j',
        sep,
      );
    }
  }
  const n = endpoints.length;
  endpoints.forEach((ep, i) => {
    const sep = endpointChain(sp.spn, sp.protocol, ep.ip, ep.port);
    const pick = i < n - 1 ? ['-m', 'statistic', '--mode', 'random', '--probability', ctx.probability(n - i)] : [];
    natRules.write('-A', svcChain, comment(ep), pick, '-j', sep);
  });
}
