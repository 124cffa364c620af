// The ingress-nginx controller's view of the Ingresses, built once per cluster state: rules by
// exact host, by wildcard suffix and without a host, each with its paths pre-split — so picking
// a backend for a request looks at the rules of its own host only (nginx builds one `server`
// block per host and matches `location`s inside it), not at every Ingress in the cluster.
// The matching rules themselves are documented in ingressMatch.ts.
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
  /** The first Ingress (in order) with a defaultBackend. */
  withDefault: AdmittedIngress | undefined;
}

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
  return { ingresses, exact, wildcard, noHost, withDefault: ingresses.find((i) => i.spec?.defaultBackend) };
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
    break; // nginx picked this server; its unmatched paths go to the default backend
  }
  const d = index.withDefault;
  if (d?.spec?.defaultBackend) {
    return {
      ingress: d,
      backend: d.spec.defaultBackend,
      rule: `defaultBackend → ${backendText(d.spec.defaultBackend)}`,
      at: {
        kind: 'Ingress',
        namespace: d.metadata.namespace,
        name: d.metadata.name,
        path: 'spec.defaultBackend',
      },
    };
  }
  return null;
}

/** Match against the Ingresses of `state` (builds a throwaway index; the dataplane keeps one per state). */
export function matchIngress(state: ClusterState, host: string, reqPath: string): IngressRoute | null {
  return matchIngressIn(buildIngressIndex(state), host, reqPath);
}
