// How the built-in ingress-nginx controller picks a backend for Host + path.
// Host: an exact host rule first, then a wildcard rule whose `*` covers exactly one label, then
// rules without a host (nginx's catch-all server `_`) (networking/v1 IngressRule.Host docs).
// Path: Exact = string equality; Prefix = element-wise on `/`, trailing slash ignored;
// ImplementationSpecific = Prefix (ingress-nginx without use-regex); the longest match wins and
// Exact beats Prefix on a tie (content/en/docs/concepts/services-networking/ingress.md).
// No match: the Ingress defaultBackend, else the controller's default backend (404).
import type { Ingress, IngressBackend } from 'kubernetes-types/networking/v1';
import type { ClusterState } from '../model/clusterState.ts';
import type { HopAt } from './types.ts';

export interface IngressRoute {
  ingress: Ingress;
  backend: IngressBackend;
  /** Human-readable rule: `host web.example.com path /app (Prefix) → web:80`. */
  rule: string;
  at: HopAt;
}

/** Ingresses the nginx controller serves: class nginx, or no class at all (the playground's default class). */
export function nginxIngresses(state: ClusterState): Ingress[] {
  return state.ingresses
    .filter((ing) => {
      const cls = ing.spec?.ingressClassName ?? ing.metadata?.annotations?.['kubernetes.io/ingress.class'];
      if (cls === undefined) return true;
      const ic = state.ingressClasses.find((c) => c.metadata?.name === cls);
      return cls === 'nginx' || ic?.spec?.controller === 'k8s.io/ingress-nginx';
    })
    .sort((a, b) => key(a).localeCompare(key(b)));
}

const key = (i: Ingress) => `${i.metadata?.namespace ?? 'default'}/${i.metadata?.name ?? ''}`;

export function hostMatches(ruleHost: string, host: string): boolean {
  if (ruleHost.startsWith('*.')) {
    const suffix = ruleHost.slice(1); // ".foo.com"
    if (!host.endsWith(suffix)) return false;
    const label = host.slice(0, host.length - suffix.length);
    return label.length > 0 && !label.includes('.');
  }
  return ruleHost === host;
}

export function pathMatches(pathType: string, rulePath: string, reqPath: string): boolean {
  if (pathType === 'Exact') return rulePath === reqPath;
  const ruleParts = rulePath.split('/').filter((s) => s !== '');
  const reqParts = reqPath.split('/').filter((s) => s !== '');
  if (ruleParts.length > reqParts.length) return false;
  return ruleParts.every((p, i) => reqParts[i] === p);
}

export function matchIngress(state: ClusterState, host: string, reqPath: string): IngressRoute | null {
  const ingresses = nginxIngresses(state);
  const path = reqPath.split('?')[0] || '/';
  type Cand = { ing: Ingress; ri: number; pi: number; len: number; exact: boolean; backend: IngressBackend; ruleHost: string; p: string; t: string };
  const tiers: ((h: string | undefined) => boolean)[] = [
    (h) => h !== undefined && h !== '' && !h.startsWith('*.') && h === host,
    (h) => h !== undefined && h.startsWith('*.') && hostMatches(h, host),
    (h) => h === undefined || h === '',
  ];
  for (const tier of tiers) {
    let tierHasHost = false;
    let best: Cand | null = null;
    for (const ing of ingresses) {
      (ing.spec?.rules ?? []).forEach((rule, ri) => {
        if (!tier(rule.host)) return;
        tierHasHost = true;
        (rule.http?.paths ?? []).forEach((hp, pi) => {
          const p = hp.path ?? '/';
          const t = hp.pathType ?? 'ImplementationSpecific';
          if (!pathMatches(t, p, path)) return;
          const len = t === 'Exact' ? p.length : p.replace(/\/+$/, '').length;
          const exact = t === 'Exact';
          if (!best || len > best.len || (len === best.len && exact && !best.exact)) {
            best = { ing, ri, pi, len, exact, backend: hp.backend, ruleHost: rule.host ?? '*', p, t };
          }
        });
      });
    }
    const b = best as Cand | null;
    if (b) {
      return {
        ingress: b.ing, backend: b.backend,
        rule: `host ${b.ruleHost} path ${b.p} (${b.t}) → ${backendText(b.backend)}`,
        at: { kind: 'Ingress', namespace: b.ing.metadata?.namespace ?? 'default', name: b.ing.metadata?.name ?? '', path: `spec.rules[${b.ri}].http.paths[${b.pi}]` },
      };
    }
    if (tierHasHost) break; // nginx picked this server; its unmatched paths go to the default backend
  }
  const withDefault = ingresses.find((i) => i.spec?.defaultBackend);
  if (withDefault?.spec?.defaultBackend) {
    return {
      ingress: withDefault, backend: withDefault.spec.defaultBackend,
      rule: `defaultBackend → ${backendText(withDefault.spec.defaultBackend)}`,
      at: { kind: 'Ingress', namespace: withDefault.metadata?.namespace ?? 'default', name: withDefault.metadata?.name ?? '', path: 'spec.defaultBackend' },
    };
  }
  return null;
}

export function backendText(b: IngressBackend): string {
  if (!b.service) return `resource ${b.resource?.kind ?? '?'}/${b.resource?.name ?? '?'}`;
  return `${b.service.name}:${b.service.port?.number ?? b.service.port?.name ?? '?'}`;
}
