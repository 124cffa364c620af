// What the built-in Gateway controller decides about each Gateway of its class and each HTTPRoute
// that names one as a parent: which listeners are valid, which listeners a route attaches to
// (and if not, why), and whether the route's backendRefs resolve. The controller writes these
// decisions into status (gatewayController.ts); the data path routes over the same decisions
// (dataplane/gatewayIndex.ts), so a route the status calls not Accepted never carries traffic.
// Rules: kubernetes-sigs/gateway-api apis/v1 gateway_types.go (Listener, AllowedRoutes,
// ListenerConditionReason), httproute_types.go / shared_types.go (ParentReference sectionName and
// port, Hostname intersection, RouteConditionReason, BackendRef), referencegrant_types.go;
// conformance tests httproute-invalid-* and gateway-with-attached-routes. docs/gateway-api.md §3.
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedService } from '../model/admitted.ts';
import {
  GATEWAY_GROUP,
  type AdmittedGateway,
  type AdmittedHTTPRoute,
  type HTTPBackendRef,
  type Listener,
  type ParentReference,
} from '../model/gatewayApi.ts';
import { labelSelectorMatches } from '../model/labels.ts';

/** The playground's Gateway API implementation: NGINX Gateway Fabric's controller name (docs/gateway-api.md §4). */
export const GATEWAY_CONTROLLER_NAME = 'gateway.nginx.org/nginx-gateway-controller';

export interface Verdict {
  status: 'True' | 'False';
  reason: string;
  message: string;
}

export interface ListenerDecision {
  listener: Listener;
  index: number;
  /** HTTPRoute when the listener's protocol and allowedRoutes.kinds admit it; empty otherwise. */
  supportedKinds: { group: string; kind: string }[];
  accepted: Verdict;
  resolvedRefs: Verdict;
}

export interface GatewayDecision {
  gateway: AdmittedGateway;
  listeners: ListenerDecision[];
  accepted: Verdict;
}

export interface ParentDecision {
  parentRef: ParentReference;
  gateway: AdmittedGateway;
  accepted: Verdict;
  /** The listeners the route attached to (empty unless accepted). */
  listeners: ListenerDecision[];
}

export type BackendVerdict =
  | { ok: true; service: AdmittedService; portIndex: number }
  | { ok: false; reason: 'InvalidKind' | 'RefNotPermitted' | 'BackendNotFound'; message: string };

export interface RouteDecision {
  route: AdmittedHTTPRoute;
  parents: ParentDecision[];
  resolvedRefs: Verdict;
  /** Per rule, per backendRef. */
  backends: BackendVerdict[][];
}

export interface GatewayDecisions {
  gateways: GatewayDecision[];
  routes: RouteDecision[];
}

const v = (ok: boolean, reason: string, message: string): Verdict => ({
  status: ok ? 'True' : 'False',
  reason,
  message,
});

/** GatewayClasses whose controllerName is this controller's. */
export function ourClasses(state: ClusterState): Set<string> {
  return new Set(
    state.gatewayClasses.filter((c) => c.spec.controllerName === GATEWAY_CONTROLLER_NAME).map((c) => c.metadata.name),
  );
}

export function ourGateways(state: ClusterState): AdmittedGateway[] {
  const classes = ourClasses(state);
  return state.gateways.filter((g) => classes.has(g.spec.gatewayClassName));
}

const HTTP_ROUTE = { group: GATEWAY_GROUP, kind: 'HTTPRoute' };

