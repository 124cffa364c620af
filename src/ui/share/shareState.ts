// What a share link carries, read from and written back to the app's state. The link format and
// its canonical form belong to the core codec (src/core/share/linkCodec.ts); this file only maps
// the UI's traffic clients (`pod:ns/name`, the worker protocol) to the link's (`pod/ns/name`)
// and back, strictly: a client the UI could not run is left out, never guessed.
import type { SharedScenario, TrafficClientSetting } from '../../core/share/linkCodec.ts';
import type { ClientSpec } from '../../worker/protocol.ts';
import type { Theme } from '../store.ts';

export interface ShareableState {
  text: string;
  seed: number;
  clients: readonly ClientSpec[];
  lesson: string | null;
  lessonStep: number;
  theme: Theme;
  speed: number;
}

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const isIPv4 = (s: string): boolean => {
  const m = IPV4.exec(s);
  return !!m && m.slice(1).every((o) => Number(o) <= 255);
};

/** `external` (+ sourceIP), `pod:ns/name`, `node:name` → `external[/ip]`, `pod/ns/name`, `node/name`. */
export function clientToSetting(c: ClientSpec): TrafficClientSetting | null {
  let from: string | null = null;
  if (c.from === 'external') from = c.sourceIP ? `external/${c.sourceIP}` : 'external';
  else if (/^pod:[^/]+\/.+$/.test(c.from)) from = `pod/${c.from.slice(4)}`;
  else if (/^node:.+$/.test(c.from)) from = `node/${c.from.slice(5)}`;
  if (from === null) return null;
  return { id: c.id, from, to: c.to, rate: c.rate };
}

/** The reverse of clientToSetting; null for anything a link should not hold. */
export function settingToClient(s: TrafficClientSetting): ClientSpec | null {
  const rate = s.rate ?? 1;
  if (!Number.isFinite(rate) || rate <= 0 || s.id.length > 64 || s.to.length > 500) return null;
  const parts = s.from.split('/');
  const base = { id: s.id, to: s.to, rate };
  if (parts[0] === 'external' && parts.length === 1) return { ...base, from: 'external' };
  if (parts[0] === 'external' && parts.length === 2 && isIPv4(parts[1]!))
    return { ...base, from: 'external', sourceIP: parts[1]! };
  if (parts[0] === 'pod' && parts.length === 3 && NAME.test(parts[1]!) && NAME.test(parts[2]!))
    return { ...base, from: `pod:${parts[1]}/${parts[2]}` };
  if (parts[0] === 'node' && parts.length === 2 && NAME.test(parts[1]!)) return { ...base, from: `node:${parts[1]}` };
  return null;
}

export function toShared(s: ShareableState): SharedScenario {
  const clients = s.clients.map(clientToSetting).filter((c): c is TrafficClientSetting => c !== null);
  return {
    yaml: s.text,
    seed: s.seed,
    ...(clients.length > 0 ? { clients } : {}),
    ...(s.lesson ? { lesson: s.lesson, step: s.lessonStep } : {}),
    view: { theme: s.theme, speed: s.speed },
  };
}

/** What the app applies from a decoded link (clients: [] means "the scenario's defaults"). */
export interface OpenedScenario {
  text: string;
  seed: number;
  clients: ClientSpec[];
  lesson: string | null;
  step: number;
  theme: Theme | null;
  speed: number | null;
}

export function fromShared(s: SharedScenario): OpenedScenario {
  const seed = s.seed !== undefined && Number.isSafeInteger(s.seed) && s.seed >= 0 ? s.seed : 1;
  const speed = s.view?.speed;
  return {
    text: s.yaml,
    seed,
    clients: (s.clients ?? []).map(settingToClient).filter((c): c is ClientSpec => c !== null),
    lesson: s.lesson && s.lesson.length <= 100 ? s.lesson : null,
    step: s.step ?? 0,
    theme: s.view?.theme ?? null,
    speed: typeof speed === 'number' && Number.isFinite(speed) && speed >= 0.125 && speed <= 16 ? speed : null,
  };
}

/** The full link for a fragment, on this page's address without its query (no `?embed`). */
export function playgroundUrl(location: { origin: string; pathname: string }, fragment: string): string {
  return `${location.origin}${location.pathname}#${fragment}`;
}

/**
 * "Open in playground" from an embed: this page's address without its query. Always absolute on
 * this origin: a path such as `//other.host/` alone would be a protocol-relative link to that host.
 */
export function embedPlaygroundHref(location: { origin: string; pathname: string; hash: string }): string {
  return `${location.origin}${location.pathname}${location.hash}`;
}

/**
 * What opening a link over the current work does: `apply` when there is no saved draft of the
 * user's own, `same` when the link holds what is already shown, `ask` otherwise (never silently
 * overwrite a draft).
 */
export function linkDecision(
  hasDraft: boolean,
  current: { text: string; seed: number },
  link: { text: string; seed: number },
): 'apply' | 'same' | 'ask' {
  if (current.text === link.text && current.seed === link.seed) return 'same';
  return hasDraft ? 'ask' : 'apply';
}
