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
import type { PodView } from './podView.ts';
import type { DataplaneContext, Trace } from './context.ts';
import type { Delivery, Ending } from './deliver.ts';
import type { TargetRecord } from './targetRecord.ts';
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
  // The request's own target text matches the same route every time: its record keeps it, and a
  // copy of the route's upstream fields as the controller pod that last took it sends (read on the
  // record, not the route and then its upstreams: with 10,000 Services a cold load each).
  const t = d.target;
  if (t !== undefined && t.upController === controller) return sendUpstream(ctx, trace, d, deliver, t);
  let cached = t?.ingressRoute;
  if (cached === undefined) {
    cached = matchCached(index.ingress(), d.http.host, d.http.path);
    if (t) t.ingressRoute = cached;
  }
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
  const up = cached.upstreams;
  if (up !== undefined && up.upController === controller) {
    if (t) holdUpstreams(t, up);
    return sendUpstream(ctx, trace, d, deliver, up);
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
  // ingress-nginx hands each backend's endpoint list to its balancer when it syncs
  // (rootfs/etc/nginx/lua/balancer.lua sync_backends), before a request picks from it: the
  // upstreams of this route on this controller are made once, side by side, and a request reads
  // the route and one upstream (with 10,000 Services each object of its own was a cold load).
  const made = (cached.upstreams = upstreamsOf(ctx, controller, node, route, plan, portIndex, eps));
  if (t) holdUpstreams(t, made);
  return sendUpstream(ctx, trace, d, deliver, made);
}

/**
 * A route's backend as one controller pod sends to it: its round-robin position, its endpoints and
 * the texts of its hop, the fields a request reads. Kept on the route (RouteUpstreams) and copied
 * onto the target record of each text that took it (TargetRecord, holdUpstreams), so that a request
 * reads them on its record rather than in an object behind it (with 10,000 Services a cold load
 * each). On a record `upController` undefined: nothing copied yet. Made once and never changed.
 */
export interface UpstreamFields {
  upController: AdmittedPod | undefined;
  /** The slot of ingress-nginx's round-robin position for this controller pod and backend (ctx.ingressLast). */
  upSlot: number;
  /** Its endpoints: `upCount` of them in the index's upstream table, the first's fields from `upAt` on (UpstreamTable). */
  upCount: number;
  upTable: UpstreamTable;
  upAt: number;
  /** The controller pod's address (the backend connection's source) and node. */
  upPodIP: string;
  upNode: string;
  upRule: string;
  /** ingress-nginx's upstream name. */
  upUpstream: string;
  /** The route's Ingress and path, for the hop's `at` (a fresh object per request: results never share objects). */
  upNamespace: string | undefined;
  upName: string;
  upPath: string | undefined;
  /** The backend Service port (Delivery.via), shared by the requests (nothing stores or changes it). */
  upVia: Readonly<{ namespace: string; name: string; portIndex: number }> | undefined;
}

/** The upstream fields as the route keeps them (for one controller pod). */
export interface RouteUpstreams extends UpstreamFields {
  upController: AdmittedPod;
}

/** Copies a route's upstream fields onto a target record that took it (UpstreamFields), its controller last. */
function holdUpstreams(t: TargetRecord, u: RouteUpstreams): void {
  t.upSlot = u.upSlot;
  t.upCount = u.upCount;
  t.upTable = u.upTable;
  t.upAt = u.upAt;
  t.upPodIP = u.upPodIP;
  t.upNode = u.upNode;
  t.upRule = u.upRule;
  t.upUpstream = u.upUpstream;
  t.upNamespace = u.upNamespace;
  t.upName = u.upName;
  t.upPath = u.upPath;
  t.upVia = u.upVia;
  t.upController = u.upController;
}

/**
 * The upstream endpoints of every route in one cluster index, as ingress-nginx's sync hands each
 * backend's endpoint list to its balancer (balancer.lua sync_backends): side by side in one array,
 * where a request reads its endpoint at its route's place, through an array whose header stays in
 * cache, rather than through a list of its own and that list's elements (with 10,000 Services a
 * cold load each). Like kube-proxy's endpoint records (proxySync.ts EndpointTable), but an
 * endpoint's fields lie in the table itself, STRIDE slots each (ENDPOINT, DETAIL, IP, PORT, POD):
 * as an object of its own that a slot points to, it was one more cold load behind the slot.
 */
export type UpstreamTable = (string | number | PodView | null)[];

/** The memo key of an index's upstream table (index.memo is keyed by objects). */
const UPSTREAM_TABLE = {};