function listenerDecision(
  state: ClusterState,
  gw: AdmittedGateway,
  listener: Listener,
  index: number,
): ListenerDecision {
  const protocol = listener.protocol;
  if (protocol !== 'HTTP' && protocol !== 'HTTPS') {
    const bad = v(false, 'UnsupportedProtocol', `Protocol "${protocol}" is not supported, use "HTTP" or "HTTPS"`);
    return {
      listener,
      index,
      supportedKinds: [],
      accepted: bad,
      resolvedRefs: v(true, 'ResolvedRefs', 'All references are resolved'),
    };
  }
  const kinds = listener.allowedRoutes.kinds;
  const admitsRoute =
    !kinds ||
    kinds.length === 0 ||
    kinds.some((k) => (k.group ?? GATEWAY_GROUP) === GATEWAY_GROUP && k.kind === 'HTTPRoute');
  const accepted = v(true, 'Accepted', 'The Listener is accepted');
  if (!admitsRoute) {
    const names = kinds!.map((k) => k.kind).join(', ');
    return {
      listener,
      index,
      supportedKinds: [],
      accepted,
      resolvedRefs: v(false, 'InvalidRouteKinds', `Route kinds ${names} are not supported`),
    };
  }
  if (protocol === 'HTTPS') {
    // Terminate needs the certificate Secret(s) in certificateRefs (same namespace without a ReferenceGrant).
    const refs =
      (listener.tls as { certificateRefs?: { name?: string; namespace?: string; kind?: string }[] } | undefined)
        ?.certificateRefs ?? [];
    const missing = refs.find(
      (r) =>
        !state.others.some(
          (o) =>
            o.kind === 'Secret' &&
            o.metadata?.name === r.name &&
            (o.metadata?.namespace ?? 'default') === (r.namespace ?? gw.metadata.namespace),
        ),
    );
    if (refs.length === 0 || missing)
      return {
        listener,
        index,
        supportedKinds: [HTTP_ROUTE],
        accepted,
        resolvedRefs: v(
          false,
          'InvalidCertificateRef',
          missing
            ? `Secret ${missing.namespace ?? gw.metadata.namespace}/${missing.name} does not exist`
            : 'No certificateRefs are set',
        ),
      };
  }
  return {
    listener,
    index,
    supportedKinds: [HTTP_ROUTE],
    accepted,
    resolvedRefs: v(true, 'ResolvedRefs', 'All references are resolved'),
  };
}

function gatewayDecision(state: ClusterState, gw: AdmittedGateway): GatewayDecision {
  const listeners = gw.spec.listeners.map((l, i) => listenerDecision(state, gw, l, i));
  const anyValid = listeners.some((l) => l.accepted.status === 'True');
  return {
    gateway: gw,
    listeners,
    accepted: anyValid
      ? v(true, 'Accepted', 'The Gateway is accepted')
      : v(false, 'ListenersNotValid', 'No listener is valid'),
  };
}

/**
 * Hostname intersection (ListenerHostname / HTTPRoute hostnames docs): equal names, or a wildcard
 * `*.example.com` that covers the other name (any number of labels, not `example.com` itself).
 */
export function hostnamesIntersect(a: string, b: string): boolean {
  if (a === b) return true;
  return wildcardCovers(a, b) || wildcardCovers(b, a);
}

/** `*.example.com` covers `foo.example.com`, `a.b.example.com` and `*.foo.example.com`. */
export function wildcardCovers(wildcard: string, name: string): boolean {
  if (!wildcard.startsWith('*.')) return false;
  const suffix = wildcard.slice(1);
  const rest = name.startsWith('*.') ? name.slice(1) : name;
  return rest.endsWith(suffix) && rest.length > suffix.length;
}

function namespaceAllowed(state: ClusterState, gw: AdmittedGateway, l: Listener, routeNs: string): boolean {
  const ns = l.allowedRoutes.namespaces;
  if (ns.from === 'All') return true;
  if (ns.from === 'Same') return routeNs === gw.metadata.namespace;
  const labels = state.namespaces.find((n) => n.metadata.name === routeNs)?.metadata.labels ?? {};
  return labelSelectorMatches(ns.selector ?? {}, labels);
}

