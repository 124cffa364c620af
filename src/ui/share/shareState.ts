// What a share link carries, read from and written back to the app's state. The link format and
// its canonical form belong to the core codec (src/core/share/linkCodec.ts). A link carries client
// declarations (Services, workloads, nodes by name), not the addresses one load resolved, in the
// core's one text form (src/core/sim/clientText.ts), the same as lessons; links made before hold
// addresses and pod names, which read as URL and pod declarations. A client that does not read is
// left out, never guessed.
import type { SharedScenario, TrafficClientSetting } from '../../core/share/linkCodec.ts';
import { formatSourceDecl, formatTargetDecl, parseSourceDecl, parseTargetDecl } from '../../core/sim/clientText.ts';
import type { ClientDecl } from '../../worker/protocol.ts';
import type { Theme } from '../store.ts';

export interface ShareableState {
  text: string;
  seed: number;
  /** null: the scenario's default clients (the link carries none). */
  clients: readonly ClientDecl[] | null;
  lesson: string | null;
  lessonStep: number;
  theme: Theme;
  speed: number;
  /** The link opens paused (the Share dialog's choice; the address bar never writes it). */
  paused?: boolean;
}

/** A client as a link writes it (`deployment/default/web` → `service/default/my-service:80`). */
export function clientToSetting(c: ClientDecl): TrafficClientSetting {
  return { id: c.id, from: formatSourceDecl(c.from), to: formatTargetDecl(c.to), rate: c.rate };
}

/** The reverse of clientToSetting, strictly: null for anything a link should not hold (never guessed). */
export function settingToClient(s: TrafficClientSetting): ClientDecl | null {
  const rate = s.rate ?? 1;
  if (!Number.isFinite(rate) || rate <= 0 || s.id.length > 64 || s.to.length > 500) return null;
  const from = parseSourceDecl(s.from);
  const to = parseTargetDecl(s.to);
  return from.ok && to.ok ? { id: s.id, from: from.value, to: to.value, rate } : null;
}

export function toShared(s: ShareableState): SharedScenario {
  const clients = (s.clients ?? []).map(clientToSetting);
  return {
    yaml: s.text,
    seed: s.seed,
    ...(clients.length > 0 ? { clients } : {}),
    ...(s.lesson ? { lesson: s.lesson, step: s.lessonStep } : {}),
    view: { theme: s.theme, speed: s.speed, ...(s.paused ? { paused: true } : {}) },
  };
}

/** What the app applies from a decoded link (clients: null means "the scenario's defaults"). */
export interface OpenedScenario {
  text: string;
  seed: number;
  clients: ClientDecl[] | null;
  lesson: string | null;
  step: number;
  theme: Theme | null;
  speed: number | null;
  /** Open with the traffic paused (otherwise a link opens playing). */
  paused: boolean;
}

export function fromShared(s: SharedScenario): OpenedScenario {
  const seed = s.seed !== undefined && Number.isSafeInteger(s.seed) && s.seed >= 0 ? s.seed : 1;
  const speed = s.view?.speed;
  return {
    text: s.yaml,
    seed,
    clients: s.clients?.length ? s.clients.map(settingToClient).filter((c): c is ClientDecl => c !== null) : null,
    lesson: s.lesson && s.lesson.length <= 100 ? s.lesson : null,
    step: s.step ?? 0,
    theme: s.view?.theme ?? null,
    speed: typeof speed === 'number' && Number.isFinite(speed) && speed >= 0.125 && speed <= 16 ? speed : null,
    paused: s.view?.paused === true,
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
