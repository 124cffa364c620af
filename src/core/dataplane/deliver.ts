// The last leg: the packet (after any DNAT/SNAT) crosses the pod network to the endpoint's node
// and the pod answers — or the ingress-nginx controller pod proxies it on to a backend.
import type { DataplaneContext, Trace } from './context.ts';
import type { PodView } from './podView.ts';
import type { TargetRecord } from './targetRecord.ts';
import type { HopAt, HttpRequest, Outcome } from './types.ts';
import { gatewayOfPod } from './gatewayIndex.ts';
import { proxyThroughGateway } from './gatewayProxy.ts';
import { keepAnswer, podAnswers } from './podAnswer.ts';
import { flat } from './flatString.ts';
import { proxyThroughIngress } from './ingressProxy.ts';
import { say, sayEnglish, sayShared, type Said } from './said.ts';

export interface Delivery {
  fromNode?: string;
  /** Source address the receiver sees. */
  srcIP: string;
  dstIP: string;
  dstPort: number;
  /** `dstIP:dstPort` when the caller has it already (kube-proxy's endpoint string), so the reply's header reuses it. */
  dst?: string;
  /** `dstIP` as an IPv4 number when the caller has it (kube-proxy's endpoint record), for the reply's conntrack (context.ts differs). */
  dstNum?: number;
  /** `dst` is the very string the innermost connection was opened to (a proxy's own connection: Trace.answered `fromOpened`). */
  dstOpened?: boolean;
  /** index.podView(dstIP) when the caller has it already (null: no pod). */
  pod?: PodView | null;
  protocol: string;
  http: HttpRequest;
  /** The request's target record when `http` is its host and path (route.ts Dest.target). */
  target?: TargetRecord | undefined;
  /** The Service port that DNATed here, for pointing a refusal at its targetPort. */
  via?: { namespace: string; name: string; portIndex: number };
  time: number;
}

export interface Ending {
  outcome: Outcome;
  /** Why it failed (said.ts); Trace.finish words it in English for `reason`. */
  why?: Said;
  at?: HopAt;
}

export function deliver(ctx: DataplaneContext, trace: Trace, d: Delivery): Ending {
  const { index } = ctx;
  const view = d.pod === undefined ? index.podView(d.dstIP) : (d.pod ?? undefined);
  if (!view) {
    const node = index.nodeByIP.get(d.dstIP);
    if (node) {
      trace.add({
        kind: 'node',
        node: node.metadata.name,
        detail: `${d.dstIP}:${d.dstPort} is node ${node.metadata.name}; a host process answers`,
        say: say('hop.nodeHost', { address: `${d.dstIP}:${d.dstPort}`, node: node.metadata.name }),
        toIP: d.dstIP,
      });
      trace.result = {
        ...trace.result,
        node: node.metadata.name,
        sourceIP: d.srcIP,
        port: d.dstPort,
        response: node.metadata.name,
      };
      trace.answered(`${d.dstIP}:${d.dstPort}`, node.metadata.name);
      return { outcome: 'ok' };
    }
    if (d.via && d.via.namespace === 'default' && d.via.name === 'kubernetes') {
      trace.add({
        kind: 'external',
        detail: `${d.dstIP}:${d.dstPort} is the control plane's kube-apiserver (outside the pod network)`,
        say: say('hop.apiserver', { address: `${d.dstIP}:${d.dstPort}` }),
        toIP: d.dstIP,
      });
      trace.result = { ...trace.result, sourceIP: d.srcIP, port: d.dstPort, response: 'kube-apiserver' };
      trace.answered(`${d.dstIP}:${d.dstPort}`);
      return { outcome: 'ok' };
    }
    return {
      outcome: 'timeout',
      why: say('deliver.noEndpointHost', { ip: d.dstIP }),
      ...(d.via ? { at: { kind: 'EndpointSlice', namespace: d.via.namespace, name: d.via.name } } : {}),
    };
  }
  const { ref, node: podNode } = view;
  if (d.fromNode && podNode && podNode !== d.fromNode) {
    const routed = routedHop(ctx, d.fromNode, podNode);
    trace.add({
      kind: 'node',
      node: podNode,
      detail: routed.detail,
      say: routed.said,
      fromIP: d.srcIP,
      toIP: d.dstIP,
      packet: undefined,
    });
  }
  // Assigned in place (same keys, same order as a spread): this runs for every delivered packet.
  const result = trace.result;
  result.pod = ref;
  result.podIP = d.dstIP;
  result.port = d.dstPort;
  result.node = podNode;
  result.sourceIP = d.srcIP;
  const podAt = view.at;
  // A pod that proxies (ingress-nginx, a Gateway's data plane) reads its pod; the others do not.
  if (view.proxies) {
    const proxied = deliverToProxy(ctx, trace, view, d);
    if (proxied !== undefined) return proxied;
  }
  if (view.servedPort !== d.dstPort || view.servedProtocol !== d.protocol) {
    const answer = podAnswers(view.pod, d.dstPort, d.protocol, view.ports);
    if (!answer.ok) {
      trace.add({
        kind: 'reject',
        node: podNode,
        detail: sayEnglish(answer.why),
        say: answer.why,
        toIP: d.dstIP,
        at: podAt,
      });
      const at: HopAt = d.via
        ? {
            kind: 'Service',
            namespace: d.via.namespace,
            name: d.via.name,
            path: `spec.ports[${d.via.portIndex}].targetPort`,
          }
        : { ...podAt, path: 'spec.containers' };
      const last = trace.hops[trace.hops.length - 1]!;
      last.at = at;
      return {
        outcome: 'refused',
        why: d.via
          ? say('deliver.checkTargetPort', { why: answer.why, service: `${d.via.namespace}/${d.via.name}` })
          : answer.why,
        at,
      };
    }
    // Kept only when it answered (a refusal's Said stays a fresh object per result).
    keepAnswer(view, flat(`${d.dstIP}:${d.dstPort}`), d.dstPort, d.protocol, answer);
  }
  const response = view.servedResponse;
  // The hop's text and said for this client, kept for the next packet from the same address
  // (PodView.servedDetail): the requests from one address share the said, and nothing changes it.
  // Not frozen, unlike the saids kept per record: a pod asked from several addresses in turn (a
  // NodePort's, masqueraded by the node each entered) makes one per request, and Object.freeze is a
  // call into the runtime.
  let detail = view.servedDetail;
  let said = view.servedSaid;
  if (view.servedClient !== d.srcIP || said === undefined) {
    detail = view.servedHead + d.srcIP + view.servedTail;
    const address = view.servedAddress;
    said = view.servedNote
      ? say('hop.podAnswersAssumed', { pod: ref, address, client: d.srcIP, response, port: d.dstPort })
      : say('hop.podAnswers', { pod: ref, address, client: d.srcIP, response });
    view.servedClient = d.srcIP;
    view.servedDetail = detail;
    view.servedSaid = said;
  }
  trace.add({
    kind: 'pod',
    node: podNode,
    detail,
    say: said,
    fromIP: d.srcIP,
    toIP: d.dstIP,
    at: podAt,
    packet: undefined,
  });
  trace.answered(d.dst ?? `${d.dstIP}:${d.dstPort}`, podNode, d.dstNum, d.dstOpened === true);
  result.response = response;
  if (d.protocol === 'TCP') result.status = 200;
  return OK;
}

