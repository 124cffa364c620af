// How the built-in Gateway picks a listener, a route and a rule for one HTTP request
// (kubernetes-sigs/gateway-api apis/v1 httproute_types.go: HTTPRouteRule matching precedence,
// HTTPPathMatch, HTTPHeaderMatch, HTTPQueryParamMatch, HTTPRoute hostnames; gateway_types.go:
// Listener hostname; conformance httproute-matching, httproute-matching-across-routes,
// httproute-exact-path-matching, httproute-header-matching, httproute-query-param-matching,
// httproute-method-matching, httproute-listener-hostname-matching, httproute-hostname-intersection).
// - Listener: among the listeners on the request's port, the one whose hostname names the Host
//   most specifically (exact, then the longest wildcard, then one without hostname).
// - Hostname: the routes attached to it whose hostnames name the Host most specifically
//   (a wildcard covers one or more labels).
// - Match: across those routes, Exact path beats a path prefix; a longer prefix beats a shorter;
//   then a method match, more header matches, more query param matches; then the oldest route,
//   then `namespace/name` order; within a route the first rule, the first match.
//   RegularExpression paths are implementation-specific: like nginx locations, a matching regular
//   expression (JavaScript syntax here, anchored) ranks after Exact and before PathPrefix.
import type { HTTPRouteMatch, HTTPRouteRule } from '../model/gatewayApi.ts';
import type { GatewayEntry, ListenerEntry, RouteOnListener } from './gatewayIndex.ts';
import { hostScore } from './gatewayIndex.ts';
import { pathSegments, prefixMatches } from './ingressMatch.ts';

export interface HttpRequestLine {
  host: string;
  /** Path with its query string. */
  path: string;
  method?: string;
  headers?: Readonly<Record<string, string>>;
}

export type GatewayMatch =
  | {
      ok: true;
      listener: ListenerEntry;
      route: RouteOnListener;
      ruleIndex: number;
      matchIndex: number;
      rule: HTTPRouteRule;
      match: HTTPRouteMatch;
    }
  | { ok: false; reason: 'noListener' }
  | { ok: false; reason: 'noRoute'; listener: ListenerEntry };

export function splitQuery(path: string): { path: string; query: Map<string, string> } {
  const q = path.indexOf('?');
  const query = new Map<string, string>();
  if (q < 0) return { path: path || '/', query };
  for (const part of path.slice(q + 1).split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const k = eq < 0 ? part : part.slice(0, eq);
    // The first value of a repeated name counts (HTTPQueryParamMatch: implementations match the first).
    if (!query.has(k)) query.set(k, eq < 0 ? '' : part.slice(eq + 1));
  }
  return { path: path.slice(0, q) || '/', query };
}

export function hostWithoutPort(host: string): string {
  const m = /^(.*):\d+$/.exec(host);
  return m && !m[1]!.includes(':') ? m[1]! : host;
}

function regexMatches(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return false;
  }
}

function matchesRequest(m: HTTPRouteMatch, path: string, query: Map<string, string>, req: HttpRequestLine): boolean {
  const p = m.path ?? { type: 'PathPrefix', value: '/' };
  if (p.type === 'Exact' && p.value !== path) return false;
  if (p.type === 'PathPrefix' && !prefixMatches(pathSegments(p.value), pathSegments(path))) return false;
  if (p.type === 'RegularExpression' && !regexMatches(p.value, path)) return false;
  if (m.method && m.method !== (req.method ?? 'GET')) return false;
  for (const h of m.headers ?? []) {
    const name = h.name.toLowerCase();
    const got = Object.entries(req.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];
    if (got === undefined) return false;
    if (h.type === 'RegularExpression' ? !regexMatches(h.value, got) : got !== h.value) return false;
  }
  for (const qp of m.queryParams ?? []) {
    const got = query.get(qp.name);
    if (got === undefined) return false;
    if (qp.type === 'RegularExpression' ? !regexMatches(qp.value, got) : got !== qp.value) return false;
  }
  return true;
}

/** Precedence as a tuple compared left to right, higher first. */
function rank(m: HTTPRouteMatch): number[] {
  const p = m.path ?? { type: 'PathPrefix', value: '/' };
  const kind = p.type === 'Exact' ? 3 : p.type === 'RegularExpression' ? 2 : 1;
  return [
    kind,
    p.type === 'PathPrefix' ? p.value.length : 0,
    m.method ? 1 : 0,
    (m.headers ?? []).length,
    (m.queryParams ?? []).length,
  ];
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

function routeOrder(a: RouteOnListener, b: RouteOnListener): number {
  const ta = a.rd.route.metadata.creationTimestamp ?? '';
  const tb = b.rd.route.metadata.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  const ka = `${a.rd.route.metadata.namespace}/${a.rd.route.metadata.name}`;
  const kb = `${b.rd.route.metadata.namespace}/${b.rd.route.metadata.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function matchGateway(g: GatewayEntry, port: number, req: HttpRequestLine): GatewayMatch {
  const host = hostWithoutPort(req.host);
  let listener: ListenerEntry | undefined;
  let best = -2;
  for (const l of g.listeners) {
    if (l.ld.listener.port !== port || !l.ld.valid) continue;
    const h = l.ld.listener.hostname;
    const score = h === undefined ? 0 : hostScore(h, host);
    if (score < 0 || score <= best) continue;
    best = score;
    listener = l;
  }
  if (!listener) return { ok: false, reason: 'noListener' };
  // The routes naming the host most specifically (a route without hostnames takes every host).
  let hostBest = -2;
  let routes: RouteOnListener[] = [];
  for (const r of listener.routes) {
    const score = r.hostnames.length === 0 ? 0 : Math.max(...r.hostnames.map((h) => hostScore(h, host)));
    if (score < 0) continue;
    if (score > hostBest) {
      hostBest = score;
      routes = [r];
    } else if (score === hostBest) routes.push(r);
  }
  const { path, query } = splitQuery(req.path);
  let found: { r: RouteOnListener; ri: number; mi: number; rank: number[] } | undefined;
  for (const r of [...routes].sort(routeOrder)) {
    r.rd.route.spec.rules.forEach((rule, ri) => {
      rule.matches.forEach((m, mi) => {
        if (!matchesRequest(m, path, query, req)) return;
        const k = rank(m);
        if (!found || compareRank(k, found.rank) < 0) found = { r, ri, mi, rank: k };
      });
    });
  }
  if (!found) return { ok: false, reason: 'noRoute', listener };
  const rule = found.r.rd.route.spec.rules[found.ri]!;
  return {
    ok: true,
    listener,
    route: found.r,
    ruleIndex: found.ri,
    matchIndex: found.mi,
    rule,
    match: rule.matches[found.mi]!,
  };
}

/** `PathPrefix /app`, `Exact /`, `GET`, `header x-env=canary`: a match in words (hop texts). */
export function matchText(m: HTTPRouteMatch): string {
  const p = m.path ?? { type: 'PathPrefix', value: '/' };
  return [
    `${p.type} ${p.value}`,
    ...(m.method ? [m.method] : []),
    ...(m.headers ?? []).map((h) => `header ${h.name}${h.type === 'RegularExpression' ? '~' : '='}${h.value}`),
    ...(m.queryParams ?? []).map((q) => `query ${q.name}${q.type === 'RegularExpression' ? '~' : '='}${q.value}`),
  ].join(', ');
}
