// The built-in Gateway's data plane (NGINX Gateway Fabric's nginx) as a reverse proxy: pick the
// listener, route and rule (gatewayMatch.ts), apply the rule's filters, pick a backendRef by
// weight, then send the request to one ready endpoint of that Service directly — NGF's upstreams
// are the endpoints of the Service's EndpointSlices (its default load-balancing method is
// `random two least_conn`: with no other connection open, a random endpoint), not its ClusterIP.
// Answers, as the spec asks (httproute_types.go HTTPRouteRule.BackendRefs, HTTPBackendRef):
// 404 when no route matches, 500 for a request that would go to an invalid backendRef (missing
// Service, kind other than Service, cross-namespace without ReferenceGrant) or a rule without
// backends, the redirect's status for RequestRedirect; 503 when the Service has no ready endpoint
// and 502 when the chosen pod refuses (nginx's answers). The weighted pick draws from the
// dataplane's seeded random generator, so the same scenario and seed give the same split.
// The filters (gatewayFilters.ts) and the TLS step (gatewayTls.ts) have their own files.
import type { AdmittedPod } from '../model/admitted.ts';
import type { HTTPBackendRef, HTTPRouteFilter } from '../model/gatewayApi.ts';
import type { DataplaneContext, Trace } from './context.ts';
import type { Delivery, Ending } from './deliver.ts';
import type { HopAt } from './types.ts';
import type { GatewayEntry } from './gatewayIndex.ts';
import { hostWithoutPort, matchGateway, matchText } from './gatewayMatch.ts';
import { REDIRECT_TEXT, headerEdits, modifyPath, redirectLocation, splitQueryRaw } from './gatewayFilters.ts';
import { listenerHostnames, tlsAtGateway } from './gatewayTls.ts';
import { explainNoEndpoints } from './diagnose.ts';
import { badGatewayOnUpstreamFailure } from './upstreamFailure.ts';
import { say, sayEnglish, type Said } from './said.ts';

/** The data plane pod a request reached: the pod, `namespace/name`, and where the trace points for it. */
export interface DataPlanePod {
  pod: AdmittedPod;
  ref: string;
  at: HopAt;
}

