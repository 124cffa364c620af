// Share links: the whole scenario in the URL fragment, `#s=1.<base64url(deflate-raw(JSON))>`.
// `1.` is the codec tag (Mermaid-style) and the JSON carries `v`, the schema version, so both the
// compression and the payload can change while old links keep decoding (docs/toolchain.md §6).
// Canonical: defaults are omitted and keys are written in one order, so the same scenario always
// gives the same link.
import { deflateRaw, inflateRaw } from './deflate.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { decodeUtf8, encodeUtf8 } from './utf8.ts';

export const LINK_CODEC_TAG = '1';
export const LINK_SCHEMA_VERSION = 1;
/** A link longer than this may be cut by chat apps (Discord 2000, Slack 2049). */
export const LINK_WARN_LENGTH = 2000;
/** Inflated payloads larger than this are refused (decompression bombs). */
export const LINK_MAX_INFLATED_BYTES = 1_000_000;
/** Fragments larger than this are refused before decoding. */
export const LINK_MAX_FRAGMENT_CHARS = 200_000;

export interface TrafficClientSetting {
  id: string;
  from: string; // `external/203.0.113.10`, `pod/default/client`
  to: string; // URL or host:port
  rate?: number; // requests per simulated second
}

export interface SharedScenario {
  yaml: string;
  seed?: number;
  clients?: TrafficClientSetting[];
  lesson?: string;
  step?: number;
  /** `paused`: the link opens with the traffic paused (written only when true; a link opens playing). */
  view?: { theme?: 'light' | 'dark'; speed?: number; selected?: string; paused?: boolean };
}

export const SHARE_DEFAULTS = { seed: 1, step: 0 } as const;

/** Why a link does not open, as a code and its parameters (worded at the edge: src/text/messages.ts). */
export type LinkProblemCode =
  | 'link.tooLong'
  | 'link.noScenario'
  | 'link.unknownCodec'
  | 'link.badCharacters'
  | 'link.noInflate'
  | 'link.notText'
  | 'link.notJson'
  | 'link.noObject'
  | 'link.newerVersion'
  | 'link.noYaml';

export interface LinkProblem {
  code: LinkProblemCode;
  params: Readonly<Record<string, string | number>>;
}

export type DecodeResult = { ok: true; scenario: SharedScenario } | { ok: false; problem: LinkProblem };

const refused = (code: LinkProblemCode, params: LinkProblem['params'] = {}): DecodeResult => ({
  ok: false,
  problem: { code, params },
});

function canonical(s: SharedScenario): Record<string, unknown> {
  const out: Record<string, unknown> = { v: LINK_SCHEMA_VERSION, yaml: s.yaml };
  if (s.seed !== undefined && s.seed !== SHARE_DEFAULTS.seed) out.seed = s.seed;
  if (s.clients && s.clients.length > 0)
    out.clients = s.clients.map((c) =>
      c.rate === undefined ? { id: c.id, from: c.from, to: c.to } : { id: c.id, from: c.from, to: c.to, rate: c.rate },
    );
  if (s.lesson) out.lesson = s.lesson;
  if (s.step !== undefined && s.step !== SHARE_DEFAULTS.step) out.step = s.step;
  if (s.view) {
    const view: Record<string, unknown> = {};
    if (s.view.theme) view.theme = s.view.theme;
    if (s.view.speed !== undefined && s.view.speed !== 1) view.speed = s.view.speed;
    if (s.view.selected) view.selected = s.view.selected;
    if (s.view.paused === true) view.paused = true;
    if (Object.keys(view).length > 0) out.view = view;
  }
  return out;
}

/** The fragment (without `#`) for a scenario. */
export async function encodeShareFragment(s: SharedScenario): Promise<string> {
  const json = JSON.stringify(canonical(s));
  const bytes = await deflateRaw(encodeUtf8(json));
  return `s=${LINK_CODEC_TAG}.${toBase64Url(bytes)}`;
}

/** Decodes a fragment (with or without `#`). Never throws; a bad link gives a reason. */
export async function decodeShareFragment(fragment: string): Promise<DecodeResult> {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (f.length > LINK_MAX_FRAGMENT_CHARS)
    return refused('link.tooLong', { length: f.length, max: LINK_MAX_FRAGMENT_CHARS });
  const m = /^s=([^.]+)\.(.*)$/s.exec(f);
  if (!m) return refused('link.noScenario');
  if (m[1] !== LINK_CODEC_TAG) return refused('link.unknownCodec', { codec: m[1]! });
  const bytes = fromBase64Url(m[2]!);
  if (!bytes) return refused('link.badCharacters');
  const inflated = await inflateRaw(bytes, LINK_MAX_INFLATED_BYTES);
  if (!inflated) return refused('link.noInflate', { mb: LINK_MAX_INFLATED_BYTES / 1_000_000 });
  const text = decodeUtf8(inflated);
  if (text === null) return refused('link.notText');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused('link.notJson');
  }
  return readPayload(json);
}

function readPayload(json: unknown): DecodeResult {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return refused('link.noObject');
  const o = json as Record<string, unknown>;
  if (o.v !== 1) return refused('link.newerVersion', { schema: String(o.v) });
  if (typeof o.yaml !== 'string') return refused('link.noYaml');
  const s: SharedScenario = { yaml: o.yaml };
  if (typeof o.seed === 'number' && Number.isInteger(o.seed)) s.seed = o.seed;
  if (typeof o.lesson === 'string') s.lesson = o.lesson;
  if (typeof o.step === 'number' && Number.isInteger(o.step) && o.step >= 0) s.step = o.step;
  if (Array.isArray(o.clients)) {
    s.clients = o.clients
      .filter((c): c is Record<string, unknown> => !!c && typeof c === 'object')
      .filter((c) => typeof c.id === 'string' && typeof c.from === 'string' && typeof c.to === 'string')
      .slice(0, 50)
      .map((c) => ({
        id: c.id as string,
        from: c.from as string,
        to: c.to as string,
        ...(typeof c.rate === 'number' ? { rate: c.rate } : {}),
      }));
  }
  if (o.view && typeof o.view === 'object') {
    const v = o.view as Record<string, unknown>;
    s.view = {
      ...(v.theme === 'light' || v.theme === 'dark' ? { theme: v.theme } : {}),
      ...(typeof v.speed === 'number' ? { speed: v.speed } : {}),
      ...(typeof v.selected === 'string' ? { selected: v.selected } : {}),
      ...(v.paused === true ? { paused: true } : {}),
    };
  }
  return { ok: true, scenario: s };
}
