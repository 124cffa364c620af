// Embed mode, configured by the page's query string only (or postMessage from the one origin the
// query names, embedMessages.ts). Parsing is strict: a value we do not know is ignored, never
// interpreted; nothing here is ever rendered as HTML.
import type { EmbedSettings, Theme } from '../store.ts';
import { isLanguage, type Language } from '../../text/language.ts';

/** The store's embed settings (`?origin=https://blog.example` names the postMessage origin). */
export type EmbedConfig = EmbedSettings;

const MAX_STEP = 1000;

function bool(v: string | null): boolean | null {
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return null;
}

/** An exact origin (scheme://host[:port]) or null; `*`, paths and other schemes are refused. */
export function parseOrigin(v: string | null): string | null {
  if (!v || v.length > 200) return null;
  try {
    const u = new URL(v);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.origin === v.replace(/\/$/, '') ? u.origin : null;
  } catch {
    return null;
  }
}

export function parseStep(v: string | null): number | null {
  if (v === null || !/^\d{1,4}$/.test(v)) return null;
  const n = Number(v);
  return n <= MAX_STEP ? n : null;
}

export function parseTheme(v: string | null): Theme | null {
  return v === 'light' || v === 'dark' ? v : null;
}

/** null when the page is not an embed (no `embed` parameter). */
export function parseEmbedParams(search: string): EmbedConfig | null {
  const q = new URLSearchParams(search);
  if (!q.has('embed')) return null;
  const editable = q.get('embed') === 'edit';
  return {
    editable,
    // The read-only widget shows the YAML too (read-only) unless editor=0.
    showEditor: bool(q.get('editor')) ?? true,
    autoplay: bool(q.get('autoplay')) ?? true,
    step: parseStep(q.get('step')),
    theme: parseTheme(q.get('theme')),
    language: isLanguage(q.get('lang')) ? (q.get('lang') as Language) : null,
    messageOrigin: parseOrigin(q.get('origin')),
  };
}

export interface SnippetOptions {
  editable: boolean;
  showEditor: boolean;
  autoplay: boolean;
  theme: Theme | null;
  /** null: the reader's browser's language. */
  language: Language | null;
}

/**
 * The `<iframe>` a blog pastes. Every interpolated value is a fixed word or URL-encoded. It takes the
 * column's whole width at 16:10 (`aspect-ratio`), so it fits a 760 px blog column and a phone alike.
 */
export function iframeSnippet(base: { origin: string; pathname: string }, fragment: string, o: SnippetOptions): string {
  return `<iframe src="${escapeAttr(embedSrc(base, fragment, o))}" title="Kubernetes Service Playground" loading="lazy" style="width:100%;aspect-ratio:16/10;border:0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}

/** The embed's address (the snippet's `src`, and the Share dialog's preview). */
export function embedSrc(base: { origin: string; pathname: string }, fragment: string, o: SnippetOptions): string {
  const q = new URLSearchParams();
  q.set('embed', o.editable ? 'edit' : '1');
  if (!o.showEditor) q.set('editor', '0');
  if (!o.autoplay) q.set('autoplay', '0');
  if (o.theme) q.set('theme', o.theme);
  if (o.language) q.set('lang', o.language);
  return `${base.origin}${base.pathname}?${q.toString()}#${fragment}`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type EmbedMessage = { theme?: Theme; step?: number; playing?: boolean };

/** How often a burst of messages is applied at most (one render per window, not one per message). */
export const EMBED_MESSAGE_WINDOW_MS = 50;

/**
 * Coalesces configuration messages: the first one starts a window, later ones merge into it (the
 * later message's fields win), and `apply` runs once when the window ends. A parent page that
 * posts hundreds of messages at once gets a few store updates instead of hundreds of renders.
 */
export function createMessageCoalescer(
  apply: (m: EmbedMessage) => void,
  later: (run: () => void, ms: number) => void,
): (m: EmbedMessage) => void {
  let pending: EmbedMessage | null = null;
  return (m) => {
    if (pending) {
      pending = { ...pending, ...m };
      return;
    }
    pending = { ...m };
    later(() => {
      const next = pending;
      pending = null;
      if (next) apply(next);
    }, EMBED_MESSAGE_WINDOW_MS);
  };
}

/** A message from the parent page, accepted only from `allowed` and only with known fields. */
export function readEmbedMessage(data: unknown, origin: string, allowed: string | null): EmbedMessage | null {
  if (!allowed || origin !== allowed) return null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  if (d.type !== 'ksp:config') return null;
  const out: EmbedMessage = {};
  const theme = parseTheme(typeof d.theme === 'string' ? d.theme : null);
  if (theme) out.theme = theme;
  const step =
    typeof d.step === 'number' && Number.isInteger(d.step) && d.step >= 0 && d.step <= MAX_STEP ? d.step : null;
  if (step !== null) out.step = step;
  if (typeof d.playing === 'boolean') out.playing = d.playing;
  return out;
}
