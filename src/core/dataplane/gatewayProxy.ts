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
import type { AdmittedPod } from '../model/admitted.ts';
import type { HTTPBackendRef, HTTPPathModifier, HTTPRouteFilter } from '../model/gatewayApi.ts';
import type { DataplaneContext, Trace } from './context.ts';
import type { Delivery, Ending } from './deliver.ts';
import type { HopAt } from './types.ts';
import { hostScore, type GatewayEntry, type ListenerEntry } from './gatewayIndex.ts';
import { hostWithoutPort, matchGateway, matchText } from './gatewayMatch.ts';
import { explainNoEndpoints } from './diagnose.ts';
import { badGatewayOnUpstreamFailure } from './upstreamFailure.ts';
import { say, sayEnglish, type Said } from './said.ts';

const REDIRECT_TEXT: Readonly<Record<number, string>> = {
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
};

/** HTTPPathModifier: the whole path, or the part the PathPrefix match covered. */
export function modifyPath(mod: HTTPPathModifier, path: string, matchedPrefix: string | undefined): string {
  if (mod.type === 'ReplaceFullPath') return mod.replaceFullPath ?? '/';
  const prefix = (matchedPrefix ?? '/').replace(/\/+$/, '');
  const rest = path.slice(prefix.length);
  return `${(mod.replacePrefixMatch ?? '').replace(/\/+$/, '')}${rest}` || '/';
}

/** HTTPRequestRedirectFilter: the Location header (port left out when it is the scheme's well-known one). */
export function redirectLocation(
  f: NonNullable<HTTPRouteFilter['requestRedirect']>,
  req: { host: string; path: string },
  listener: { port: number; protocol: string },
  matchedPrefix: string | undefined,
): string {
  const { path, query } = splitQueryRaw(req.path);
  const scheme = f.scheme ?? (listener.protocol === 'HTTPS' ? 'https' : 'http');
  const port = f.port ?? (f.scheme ? (f.scheme === 'https' ? 443 : 80) : listener.port);
  const wellKnown = (scheme === 'http' && port === 80) || (scheme === 'https' && port === 443);
  const host = f.hostname ?? hostWithoutPort(req.host);
  const newPath = f.path ? modifyPath(f.path, path, matchedPrefix) : path;
  return `${scheme}://${host}${wellKnown ? '' : `:${port}`}${newPath}${query}`;
}

function splitQueryRaw(p: string): { path: string; query: string } {
  const q = p.indexOf('?');
  return q < 0 ? { path: p || '/', query: '' } : { path: p.slice(0, q) || '/', query: p.slice(q) };
}

function headerEdits(f: HTTPRouteFilter, headers: Record<string, string>): string[] {
  const m = f.requestHeaderModifier ?? {};
  const done: string[] = [];
  for (const h of m.set ?? []) {
    headers[h.name.toLowerCase()] = h.value;
    done.push(`set ${h.name}: ${h.value}`);
  }
  for (const h of m.add ?? []) {
    const k = h.name.toLowerCase();
    headers[k] = headers[k] === undefined ? h.value : `${headers[k]},${h.value}`;
    done.push(`add ${h.name}: ${h.value}`);
  }
  for (const name of m.remove ?? []) {
    delete headers[name.toLowerCase()];
    done.push(`remove ${name}`);
  }
  return done;
}

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

type TlsAtGateway =
  | { ok: true; terminated?: { listener: ListenerEntry; sni: string | undefined } }
  | { ok: false; listener: ListenerEntry; why: Said; status?: 400 };

/**
 * What nginx does with the connection's first bytes on this port. Its listeners share one protocol
 * (HTTP and HTTPS on one port conflict, gatewayAttachment.ts). An HTTPS port terminates TLS: the
 * client's SNI picks the server (listener) with that hostname, most specific first, as
 * gateway_types.go Listener.hostname asks; no such listener → NGF's default SSL server has
 * `ssl_reject_handshake on` (internal/controller/nginx/config/servers_template.go), so the
 * handshake fails. Plain HTTP to an HTTPS port gets nginx's 400 "The plain HTTP request was sent to
 * HTTPS port"; a TLS ClientHello to a plain HTTP port is a bad request to nginx, and the client's
 * handshake fails on the plain-text answer (curl: "wrong version number").
 */
function tlsAtGateway(g: GatewayEntry, d: Delivery, gwName: string): TlsAtGateway {
  const listeners = g.listeners.filter((l) => l.ld.listener.port === d.dstPort && l.ld.valid);
  const first = listeners[0]!;
  const https = first.ld.listener.protocol === 'HTTPS';
  const tls = d.http.tls;
  if (!https)
    return tls
      ? { ok: false, listener: first, why: say('gateway.tlsToPlainPort', { gateway: gwName, port: d.dstPort }) }
      : { ok: true };
  if (!tls)
    return {
      ok: false,
      listener: first,
      status: 400,
      why: say('gateway.plainToTlsPort', { gateway: gwName, port: d.dstPort }),
    };
  const sni = tls.sni;
  let best: ListenerEntry | undefined;
  let bestScore = -1;
  for (const l of listeners) {
    const h = l.ld.listener.hostname;
    const score = h === undefined ? 0 : sni === undefined ? -1 : hostScore(h, sni);
    if (score > bestScore) {
      bestScore = score;
      best = l;
    }
  }
  if (!best)
    return {
      ok: false,
      listener: first,
      why: say('gateway.tlsNoListener', {
        gateway: gwName,
        port: d.dstPort,
        sni: sni ?? '-',
        hostnames: listenerHostnames(g, d.dstPort),
      }),
    };
  return { ok: true, terminated: { listener: best, sni } };
}

function backendText(b: HTTPBackendRef, routeNs: string): string {
  const ns = b.namespace ?? routeNs;
  const kind = b.kind === 'Service' && b.group === '' ? '' : `${b.kind}${b.group ? `.${b.group}` : ''} `;
  return `${kind}${ns}/${b.name}${b.port !== undefined ? `:${b.port}` : ''}`;
}

function listenerHostnames(g: GatewayEntry, port: number): string {
  const names = g.listeners.filter((l) => l.ld.listener.port === port).map((l) => l.ld.listener.hostname ?? '*');
  return names.length > 0 ? names.join(', ') : 'none';
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