/**
 * A pod that may proxy (PodView.proxies): the ingress-nginx controller takes HTTP on 80 and 443, a
 * Gateway's data plane its listeners' ports; undefined: neither, the pod answers as any other.
 */
function deliverToProxy(ctx: DataplaneContext, trace: Trace, view: PodView, d: Delivery): Ending | undefined {
  const { pod, ref, node: podNode, at: podAt } = view;
  if (view.ingressController && d.protocol === 'TCP' && (d.dstPort === 80 || d.dstPort === 443)) {
    trace.add({
      kind: 'pod',
      node: podNode,
      detail: acceptsText(view, d),
      say: say('hop.ingressAccepts', { pod: ref, client: d.srcIP, host: d.http.host, path: d.http.path }),
      toIP: d.dstIP,
      at: podAt,
      packet: undefined,
    });
    return proxyThroughIngress(ctx, trace, pod, d, deliver);
  }
  const gateway = d.protocol === 'TCP' && view.gatewayLabel ? gatewayOfPod(ctx.index, pod) : undefined;
  if (gateway && gateway.gd.gateway.spec.listeners.some((l) => l.port === d.dstPort))
    return proxyThroughGateway(ctx, trace, gateway, { pod, ref, at: podAt }, d, deliver);
  return undefined;
}

/** The "routed over the pod network" hop's text and said from one node to another, made once per cluster state and pair. */
interface RoutedHop {
  detail: string;
  said: Said;
}
const ROUTED = {};

/**
 * The routed hop between `from` and `to`, kept in the index's memo: every request between two nodes
 * says the same, and made per request the text and its said were ~160 bytes of new objects, one of
 * the lines a request writes cold with 10,000 Services (V8's young generation is large there).
 */
function routedHop(ctx: DataplaneContext, from: string, to: string): RoutedHop {
  let byFrom = ctx.index.memo.get(ROUTED) as Map<string, Map<string, RoutedHop>> | undefined;
  if (byFrom === undefined) ctx.index.memo.set(ROUTED, (byFrom = new Map()));
  let byTo = byFrom.get(from);
  if (byTo === undefined) byFrom.set(from, (byTo = new Map()));
  let hop = byTo.get(to);
  if (hop === undefined) {
    hop = {
      detail: flat(`routed over the pod network from ${from} to ${to} (the pod's node)`),
      said: sayShared('hop.routed', { from, to }),
    };
    byTo.set(to, hop);
  }
  return hop;
}

/** A delivery that was answered (the ending has nothing else to say: one object for all). */
const OK: Ending = Object.freeze({ outcome: 'ok' });

/**
 * The ingress-nginx controller's hop: `ingress-nginx controller <pod> accepts the HTTP request from
 * <client> (Host: <host>, path <path>)`. Its ends are made once, the head per controller pod and the
 * tail per target text whose host and path the request carries (Delivery.target), so a request
 * joins three strings rather than reading its host and path (made far from its record) and
 * building the text from seven pieces.
 */
function acceptsText(view: PodView, d: Delivery): string {
  let head = view.acceptsHead;
  if (head === '')
    head = view.acceptsHead = flat(`ingress-nginx controller ${view.ref} accepts the HTTP request from `);
  const t = d.target;
  const tail = t ? (t.acceptsTail ??= flat(acceptsTail(t.host, t.path))) : acceptsTail(d.http.host, d.http.path);
  return head + d.srcIP + tail;
}

const acceptsTail = (host: string, path: string): string => ` (Host: ${host}, path ${path})`;
