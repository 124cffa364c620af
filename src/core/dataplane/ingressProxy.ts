// ingress-nginx as a reverse proxy: match Host/path (ingressMatch.ts), then send the request to the
// backend Service's ready endpoints directly — ingress-nginx balances over the endpoints itself,
// round-robin by default (ingress-nginx ConfigMap `load-balance`, default "round_robin"), not via
// the ClusterIP. The backend sees the controller pod's IP as source (X-Forwarded-For carries the
// client). Answers: 404 when nothing matches, 503 when the backend Service is missing or has no
// endpoints, 502 when the chosen pod refuses.

import type { AdmittedService, AdmittedPod } from '../model/admitted.ts';
import type { IngressServiceBackend } from 'kubernetes-types/networking/v1';
import type { ProxyEndpoint } from './proxyEndpoints.ts';
import type { ServicePortProxy } from './proxyModel.ts';
import type { DataplaneContext, Trace } from './context.ts';
import type { Delivery, Ending } from './deliver.ts';
import { backendText, type IngressRoute } from './ingressMatch.ts';
import { matchIngressIn, type IngressIndex } from './ingressIndex.ts';
import { explainNoEndpoints } from './diagnose.ts';
import { badGatewayOnUpstreamFailure } from './upstreamFailure.ts';
import { flat } from './flatString.ts';
import { say, sayEnglish, type Said } from './said.ts';

/**
 * `deliver` is the pod network's delivery (deliver.ts), passed in rather than imported: the
 * controller's request to its backend is one more delivery, which may reach another proxy.
 */
export function proxyThroughIngress(
  ctx: DataplaneContext,
  trace: Trace,
  controller: AdmittedPod,
  d: Delivery,
  deliver: (ctx: DataplaneContext, trace: Trace, d: Delivery) => Ending,
): Ending {
  const { index } = ctx;
  const node = controller.spec.nodeName ?? '';
  const cached = matchCached(index.ingress(), d.http.host, d.http.path);
  if (!cached) {
    const hosts = [...new Set(index.state.ingresses.flatMap((i) => (i.spec?.rules ?? []).map((r) => r.host ?? '*')))];
    // An Ingress with rules and a defaultBackend: the API calls it the backend for unmatched
    // requests, ingress-nginx uses it only on its own servers (ingressIndex.ts).
    const elsewhere = index.ingress().defaultWithRules;
    const why = elsewhere
      ? say('ingress.noRuleDefaultNotCatchAll', {
          host: d.http.host,
          path: d.http.path,
          hosts: hosts.join(', '),
          ingress: `${elsewhere.metadata.namespace}/${elsewhere.metadata.name}`,
        })
      : hosts.length
        ? say('ingress.noRule', { host: d.http.host, path: d.http.path, hosts: hosts.join(', ') })
        : say('ingress.noRuleNoHosts', { host: d.http.host, path: d.http.path });
    const hop = say('ingress.hop404', { why });
    const first = index.state.ingresses[0];
    const at = first
      ? {
          kind: 'Ingress',
          namespace: first.metadata.namespace,
          name: first.metadata.name,
          path: 'spec.rules',
        }
      : undefined;
    trace.add({
      kind: 'ingress',
      node,
      detail: sayEnglish(hop),
      say: hop,
      ...(at ? { at } : {}),
    });
    trace.result = { ...trace.result, status: 404, response: '404 Not Found' };
    return { outcome: 'http-error', why, ...(at ? { at } : {}) };
  }
  // Each request gets its own route and `at`, so results never share objects.
  const route: IngressRoute = {
    ingress: cached.ingress,
    backend: cached.backend,
    rule: cached.rule,
    at: { ...cached.at },
  };
  const ns = route.ingress.metadata.namespace;
  const b = route.backend.service;
  if (!b) return fail503(trace, node, route, say('ingress.backendNotService', { backend: backendText(route.backend) }));
  // What this route's backend resolves to is fixed per state: found on its first request, kept on the route.
  const plan = (cached.plan ??= planOf(ctx, b, ns));
  const svc = plan.svc;
  if (!svc) return fail503(trace, node, route, say('ingress.backendMissing', { service: `${ns}/${b.name}` }));
  const portIndex = plan.portIndex;
  if (portIndex < 0) {
    const have = (svc.spec.ports ?? []).map((p) => `${p.name ? `${p.name} ` : ''}${p.port}`).join(', ');
    return fail503(
      trace,
      node,
      route,
      say('ingress.backendNoPort', {
        service: `${ns}/${b.name}`,
        port: String(b.port?.number ?? b.port?.name),
        ports: have,
      }),
      { ...route.at, path: `${route.at.path}.backend.service.port` },
    );
  }
  if (plan.node !== node) {
    plan.node = node;
    plan.sp = index.servicePort(node, svc, portIndex);
  }
  const sp = plan.sp;
  const eps = sp?.clusterEndpoints ?? [];
  if (eps.length === 0) {
    const why = explainNoEndpoints(index, svc, portIndex);
    return fail503(
      trace,
      node,
      route,
      say('ingress.backendNoEndpoints', { service: `${ns}/${b.name}`, why: why.why }),
      why.at,
    );
  }
  const texts = plan.texts;
  let key = texts.cursorKeys.get(controller);
  if (key === undefined) {
    key = flat(`${controller.metadata.name}|${ns}/${b.name}#${portIndex}`);
    texts.cursorKeys.set(controller, key);
  }
  const i = ((ctx.ingressCursor.get(key) ?? -1) + 1) % eps.length;
  ctx.ingressCursor.set(key, i);
  const ep = eps[i]!;
  let byEp = (cached.details ??= texts.details.get(route.rule));
  if (!byEp) {
    byEp = new Map();
    texts.details.set(route.rule, byEp);
    cached.details = byEp;
  }
  let detail = byEp.get(ep);
  if (detail === undefined) {
    detail = flat(`ingress-nginx matched ${route.rule}; upstream ${plan.upstream} round-robin → ${ep.endpoint}`);
    byEp.set(ep, detail);
  }
  // ingress-nginx proxies: its own connection from the controller pod to the endpoint (no Service VIP, no NAT).
  trace.connect(controller.status?.podIP ?? '', `${ep.ip}:${ep.port}`, node);
  trace.add({
    kind: 'ingress',
    node,
    detail,
    say: say('hop.ingressUpstream', { rule: route.rule, upstream: plan.upstream, endpoint: ep.endpoint }),
    rule: route.rule,
    at: route.at,
    fromIP: controller.status?.podIP ?? '',
    toIP: ep.ip,
  });
  const end = deliver(ctx, trace, {
    fromNode: node,
    srcIP: controller.status?.podIP ?? '',
    dstIP: ep.ip,
    dstPort: ep.port,
    protocol: 'TCP',
    http: d.http,
    via: { namespace: ns, name: b.name, portIndex },
    time: d.time,
  });
  return badGatewayOnUpstreamFailure(trace, end, ep.endpoint, 'ingress.badGateway');
}

