// The ingress-nginx controller's view of the Ingresses, built once per cluster state: rules by
// exact host, by wildcard suffix and without a host, each with its paths pre-split — so picking
// a backend for a request looks at the rules of its own host only (nginx builds one `server`
// block per host and matches `location`s inside it), not at every Ingress in the cluster.
// The matching rules themselves are documented in ingressMatch.ts.
// Defaults follow ingress-nginx, not the Ingress API's wording (internal/ingress/controller/
// controller.go createServers): a host's server is created by the first Ingress with a rule for
// it, and that Ingress's defaultBackend (a Service) is the server's default location; a request
// whose Host has no server goes to the catch-all server `_`, whose default is the controller's own
// default backend (404) unless an Ingress has a defaultBackend and NO rules ("a backend but no
// rule. Using it to configure the catch-all server"). So an Ingress with rules and a defaultBackend
// does not catch unknown hosts, although the API describes defaultBackend as the backend for
// "requests that don't match any rule".
import type { IngressBackend } from 'kubernetes-types/networking/v1';
import type { AdmittedIngress } from '../model/admitted.ts';
import type { ClusterState } from '../model/clusterState.ts';
import type { IngressRoute } from './ingressMatch.ts';
import { backendText, nginxIngresses, pathSegments, prefixMatches } from './ingressMatch.ts';
import { flat } from './flatString.ts';

interface PathRef {
  pi: number;
  /** path as written (default "/") and pathType (default ImplementationSpecific). */
  p: string;
  t: string;
  exact: boolean;
  /** Non-empty `/` segments, for element-wise Prefix matching. */
  parts: string[];
  /** Match length: Exact = whole path, Prefix = path without trailing slashes. */
  len: number;
  backend: IngressBackend;
  /** The route's rule text and field path, written on first use. */
  text?: string;
  atPath?: string;
}

interface RuleRef {
  ing: AdmittedIngress;
  /** Position of the Ingress in nginxIngresses order (ties go to the earlier one). */
  order: number;
  ri: number;
  host: string;
  paths: PathRef[];
}

export interface IngressIndex {
  ingresses: AdmittedIngress[];
  /** Tier 1: rules whose host is a plain name. */
  exact: Map<string, RuleRef[]>;
  /** Tier 2: rules `*.suffix`, keyed by `.suffix`. */
  wildcard: Map<string, RuleRef[]>;
  /** Tier 3: rules without a host (nginx's catch-all server). */
  noHost: RuleRef[];
  /** The first Ingress (in order) with a Service defaultBackend and no rules: the catch-all server's default. */
  catchAll: AdmittedIngress | undefined;
  /** The first Ingress (in order) with a Service defaultBackend and rules (its default serves only its own servers). */
  defaultWithRules: AdmittedIngress | undefined;
}

/** ingress-nginx reads only a Service defaultBackend (`ing.Spec.DefaultBackend.Service != nil`). */
const hasServiceDefault = (i: AdmittedIngress) => i.spec?.defaultBackend?.service !== undefined;

export function buildIngressIndex(state: ClusterState): IngressIndex {
  const ingresses = nginxIngresses(state);
  const exact = new Map<string, RuleRef[]>();
  const wildcard = new Map<string, RuleRef[]>();
  const noHost: RuleRef[] = [];
  const push = (m: Map<string, RuleRef[]>, k: string, r: RuleRef) => {
    const l = m.get(k);
    if (l) l.push(r);
    else m.set(k, [r]);
  };
  ingresses.forEach((ing, order) => {
    (ing.spec?.rules ?? []).forEach((rule, ri) => {
      const paths = (rule.http?.paths ?? []).map((hp, pi): PathRef => {
        const p = hp.path ?? '/';
        const t = hp.pathType ?? 'ImplementationSpecific';
        const exactType = t === 'Exact';
        return {
          pi,
          p,
          t,
          exact: exactType,
          parts: pathSegments(p),
          len: exactType ? p.length : p.replace(/\/+$/, '').length,
          backend: hp.backend,
        };
      });
      const h = rule.host;
      const ref: RuleRef = { ing, order, ri, host: h ?? '*', paths };
      if (h === undefined || h === '') noHost.push(ref);
      else if (h.startsWith('*.')) push(wildcard, h.slice(1), ref);
      else push(exact, h, ref);
    });
  });
  return {
    ingresses,
    exact,
    wildcard,
    noHost,
    catchAll: ingresses.find((i) => hasServiceDefault(i) && (i.spec?.rules ?? []).length === 0),
    defaultWithRules: ingresses.find((i) => hasServiceDefault(i) && (i.spec?.rules ?? []).length > 0),
  };
}

