// The HTTPRoute filters as the built-in Gateway's nginx applies them (apis/v1/httproute_types.go
// HTTPRouteFilter): the path modifiers, a RequestRedirect's Location and status text, and the
// RequestHeaderModifier's edits. gatewayProxy.ts runs them in a rule's order.
import type { HTTPPathModifier, HTTPRouteFilter } from '../model/gatewayApi.ts';
import { hostWithoutPort } from './gatewayMatch.ts';

/** The reason phrase of each redirect status, for the answer's status line. */
export const REDIRECT_TEXT: Readonly<Record<number, string>> = {
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

/** A request target split at `?`: the path (`/` when empty) and the raw query with its `?`. */
export function splitQueryRaw(p: string): { path: string; query: string } {
  const q = p.indexOf('?');
  return q < 0 ? { path: p || '/', query: '' } : { path: p.slice(0, q) || '/', query: p.slice(q) };
}

/** HTTPHeaderFilter (RequestHeaderModifier) on the request's headers, keyed lower-case, in place: what it did, for the trace. */
export function headerEdits(f: HTTPRouteFilter, headers: Record<string, string>): string[] {
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