function parentDecision(
  state: ClusterState,
  route: AdmittedHTTPRoute,
  ref: ParentReference,
  gd: GatewayDecision,
): ParentDecision {
  const gw = gd.gateway;
  const routeNs = route.metadata.namespace;
  const named = gd.listeners.filter(
    (l) =>
      (ref.sectionName === undefined || l.listener.name === ref.sectionName) &&
      (ref.port === undefined || l.listener.port === ref.port),
  );
  const no = (reason: string, message: string): ParentDecision => ({
    parentRef: ref,
    gateway: gw,
    accepted: v(false, reason, message),
    listeners: [],
  });
  if (named.length === 0) {
    const which = [
      ...(ref.sectionName !== undefined ? [`sectionName "${ref.sectionName}"`] : []),
      ...(ref.port !== undefined ? [`port ${ref.port}`] : []),
    ].join(' and ');
    return no('NoMatchingParent', `Gateway ${gw.metadata.namespace}/${gw.metadata.name} has no listener with ${which}`);
  }
  const allowed = named.filter(
    (l) =>
      l.accepted.status === 'True' && l.supportedKinds.length > 0 && namespaceAllowed(state, gw, l.listener, routeNs),
  );
  if (allowed.length === 0)
    return no(
      'NotAllowedByListeners',
      `No listener of Gateway ${gw.metadata.namespace}/${gw.metadata.name} allows HTTPRoutes from namespace ${routeNs}`,
    );
  const hostnames = route.spec.hostnames ?? [];
  const matching = allowed.filter(
    (l) =>
      l.listener.hostname === undefined ||
      hostnames.length === 0 ||
      hostnames.some((h) => hostnamesIntersect(h, l.listener.hostname!)),
  );
  if (matching.length === 0)
    return no(
      'NoMatchingListenerHostname',
      `No listener hostname of Gateway ${gw.metadata.namespace}/${gw.metadata.name} intersects the route's hostnames`,
    );
  return { parentRef: ref, gateway: gw, accepted: v(true, 'Accepted', 'The Route is accepted'), listeners: matching };
}

/** ReferenceGrant (v1beta1 referencegrant_types.go): a grant in the target namespace lets HTTPRoutes of the route's namespace reach the Service. */
export function referenceGranted(state: ClusterState, fromNs: string, toNs: string, serviceName: string): boolean {
  return state.referenceGrants.some(
    (g) =>
      g.metadata.namespace === toNs &&
      g.spec.from.some((f) => f.group === GATEWAY_GROUP && f.kind === 'HTTPRoute' && f.namespace === fromNs) &&
      g.spec.to.some((t) => t.group === '' && t.kind === 'Service' && (t.name === undefined || t.name === serviceName)),
  );
}

function backendVerdict(state: ClusterState, route: AdmittedHTTPRoute, b: HTTPBackendRef): BackendVerdict {
  if (b.group !== '' || b.kind !== 'Service')
    return {
      ok: false,
      reason: 'InvalidKind',
      message: `Kind ${b.group ? `${b.kind}.${b.group}` : b.kind} is not supported`,
    };
  const routeNs = route.metadata.namespace;
  const ns = b.namespace ?? routeNs;
  if (ns !== routeNs && !referenceGranted(state, routeNs, ns, b.name))
    return {
      ok: false,
      reason: 'RefNotPermitted',
      message: `Backend ref to Service ${ns}/${b.name} not permitted by any ReferenceGrant`,
    };
  const service = state.services.find((s) => s.metadata.namespace === ns && s.metadata.name === b.name);
  if (!service) return { ok: false, reason: 'BackendNotFound', message: `Service ${ns}/${b.name} not found` };
  const portIndex = (service.spec.ports ?? []).findIndex((p) => p.port === b.port);
  if (portIndex < 0)
    return { ok: false, reason: 'BackendNotFound', message: `Service ${ns}/${b.name} has no port ${b.port}` };
  return { ok: true, service, portIndex };
}

export function gatewayDecisions(state: ClusterState): GatewayDecisions {
  const gateways = ourGateways(state).map((g) => gatewayDecision(state, g));
  const byKey = new Map(gateways.map((d) => [`${d.gateway.metadata.namespace}/${d.gateway.metadata.name}`, d]));
  const routes: RouteDecision[] = [];
  for (const route of state.httpRoutes) {
    const parents: ParentDecision[] = [];
    for (const ref of route.spec.parentRefs ?? []) {
      if (ref.group !== GATEWAY_GROUP || ref.kind !== 'Gateway') continue;
      const gd = byKey.get(`${ref.namespace ?? route.metadata.namespace}/${ref.name}`);
      if (gd) parents.push(parentDecision(state, route, ref, gd));
    }
    if (parents.length === 0) continue; // no parent of ours: another controller's route, no status from us
    const backends = route.spec.rules.map((r) => (r.backendRefs ?? []).map((b) => backendVerdict(state, route, b)));
    const firstBad = backends.flat().find((b): b is Extract<BackendVerdict, { ok: false }> => !b.ok);
    routes.push({
      route,
      parents,
      backends,
      resolvedRefs: firstBad
        ? v(false, firstBad.reason, firstBad.message)
        : v(true, 'ResolvedRefs', 'All references are resolved'),
    });
  }
  return { gateways, routes };
}