/** An upstream endpoint's `ip:port` (the controller's connection's destination, as its EndpointSlice gives it). */
const ENDPOINT = 0;
/** The hop's text: the route's rule, its upstream and this endpoint. */
const DETAIL = 1;
const IP = 2;
const PORT = 3;
/** index.podView(ip), for delivery (null: no pod has the address). */
const POD = 4;
const STRIDE = 5;

function upstreamsOf(
  ctx: DataplaneContext,
  controller: AdmittedPod,
  node: string,
  route: IngressRoute,
  plan: BackendPlan,
  portIndex: number,
  eps: readonly ProxyEndpoint[],
): RouteUpstreams {
  const ns = route.ingress.metadata.namespace;
  const b = route.backend.service!;
  const texts = plan.texts;
  let key = texts.cursorKeys.get(controller);
  if (key === undefined) {
    key = flat(`${controller.metadata.name}|${ns}/${b.name}#${portIndex}`);
    texts.cursorKeys.set(controller, key);
  }
  let slot = ctx.ingressCursor.get(key);
  if (slot === undefined) {
    slot = ctx.ingressLast.length;
    ctx.ingressLast.push(-1);
    ctx.ingressCursor.set(key, slot);
  }
  let byEp = texts.details.get(route.rule);
  if (!byEp) {
    byEp = new Map();
    texts.details.set(route.rule, byEp);
  }
  const details = byEp;
  let table = ctx.index.memo.get(UPSTREAM_TABLE) as UpstreamTable | undefined;
  if (table === undefined) ctx.index.memo.set(UPSTREAM_TABLE, (table = []));
  const at = table.length;
  for (const ep of eps) {
    let detail = details.get(ep);
    if (detail === undefined) {
      detail = flat(`ingress-nginx matched ${route.rule}; upstream ${plan.upstream} round-robin → ${ep.endpoint}`);
      details.set(ep, detail);
    }
    // In the order of ENDPOINT, DETAIL, IP, PORT, POD.
    table.push(ep.endpoint, detail, ep.ip, ep.port, ctx.index.podView(ep.ip) ?? null);
  }
  return {
    upController: controller,
    upSlot: slot,
    upCount: eps.length,
    upTable: table,
    upAt: at,
    upPodIP: controller.status?.podIP ?? '',
    upNode: node,
    upRule: route.rule,
    upUpstream: plan.upstream,
    upNamespace: route.at.namespace,
    upName: route.at.name,
    upPath: route.at.path,
    upVia: Object.freeze({ namespace: ns, name: b.name, portIndex }),
  };
}

/** ingress-nginx proxies: round-robin to the next endpoint, its own connection from the controller pod (no Service VIP, no NAT). */
function sendUpstream(
  ctx: DataplaneContext,
  trace: Trace,
  d: Delivery,
  deliver: (ctx: DataplaneContext, trace: Trace, d: Delivery) => Ending,
  u: UpstreamFields,
): Ending {
  const lasts = ctx.ingressLast;
  const slot = u.upSlot;
  const i = (lasts[slot]! + 1) % u.upCount;
  lasts[slot] = i;
  // The endpoint's fields, side by side in the table (UpstreamTable).
  const table = u.upTable;
  const k = u.upAt + i * STRIDE;
  const endpoint = table[k + ENDPOINT] as string;
  const ip = table[k + IP] as string;
  const podIP = u.upPodIP;
  const node = u.upNode;
  const rule = u.upRule;
  trace.connect(podIP, endpoint, node);
  trace.add({
    kind: 'ingress',
    node,
    detail: table[k + DETAIL] as string,
    say: say('hop.ingressUpstream', { rule, upstream: u.upUpstream, endpoint }),
    rule,
    // Every route's `at` is its Ingress's (ingressIndex.ts).
    at: { kind: 'Ingress', namespace: u.upNamespace, name: u.upName, path: u.upPath },
    fromIP: podIP,
    toIP: ip,
    packet: undefined,
  });
  const end = deliver(ctx, trace, {
    fromNode: node,
    srcIP: podIP,
    dstIP: ip,
    dstPort: table[k + PORT] as number,
    dst: endpoint,
    // The string this connection was opened to (connect above).
    dstOpened: true,
    pod: table[k + POD] as PodView | null,
    protocol: 'TCP',
    http: d.http,
    via: u.upVia,
    time: d.time,
  });
  return badGatewayOnUpstreamFailure(trace, end, endpoint, 'ingress.badGateway');
}

/** A matched route as the cache keeps it, with what its backend resolves to (found on first use). */
export interface CachedRoute extends IngressRoute {
  plan: BackendPlan | undefined;
  /** Its backend as the controller pod that last sent to it sends (upstreamsOf). */
  upstreams: RouteUpstreams | undefined;
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
    r = m && { ...m, plan: undefined, upstreams: undefined };
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
