// Parses what the user types as a request target: `web`, `web.prod:8080`, `10.96.0.5`,
// `http://web.example.com/app`, `192.168.49.2:30007`. Default port 80 (HTTP), like curl/wget.
import { ipv4 } from './ipMemo.ts';
import { say, type Said } from './said.ts';

export interface Target {
  scheme: 'http' | 'https' | 'tcp';
  host: string;
  port: number;
  path: string;
  isIP: boolean;
}

/** A target that does not parse says why as a code (said.ts `target.*`), worded by each face. */
export type TargetParse = { ok: true; target: Target } | { ok: false; why: Said };

export function parseTarget(text: string): TargetParse {
  let rest = text.trim();
  if (rest === '') return { ok: false, why: say('target.empty') };
  let scheme: Target['scheme'] = 'http';
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  if (m) {
    const s = m[1]!.toLowerCase();
    if (s !== 'http' && s !== 'https' && s !== 'tcp')
      return { ok: false, why: say('target.scheme', { scheme: m[1]! }) };
    // The literal, not the text's own copy: every target then shares one string, and a packet that
    // compares its scheme (destination.ts) does not load a string of its own (with 10,000 targets a
    // cold load per request).
    scheme = s === 'https' ? 'https' : s === 'tcp' ? 'tcp' : 'http';
    rest = rest.slice(m[0].length);
  }
  const slash = rest.indexOf('/');
  const hostPort = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '/' : rest.slice(slash);
  const colon = hostPort.lastIndexOf(':');
  let host = hostPort;
  let port = scheme === 'https' ? 443 : 80;
  if (colon !== -1) {
    host = hostPort.slice(0, colon);
    const p = hostPort.slice(colon + 1);
    if (!/^\d{1,5}$/.test(p) || Number(p) < 1 || Number(p) > 65535)
      return { ok: false, why: say('target.port', { port: p, text }) };
    port = Number(p);
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (host === '') return { ok: false, why: say('target.noHost', { text }) };
  const isIP = ipv4(host) !== null;
  if (!isIP && !/^[a-z0-9]([-a-z0-9_]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9_]*[a-z0-9])?)*$/.test(host)) {
    return { ok: false, why: say('target.badHost', { host }) };
  }
  return { ok: true, target: { scheme, host, port, path, isIP } };
}

const parsedTargets = new Map<string, TargetParse>();

/**
 * parseTarget(text), memoized: the data path sees the same few targets over and over (a pure
 * function: bounded cache; callers only read the answer).
 */
export function parseTargetCached(text: string): TargetParse {
  let v = parsedTargets.get(text);
  if (v === undefined) {
    v = parseTarget(text);
    if (parsedTargets.size >= 65_536) parsedTargets.clear();
    parsedTargets.set(text, v);
  }
  return v;
}
