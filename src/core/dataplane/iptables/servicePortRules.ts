// The rules one service port contributes to the iptables-restore payload, in the order
// syncProxyRules writes them (pkg/proxy/iptables/proxier.go, the `for svcName, svc := range
// proxier.svcPortMap` loop, and writeServiceToEndpointRules). docs/kube-proxy.md §1.3.
// Each buffer gets its lines in upstream's order: the plan first, then where traffic is caught,
// the chains it passes, and the endpoint picks.
import type { ServicePortProxy } from '../proxyModel.ts';
import { planServicePort, type RuleBuffers, type ServicePortContext } from './servicePortPlan.ts';
import { writeCaptureRules } from './serviceCaptureRules.ts';
import { writeTrafficChains } from './serviceTrafficChains.ts';
import { writeEndpointRules } from './serviceEndpointRules.ts';

export function writeServicePortRules(sp: ServicePortProxy, ctx: ServicePortContext, out: RuleBuffers): void {
  const plan = planServicePort(sp, ctx.config);
  writeCaptureRules(sp, plan, ctx.config, out);
  writeTrafficChains(sp, plan, ctx.config, out);
  writeEndpointRules(sp, plan, ctx, out);
}