export function proxyThroughGateway(
  ctx: DataplaneContext,
  trace: Trace,
  g: GatewayEntry,
  dp: DataPlanePod,
  d: Delivery,
  deliver: (ctx: DataplaneContext, trace: Trace, d: Delivery) => Ending,
): Ending {
  const dataPlane = dp.pod;
  const node = dataPlane.spec.nodeName ?? '';
  const gw = g.gd.gateway;
  const gwName = `${gw.metadata.namespace}/${gw.metadata.name}`;
  const gwAt: HopAt = {
    kind: 'Gateway',
    namespace: gw.metadata.namespace,
    name: gw.metadata.name,
    path: 'spec.listeners',
  };
  // nginx listens only on the ports of listeners the controller programmed (NGF writes server
  // blocks for valid listeners only; gateway_types.go: a conflicted listener's "network port should
  // not be configured"), though the Service still forwards every listener port: the pod resets the
  // connection.
  const onPort = g.listeners.filter((l) => l.ld.listener.port === d.dstPort);
  if (!onPort.some((l) => l.ld.valid)) {
    const why = say('gateway.portNotProgrammed', {
      gateway: gwName,
      pod: dp.ref,
      port: d.dstPort,
      listeners: onPort.map((l) => `${l.ld.listener.name} ${l.ld.accepted.reason}`).join(', '),
    });
    const at: HopAt = { ...gwAt, path: `spec.listeners[${onPort[0]?.ld.index ?? 0}]` };
    trace.add({ kind: 'reject', node, detail: sayEnglish(why), say: why, toIP: d.dstIP, at });
    return { outcome: 'refused', why, at };
  }
  const tls = tlsAtGateway(g, d, gwName);
  if (!tls.ok) {
    const at: HopAt = { ...gwAt, path: `spec.listeners[${tls.listener.ld.index}]` };
    trace.add({ kind: 'reject', node, detail: sayEnglish(tls.why), say: tls.why, toIP: d.dstIP, at });
    if (tls.status) trace.result = { ...trace.result, status: tls.status, response: '400 Bad Request' };
    return { outcome: tls.status ? 'http-error' : 'refused', why: tls.why, at };
  }
  if (tls.terminated) {
    const { listener, sni } = tls.terminated;
    const said = say('hop.gatewayTls', {
      gateway: gwName,
      port: d.dstPort,
      sni: sni ?? '-',
      listener: listener.ld.listener.name,
      secret: listener.ld.certificate ?? '-',
    });
    trace.add({
      kind: 'gateway',
      node,
      detail: sayEnglish(said),
      say: said,
      toIP: d.dstIP,
      at: { ...gwAt, path: `spec.listeners[${listener.ld.index}].tls` },
    });
  }
  const accepts = say('hop.gatewayAccepts', {
    gateway: gwName,
    pod: dp.ref,
    client: d.srcIP,
    host: d.http.host,
    path: d.http.path,
  });
  trace.add({ kind: 'pod', node, detail: sayEnglish(accepts), say: accepts, toIP: d.dstIP, at: dp.at });
  const req = { host: d.http.host, path: d.http.path, method: d.http.method, headers: d.http.headers };
  const m = matchGateway(g, d.dstPort, req);
  if (!m.ok) {
    const host = hostWithoutPort(req.host);
    const why: Said =
      m.reason === 'noListener'
        ? say('gateway.noListener', {
            gateway: gwName,
            port: d.dstPort,
            host,
            hostnames: listenerHostnames(g, d.dstPort),
          })
        : say('gateway.noRoute', { listener: m.listener.ld.listener.name, host, path: req.path });
    const hop = say('gateway.hop404', { gateway: gwName, why });
    trace.add({ kind: 'gateway', node, detail: sayEnglish(hop), say: hop, at: gwAt });
    trace.result = { ...trace.result, status: 404, response: '404 Not Found' };
    return { outcome: 'http-error', why, at: gwAt };
  }
  const route = m.route.rd.route;
  const routeName = `${route.metadata.namespace}/${route.metadata.name}`;
  const rulePath = `spec.rules[${m.ruleIndex}]`;
  const ruleText = `HTTPRoute ${routeName} rule ${m.ruleIndex} (${matchText(m.match)})`;
  const routeAt: HopAt = {
    kind: 'HTTPRoute',
    namespace: route.metadata.namespace,
    name: route.metadata.name,
    path: `${rulePath}.matches[${m.matchIndex}]`,
  };
  const routeSay = say('hop.gatewayRoute', {
    gateway: gwName,
    listener: m.listener.ld.listener.name,
    port: d.dstPort,
    route: routeName,
    rule: m.ruleIndex,
    match: matchText(m.match),
  });
  trace.add({ kind: 'gateway', node, detail: sayEnglish(routeSay), say: routeSay, rule: ruleText, at: routeAt });

  const ruleHop = (said: Said, path: string) =>
    trace.add({ kind: 'gateway', node, detail: sayEnglish(said), say: said, rule: ruleText, at: { ...routeAt, path } });
  const matchedPrefix = m.match.path?.type === 'PathPrefix' ? m.match.path.value : undefined;
  let host = req.host;
  let path = req.path;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
  const applyFilters = (filters: readonly HTTPRouteFilter[] | undefined, at: string): Ending | null => {
    const done: string[] = [];
    for (const f of filters ?? []) {
      if (f.type === 'RequestRedirect' && f.requestRedirect) {
        const status = f.requestRedirect.statusCode;
        const location = redirectLocation(f.requestRedirect, { host, path }, m.listener.ld.listener, matchedPrefix);
        ruleHop(say('hop.gatewayRedirect', { status, location }), at);
        trace.result = {
          ...trace.result,
          status,
          response: `${status} ${REDIRECT_TEXT[status] ?? ''}`.trim(),
          location,
        };
        return { outcome: 'ok' };
      }
      if (f.type === 'URLRewrite' && f.urlRewrite) {
        if (f.urlRewrite.hostname) {
          host = f.urlRewrite.hostname;
          done.push(`rewrite Host to ${host}`);
        }
        if (f.urlRewrite.path) {
          const { path: p, query } = splitQueryRaw(path);
          path = modifyPath(f.urlRewrite.path, p, matchedPrefix) + query;
          done.push(`rewrite path to ${path}`);
        }
      }
      if (f.type === 'RequestHeaderModifier') done.push(...headerEdits(f, headers));
    }
    if (done.length > 0) ruleHop(say('hop.gatewayFilters', { filters: done.join('; ') }), at);
    return null;
  };
  const redirected = applyFilters(m.rule.filters, `${rulePath}.filters`);
  if (redirected) return redirected;

  const refs = m.rule.backendRefs ?? [];
  const total = refs.reduce((n, b) => n + b.weight, 0);
  if (refs.length === 0 || total === 0)
    return fail(
      trace,
      node,
      gwName,
      ruleText,
      500,
      say(refs.length === 0 ? 'gateway.noBackends' : 'gateway.zeroWeights'),
      {
        ...routeAt,
        path: `${rulePath}.backendRefs`,
      },
    );
  let pick = ctx.rng.next() * total;
  let bi = refs.findIndex((b) => (pick -= b.weight) < 0);
  if (bi < 0) bi = refs.length - 1;
  const b = refs[bi]!;
  const backendAt: HopAt = { ...routeAt, path: `${rulePath}.backendRefs[${bi}]` };
  const verdict = m.route.rd.backends[m.ruleIndex]?.[bi];
  const backend = backendText(b, route.metadata.namespace);
  if (!verdict || !verdict.ok)
    return fail(
      trace,
      node,
      gwName,
      ruleText,
      500,
      say('gateway.backendInvalid', {
        backend,
        reason: verdict?.reason ?? 'BackendNotFound',
        message: verdict?.message ?? '',
      }),
      backendAt,
    );
  const again = applyFilters(b.filters, `${rulePath}.backendRefs[${bi}].filters`);
  if (again) return again;
  const svc = verdict.service;
  const sp = ctx.index.servicePort(node, svc, verdict.portIndex);
  const eps = sp?.clusterEndpoints ?? [];
  if (eps.length === 0) {
    const why = explainNoEndpoints(ctx.index, svc, verdict.portIndex);
    return fail(
      trace,
      node,
      gwName,
      ruleText,
      503,
      say('gateway.backendNoEndpoints', { service: `${svc.metadata.namespace}/${svc.metadata.name}`, why: why.why }),
      why.at,
    );
  }
  const ep = eps[ctx.rng.int(eps.length)]!;
  const pickSay = say('hop.gatewayBackend', { backend, weight: b.weight, total, endpoint: ep.endpoint });
  // The data plane proxies: its own connection from its pod to the endpoint (no Service VIP, no NAT).
  trace.connect(dataPlane.status?.podIP ?? '', `${ep.ip}:${ep.port}`, node);
  trace.add({
    kind: 'gateway',
    node,
    detail: sayEnglish(pickSay),
    say: pickSay,
    rule: ruleText,
    at: backendAt,
    fromIP: dataPlane.status?.podIP ?? '',
    toIP: ep.ip,
  });
  const end = deliver(ctx, trace, {
    fromNode: node,
    srcIP: dataPlane.status?.podIP ?? '',
    dstIP: ep.ip,
    dstPort: ep.port,
    protocol: 'TCP',
    http: {
      host,
      path,
      ...(d.http.method ? { method: d.http.method } : {}),
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
    },
    via: { namespace: svc.metadata.namespace, name: svc.metadata.name, portIndex: verdict.portIndex },
    time: d.time,
  });
  return badGatewayOnUpstreamFailure(trace, end, ep.endpoint, 'gateway.badGateway');
}

function backendText(b: HTTPBackendRef, routeNs: string): string {
  const ns = b.namespace ?? routeNs;
  const kind = b.kind === 'Service' && b.group === '' ? '' : `${b.kind}${b.group ? `.${b.group}` : ''} `;
  return `${kind}${ns}/${b.name}${b.port !== undefined ? `:${b.port}` : ''}`;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  500: '500 Internal Server Error',
  503: '503 Service Unavailable',
};

function fail(
  trace: Trace,
  node: string,
  gateway: string,
  rule: string,
  status: 500 | 503,
  why: Said,
  at: HopAt,
): Ending {
  const hop = say(status === 500 ? 'gateway.hop500' : 'gateway.hop503', { gateway, rule, why });
  trace.add({ kind: 'gateway', node, detail: sayEnglish(hop), say: hop, rule, at });
  trace.result = { ...trace.result, status, response: STATUS_TEXT[status]! };
  return { outcome: 'http-error', why, at };
}