/** A matched route as the cache keeps it, with what its backend resolves to (found on first use). */
interface CachedRoute extends IngressRoute {
  plan: BackendPlan | undefined;
  /** The backend's hop texts for this route's rule, by endpoint (BackendTexts.details' entry). */
  details: Map<ProxyEndpoint, string> | undefined;
}

/** A Service backend in one namespace, resolved: its Service, port, upstream name, and its view on the controller's node. */
interface BackendPlan {
  texts: BackendTexts;
  svc: AdmittedService | null;
  /** Position of the backend's port in the Service's ports (-1: none). */
  portIndex: number;
  /** ingress-nginx's upstream name: `namespace-service-port`. */
  upstream: string;
  /** The controller node last asked, and the backend port's view there. */
  node: string | undefined;
  sp: ServicePortProxy | undefined;
}

function planOf(ctx: DataplaneContext, b: IngressServiceBackend, ns: string): BackendPlan {
  const texts = backendTexts(ctx, b, ns);
  // A backend belongs to one Ingress, so its namespace (and so its Service) is fixed per state.
  if (texts.svc === undefined) texts.svc = ctx.index.serviceByName.get(`${ns}/${b.name}`) ?? null;
  const svc = texts.svc;
  const portIndex = (svc?.spec.ports ?? []).findIndex((p) =>
    b.port?.number !== undefined ? p.port === b.port.number : p.name === b.port?.name,
  );
  return {
    texts,
    svc,
    portIndex,
    upstream: flat(`${ns}-${b.name}-${b.port?.number ?? b.port?.name}`),
    node: undefined,
    sp: undefined,
  };
}

const matches = new WeakMap<IngressIndex, Map<string, Map<string, CachedRoute | null>>>();

/**
 * matchIngressIn, memoized per Ingress index (one cluster state) by host and path (both bounded):
 * a pure answer. The caller copies what it hands on (CachedRoute is shared by every request).
 */
function matchCached(index: IngressIndex, host: string, path: string): CachedRoute | null {
  let byHost = matches.get(index);
  if (!byHost) {
    byHost = new Map();
    matches.set(index, byHost);
  }
  let byPath = byHost.get(host);
  if (!byPath) {
    if (byHost.size >= 65_536) byHost.clear();
    byPath = new Map();
    byHost.set(host, byPath);
  }
  let r = byPath.get(path);
  if (r === undefined) {
    const m = matchIngressIn(index, host, path);
    r = m && { ...m, plan: undefined, details: undefined };
    if (byPath.size >= 256) byPath.clear();
    byPath.set(path, r);
  }
  return r;
}

/** Per-state texts of one backend: round-robin keys by controller pod, hop details by rule and endpoint (strings built once, not per request). */
interface BackendTexts {
  /** The namespace these texts were made for (a YAML alias can share one backend object between Ingresses). */
  ns: string;
  /** The backend Service (null: missing), looked up once. */
  svc?: AdmittedService | null;
  cursorKeys: Map<AdmittedPod, string>;
  details: Map<string, Map<ProxyEndpoint, string>>;
}

function backendTexts(ctx: DataplaneContext, b: IngressServiceBackend, ns: string): BackendTexts {
  let t = ctx.index.memo.get(b) as BackendTexts | undefined;
  if (!t || t.ns !== ns) {
    t = { ns, cursorKeys: new Map(), details: new Map() };
    ctx.index.memo.set(b, t);
  }
  return t;
}

function fail503(trace: Trace, node: string, route: IngressRoute, why: Said, at = route.at): Ending {
  const hop = say('ingress.hop503', { rule: route.rule, why });
  trace.add({
    kind: 'ingress',
    node,
    detail: sayEnglish(hop),
    say: hop,
    rule: route.rule,
    at,
  });
  trace.result = { ...trace.result, status: 503, response: '503 Service Temporarily Unavailable' };
  return { outcome: 'http-error', why, at };
}
