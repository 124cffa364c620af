// What kube-proxy on one node does to a packet addressed to a Service: its rules decide (DNAT to an
// endpoint, or drop/reject), then MASQUERADE if the rules marked it, then the pod network delivers.
import type { DataplaneContext, Client, Trace } from './context.ts';
import type { Ending, Delivery } from './deliver.ts';
import type { EntryKind } from './ruleText.ts';
import type { Dest } from './route.ts';
import type { AdmittedService } from '../model/admitted.ts';
import { deliver } from './deliver.ts';
import { kubeProxyDecide } from './kubeProxy.ts';
import { endpointPort, podOf, syncRules } from './proxySync.ts';
import { explainNoEndpoints } from './diagnose.ts';
import { svcKey } from './serviceAddresses.ts';
import { ipv4 } from './ipMemo.ts';
import { say, sayEnglish, type Said } from './said.ts';

/** Run kube-proxy's decision on `node` and, on DNAT, the SNAT and the delivery to the pod. */
export function throughKubeProxy(
  ctx: DataplaneContext,
  trace: Trace,
  node: string,
  svc: AdmittedService,
  portIndex: number,
  entry: EntryKind,
  client: Client,
  dest: Dest,
  fromThisNode: boolean,
  sp = ctx.index.servicePort(node, svc, portIndex),
): Ending {
  if (!sp)
    return {
      outcome: 'unreachable',
      why: say('proxy.noRules', { node, service: svcKey(svc) }),
      at: { kind: 'Service', namespace: svc.metadata.namespace, name: svc.metadata.name },
    };
  // kube-proxy's sync of this service port on this node, when a packet first reaches its rules: the
  // texts of its rules and its endpoints' answers (a view that only lists endpoints, for
  // ingress-nginx or a health check, needs none).
  if (sp.syncedFor !== ctx.proxy.settings) syncRules(sp, node, ctx.proxy.settings, ctx.index.podView);
  const v = kubeProxyDecide(
    ctx.proxy,
    node,
    sp,
    entry,
    {
      srcIP: client.ip,
      srcNum: client.ipNum !== undefined ? client.ipNum : ipv4(client.ip),
      dstIP: dest.ip,
      dstPort: dest.port,
      fromThisNode,
      time: dest.time,
    },
    trace,
  );
  if (v.verdict !== 'dnat') {
    if (v.why === 'no-endpoints') {
      const why = explainNoEndpoints(ctx.index, svc, portIndex);
      return { outcome: 'refused', why: say('proxy.noEndpoints', { spn: sp.spn, why: why.why }), at: why.at };
    }
    const last = trace.hops[trace.hops.length - 1];
    if (v.why === 'source-range')
      return {
        outcome: 'timeout',
        why: say('proxy.sourceRange', {
          client: client.ip,
          spn: sp.spn,
          ranges: sp.loadBalancerSourceRanges.join(', '),
        }),
        ...(last?.at ? { at: last.at } : {}),
      };
    const policy = entry === 'cluster-ip' ? 'internalTrafficPolicy' : 'externalTrafficPolicy';
    return {
      outcome: 'timeout',
      why: say('proxy.noLocalEndpoint', { policy, spn: sp.spn, node }),
      ...(last?.at ? { at: last.at } : {}),
    };
  }
  let srcIP = client.ip;
  if (v.masquerade) {
    const local = v.endpoint.nodeName === node;
    const nodeIP = ctx.index.nodeIP.get(node) ?? srcIP;
    srcIP = local ? (ctx.index.bridgeIP.get(node) ?? nodeIP) : nodeIP;
    const why = v.masqueradeWhy;
    const rule =
      '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully';
    // The reason in English, worded once for a said every request shares (masquerade reasons without
    // parameters); not kept per view: with 10,000 Services a text kept there is a cold load per packet.
    const english = why === undefined ? '' : Object.isFrozen(why) ? englishOnce(why) : sayEnglish(why);
    const detail = `SNAT (MASQUERADE) ${client.ip} → ${srcIP}${local ? ` (${node}'s bridge address toward its own pod)` : ` (${node}'s address)`}: ${english}`;
    trace.rewrite(
      why
        ? {
            kind: 'snat',
            node,
            detail,
            say: say(local ? 'hop.snatBridge' : 'hop.snatNode', { from: client.ip, to: srcIP, node, why }),
            rule,
            fromIP: client.ip,
            toIP: srcIP,
            packet: undefined,
          }
        : { kind: 'snat', node, detail, rule, fromIP: client.ip, toIP: srcIP, packet: undefined },
      srcIP,
      undefined,
    );
  }
  const ep = v.endpoint;
  // The endpoint's pod and its answer, written at sync (proxySync.ts) or on the first DNAT here.
  const pod = podOf(ep, sp, ctx.index.podView);
  const delivery: Delivery = {
    fromNode: node,
    srcIP,
    dstIP: ep.ip,
    dstPort: endpointPort(ep),
    dst: ep.endpoint,
    dstNum: ep.ipNum ?? -1,
    pod,
    protocol: dest.protocol,
    http: dest.http,
    target: dest.target,
    // The view's own (made at its sync) when it is this Service port's. Against undefined, not for
    // truth, which loads the object's header (its map): a cold load per request with 10,000 Services
    // for an object only a refusal reads.
    via:
      portIndex === sp.portIndex && sp.via !== undefined
        ? sp.via
        : { namespace: sp.namespace, name: sp.name, portIndex },
    time: dest.time,
  };
  return deliver(ctx, trace, delivery);
}

/** The English wording of shared (frozen) saids, made once each. */
const ENGLISH = new WeakMap<Said, string>();
function englishOnce(why: Said): string {
  let text = ENGLISH.get(why);
  if (text === undefined) ENGLISH.set(why, (text = sayEnglish(why)));
  return text;
}