/** `.foo.com` for `a.foo.com`: the suffix a `*.foo.com` rule must cover with exactly one label. */
function wildcardSuffix(host: string): string | undefined {
  const dot = host.indexOf('.');
  return dot > 0 ? host.slice(dot) : undefined;
}

/** The Ingress whose host rule public DNS would point at the controller for `host` (first in order, exact or wildcard). */
export function ingressForHost(index: IngressIndex, host: string): AdmittedIngress | undefined {
  const a = index.exact.get(host)?.[0];
  const suffix = wildcardSuffix(host);
  const b = suffix === undefined ? undefined : index.wildcard.get(suffix)?.[0];
  if (a && b) return a.order <= b.order ? a.ing : b.ing;
  return (a ?? b)?.ing;
}

export function matchIngressIn(index: IngressIndex, host: string, reqPath: string): IngressRoute | null {
  const path = reqPath.split('?')[0] || '/';
  const reqParts = pathSegments(path);
  const suffix = wildcardSuffix(host);
  const tiers: (RuleRef[] | undefined)[] = [
    index.exact.get(host),
    suffix === undefined ? undefined : index.wildcard.get(suffix),
    index.noHost,
  ];
  for (const rules of tiers) {
    if (!rules || rules.length === 0) continue;
    let best: { r: RuleRef; hp: PathRef } | null = null;
    for (const r of rules) {
      for (const hp of r.paths) {
        if (hp.exact ? hp.p !== path : !prefixMatches(hp.parts, reqParts)) continue;
        if (!best || hp.len > best.hp.len || (hp.len === best.hp.len && hp.exact && !best.hp.exact)) best = { r, hp };
      }
    }
    if (best) {
      const { r, hp } = best;
      hp.text ??= flat(`host ${r.host} path ${hp.p} (${hp.t}) → ${backendText(hp.backend)}`);
      hp.atPath ??= flat(`spec.rules[${r.ri}].http.paths[${hp.pi}]`);
      return {
        ingress: r.ing,
        backend: hp.backend,
        rule: hp.text,
        at: {
          kind: 'Ingress',
          namespace: r.ing.metadata.namespace,
          name: r.ing.metadata.name,
          path: hp.atPath,
        },
      };
    }
    // nginx picked this server; its unmatched paths go to the server's default location. A host's
    // server belongs to the first Ingress with a rule for it; the host-less tier is the catch-all `_`.
    if (rules !== index.noHost) {
      const owner = rules[0]!.ing;
      return hasServiceDefault(owner)
        ? defaultRoute(owner, `host ${rules[0]!.host}, no path matches: the server's default location`)
        : null;
    }
    break;
  }
  const d = index.catchAll;
  return d
    ? defaultRoute(d, `no server for host ${host}: the catch-all server _ (an Ingress without rules sets it)`)
    : null;
}

function defaultRoute(ing: AdmittedIngress, why: string): IngressRoute {
  const b = ing.spec!.defaultBackend!;
  return {
    ingress: ing,
    backend: b,
    rule: flat(`${why}, defaultBackend of ${ing.metadata.namespace}/${ing.metadata.name} → ${backendText(b)}`),
    at: { kind: 'Ingress', namespace: ing.metadata.namespace, name: ing.metadata.name, path: 'spec.defaultBackend' },
  };
}

/** Match against the Ingresses of `state` (builds a throwaway index; the dataplane keeps one per state). */
export function matchIngress(state: ClusterState, host: string, reqPath: string): IngressRoute | null {
  return matchIngressIn(buildIngressIndex(state), host, reqPath);
}
