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
  TLS_SECRET_TYPE,
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
  /** HTTPS: `namespace/name` of the certificate Secret nginx terminates TLS with (the first certificateRef). */
  certificate?: string;
  /** Conflicted (gateway_types.go ListenerConditionConflicted): False/NoConflicts unless it shares its port with an incompatible protocol. */
  conflicted: Verdict;
  /**
   * NGF's Listener.Valid: accepted, references resolved, not conflicted. Only a valid listener is
   * programmed into nginx: routes attach to it, requests reach it, public DNS and the diagram use it.
   */
  valid: boolean;
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

const NO_CONFLICTS = v(false, 'NoConflicts', 'No conflicts');

/**
 * Why the controller does not program a listener, as its status says it: the reason of the
 * condition that failed (Conflicted, else Accepted, else ResolvedRefs); null for a valid listener.
 * The diagram and the CLI show this word as status shows it.
 */
export function listenerProblem(l: ListenerDecision): string | null {
  if (l.valid) return null;
  if (l.conflicted.status === 'True') return l.conflicted.reason;
  return l.accepted.status === 'False' ? l.accepted.reason : l.resolvedRefs.reason;
}

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

type ListenerChecks = Omit<ListenerDecision, 'conflicted' | 'valid'>;

/** NGF's listener validators and its TLS Secret resolver (internal/controller/state/graph/gateway_listener.go). */
function listenerChecks(state: ClusterState, gw: AdmittedGateway, listener: Listener, index: number): ListenerChecks {
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
    // Terminate needs the certificate Secret(s) in certificateRefs (same namespace without a
    // ReferenceGrant), each of type kubernetes.io/tls (NGF resolver/secrets.go: any other type is
    // `unsupported secret type`). NGF also parses the PEM key pair; the playground does not.
    const refs =
      (listener.tls as { certificateRefs?: { name?: string; namespace?: string; kind?: string }[] } | undefined)
        ?.certificateRefs ?? [];
    const problems = refs.flatMap((r) => {
      const ns = r.namespace ?? gw.metadata.namespace;
      const secret = state.others.find(
        (o) => o.kind === 'Secret' && o.metadata?.name === r.name && (o.metadata?.namespace ?? 'default') === ns,
      );
      if (!secret) return [`Secret ${ns}/${r.name} does not exist`];
      const type = (secret as { type?: string }).type ?? 'Opaque';
      return type === TLS_SECRET_TYPE ? [] : [`Secret ${ns}/${r.name}: unsupported secret type "${type}"`];
    });
    const first = refs[0];
    const bad = !first || problems.length > 0;
    return {
      listener,
      index,
      supportedKinds: [HTTP_ROUTE],
      accepted,
      resolvedRefs: bad
        ? v(false, 'InvalidCertificateRef', problems[0] ?? 'No certificateRefs are set')
        : v(true, 'ResolvedRefs', 'All references are resolved'),
      ...(bad ? {} : { certificate: `${first.namespace ?? gw.metadata.namespace}/${first.name}` }),
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

/**
 * Listener conflicts, as NGF's portConflictResolver decides them (internal/controller/state/graph/
 * gateway_listener.go; gateway_types.go "Handling indistinct Listeners"): HTTP is one protocol
 * group, HTTPS (with TLS) another; when one port carries listeners of both groups, every listener
 * on that port is Conflicted with reason ProtocolConflict — the implementation "MUST NOT pick one
 * conflicting Listener as the winner". Only listeners that passed the validators take part (NGF runs
 * its conflict resolvers after them): an unsupported protocol (TCP, UDP, TLS here) or route kinds
 * without HTTPRoute never conflict. A missing certificate is resolved after conflicts, so such an
 * HTTPS listener still takes part. HostnameConflict cannot arise here: NGF raises it for HTTPS and
 * TLS listeners with overlapping hostnames on one port (TLS is not served here) and for listeners
 * with the same port, protocol and hostname, which the Gateway CRD's CEL rule "Combination of port,
 * protocol and hostname must be unique for each listener" already refuses at admission.
 */
function protocolConflicts(checks: ListenerChecks[]): Set<number> {
  const groupsByPort = new Map<number, Set<string>>();
  const takesPart = checks.filter((c) => c.supportedKinds.length > 0);
  for (const c of takesPart) {
    const groups = groupsByPort.get(c.listener.port) ?? new Set<string>();
    groups.add(c.listener.protocol === 'HTTPS' ? 'secure' : 'insecure');
    groupsByPort.set(c.listener.port, groups);
  }
  return new Set(takesPart.filter((c) => groupsByPort.get(c.listener.port)!.size > 1).map((c) => c.index));
}

/** NGF's message for a ProtocolConflict (gateway_listener.go portProtocolConflictMsg). */
const protocolConflictMessage = (port: number) =>
  `Multiple listeners for the same port ${port} specify incompatible protocols; ensure only one protocol per port`;

function gatewayDecision(state: ClusterState, gw: AdmittedGateway): GatewayDecision {
  const checks = gw.spec.listeners.map((l, i) => listenerChecks(state, gw, l, i));
  const conflicts = protocolConflicts(checks);
  const listeners: ListenerDecision[] = checks.map((c) => {
    if (conflicts.has(c.index)) {
      // NGF conditions.NewListenerProtocolConflict: Accepted False, Conflicted True (Programmed False, written in status).
      const msg = protocolConflictMessage(c.listener.port);
      return {
        ...c,
        accepted: v(false, 'ProtocolConflict', msg),
        conflicted: { status: 'True', reason: 'ProtocolConflict', message: msg },
        valid: false,
      };
    }
    return {
      ...c,
      conflicted: NO_CONFLICTS,
      valid: c.accepted.status === 'True' && c.resolvedRefs.status === 'True',
    };
  });
  const valid = listeners.filter((l) => l.valid).length;
  // GatewayReasonListenersNotValid (gateway_types.go; conformance gateway-invalid-listeners-unsupported-protocol):
  // no valid listener → Accepted False; some invalid → Accepted True with that reason. NGF's messages
  // (conditions.NewGatewayNotAcceptedListenersNotValid / NewGatewayAcceptedListenersNotValid).
  return {
    gateway: gw,
    listeners,
    accepted:
      valid === 0
        ? v(false, 'ListenersNotValid', 'The Gateway has no valid listeners')
        : valid < listeners.length
          ? v(true, 'ListenersNotValid', 'The Gateway has at least one valid listener')
          : v(true, 'Accepted', 'The Gateway is accepted'),
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
  // NGF binds a route to an "attachable" listener even when it is not valid (a conflict, a missing
  // certificate): it is refused later, as InvalidListener, rather than as NotAllowedByListeners.
  const allowed = named.filter(
    (l) =>
      (l.accepted.status === 'True' || l.conflicted.status === 'True') &&
      l.supportedKinds.length > 0 &&
      namespaceAllowed(state, gw, l.listener, routeNs),
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
  // Only valid listeners carry the route (NGF route_common.go tryToAttachL7RouteToListeners: attached
  // to no valid listener → Accepted False, its own reason InvalidListener, conditions.NewRouteInvalidListener).
  const usable = matching.filter((l) => l.valid);
  if (usable.length === 0) return no('InvalidListener', 'The Listener is invalid for this parent ref');
  return { parentRef: ref, gateway: gw, accepted: v(true, 'Accepted', 'The Route is accepted'), listeners: usable };
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
