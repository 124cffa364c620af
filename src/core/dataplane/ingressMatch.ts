// How the built-in ingress-nginx controller picks a backend for Host + path.
// Host: an exact host rule first, then a wildcard rule whose `*` covers exactly one label, then
// rules without a host (nginx's catch-all server `_`) (networking/v1 IngressRule.Host docs).
// Path: Exact = string equality; Prefix = element-wise on `/`, trailing slash ignored;
// ImplementationSpecific = Prefix (ingress-nginx without use-regex); the longest match wins and
// Exact beats Prefix on a tie (content/en/docs/concepts/services-networking/ingress.md).
// No match: ingress-nginx's default for that server (ingressIndex.ts), else its default backend (404).
// The matching over all Ingresses is in ingressIndex.ts (indexed by host).
import type { IngressBackend } from 'kubernetes-types/networking/v1';
import type { AdmittedIngress } from '../model/admitted.ts';
import type { ClusterState } from '../model/clusterState.ts';
import type { HopAt } from './types.ts';

export interface IngressRoute {
  ingress: AdmittedIngress;
  backend: IngressBackend;
  /** Human-readable rule: `host web.example.com path /app (Prefix) → web:80`. */
  rule: string;
  at: HopAt;
}

/** Ingresses the nginx controller serves: class nginx, or no class at all (the playground's default class). */
export function nginxIngresses(state: ClusterState): AdmittedIngress[] {
  return state.ingresses
    .filter((ing) => {
      const cls = ing.spec?.ingressClassName ?? ing.metadata.annotations?.['kubernetes.io/ingress.class'];
      if (cls === undefined) return true;
      const ic = state.ingressClasses.find((c) => c.metadata.name === cls);
      return cls === 'nginx' || ic?.spec?.controller === 'k8s.io/ingress-nginx';
    })
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

// Compared byte-wise, as Go compares strings. Not localeCompare: its first call builds an ICU collator,
// ~8 ms of CPU in a cold start (names are DNS subdomains, ASCII, so the order is the same).
const key = (i: AdmittedIngress) => `${i.metadata.namespace}/${i.metadata.name}`;

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
  return prefixMatches(pathSegments(rulePath), pathSegments(reqPath));
}

/** The non-empty `/` segments of a path (Prefix matching is element-wise). */
export function pathSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/** Prefix: element-wise on `/`, so /foo matches /foo/bar but not /foobar. */
export function prefixMatches(ruleParts: readonly string[], reqParts: readonly string[]): boolean {
  if (ruleParts.length > reqParts.length) return false;
  for (let i = 0; i < ruleParts.length; i++) if (ruleParts[i] !== reqParts[i]) return false;
  return true;
}

export function backendText(b: IngressBackend): string {
  if (!b.service) return `resource ${b.resource?.kind ?? '?'}/${b.resource?.name ?? '?'}`;
  return `${b.service.name}:${b.service.port?.number ?? b.service.port?.name ?? '?'}`;
}
