// The one text form of "who sends", read and written here only: `ksp send --from`, a lesson's
// `from:` and a share link's client all use it, and the worker protocol carries the typed Source.
//   external           a host outside the cluster (DEFAULT_EXTERNAL_IP)
//   external/IP        a host outside the cluster with that IPv4 address
//   node/NAME          a process on the node itself
//   pod/NAME           a pod in the namespace the caller gives (kubectl's -n; `default`)
//   pod/NS/NAME        a pod in NS
// The kind may be written as kubectl writes it in `TYPE/NAME` (po, pods, no, nodes).
import type { Source } from './types.ts';
import { parseIPv4 } from '../net/ipv4.ts';

/** Why a text is not a source: not one of the forms, an outside host not given by IPv4, a name not a DNS name. */
export type SourceRefusal = 'form' | 'externalIP' | 'names';

/** `error` is the English reason (ksp's JSON and messages); `why` the same reason for the faces to word. */
export type SourceParse = { ok: true; source: Source } | { ok: false; error: string; why: SourceRefusal };

/** The characters of a DNS-1123 name (pod, node, namespace), or of the start of one (a lesson names a generated pod by its prefix). */
const NAME = /^[a-z0-9][-a-z0-9.]*$/;
const KINDS: Record<string, 'pod' | 'node' | 'external'> = {
  pod: 'pod',
  po: 'pod',
  pods: 'pod',
  node: 'node',
  no: 'node',
  nodes: 'node',
  external: 'external',
};

const REFUSAL_EN: Record<SourceRefusal, string> = {
  form: '',
  externalIP: ' (an outside host is given by its IPv4 address)',
  names: ' (names are lower-case DNS names)',
};

export const SOURCE_FORMS = 'external, external/IP, node/NAME, pod/NAME or pod/NAMESPACE/NAME';

export function parseSource(text: string, namespace = 'default'): SourceParse {
  const bad = (why: SourceRefusal = 'form'): SourceParse => ({
    ok: false,
    error: `${JSON.stringify(text)} is not a traffic source${REFUSAL_EN[why]}: use ${SOURCE_FORMS}`,
    why,
  });
  const parts = text.split('/');
  const kind = KINDS[parts[0]!];
  if (!kind) return bad();
  const names = parts.slice(1);
  if (kind === 'external') {
    if (names.length === 0) return { ok: true, source: { kind: 'external' } };
    if (names.length === 1 && parseIPv4(names[0]!) !== null)
      return { ok: true, source: { kind: 'external', ip: names[0]! } };
    return bad('externalIP');
  }
  if (names.length === 0 || !names.every((n) => NAME.test(n))) return bad('names');
  if (kind === 'node') return names.length === 1 ? { ok: true, source: { kind: 'node', name: names[0]! } } : bad();
  if (names.length === 1) return { ok: true, source: { kind: 'pod', namespace, name: names[0]! } };
  if (names.length === 2) return { ok: true, source: { kind: 'pod', namespace: names[0]!, name: names[1]! } };
  return bad();
}

/** The text parseSource reads back to the same Source (a pod always with its namespace). */
export function formatSource(source: Source): string {
  switch (source.kind) {
    case 'pod':
      return `pod/${source.namespace}/${source.name}`;
    case 'node':
      return `node/${source.name}`;
    case 'external':
      return source.ip === undefined ? 'external' : `external/${source.ip}`;
  }
}
