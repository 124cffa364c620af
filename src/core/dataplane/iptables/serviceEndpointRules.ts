// A service port's endpoint rules, as syncProxyRules writes them (pkg/proxy/iptables/proxier.go
// writeServiceToEndpointRules and the per-endpoint chain loop): the ClientIP affinity checks and
// the cascading random picks in KUBE-SVC / KUBE-SVL, then each KUBE-SEP chain (hairpin masquerade,
// DNAT to the endpoint).
import type { ServicePortProxy, ProxyEndpoint } from '../proxyModel.ts';
import { endpointChain } from './chainNames.ts';
import { joinHostPort } from '../../model/hostPort.ts';
import { quoted, type LineBuffer } from './lineBuffer.ts';
import type { RuleBuffers, ServicePortContext, ServicePortPlan } from './servicePortPlan.ts';

export function writeEndpointRules(
  sp: ServicePortProxy,
  plan: ServicePortPlan,
  ctx: ServicePortContext,
  out: RuleBuffers,
): void {
  const { natChains, natRules } = out;
  const { spn, proto, clusterPolicyChain, localPolicyChain } = plan;

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
