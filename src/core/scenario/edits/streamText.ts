// Text-level editing of a YAML stream with the `yaml` package's Document API: one document is
// re-serialised and spliced back over its own span, so every other document keeps its exact
// text (comments, quoting, blank lines). Inside the edited document the Document API keeps
// comments and key order; only whitespace the printer normalises may change.
import { isMap, isScalar, Document, type Document as YamlDocument } from 'yaml';
import { parseYamlBounded, TO_JS_OPTIONS } from '../../yaml/boundedParse.ts';

export interface EditableDoc {
  /** The document as the Document API sees it (mutate it, then call replaceDoc). */
  doc: YamlDocument.Parsed;
  /** Span in the text: from the end of the previous document (so leading `---` and comments belong to it). */
  start: number;
  end: number;
  kind: string;
  apiVersion: string;
  name: string;
  /** metadata.namespace as written ('' when absent). */
  namespace: string;
}

export type EditResult = { ok: true; yaml: string } | { ok: false; error: string };

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Why a stream cannot be edited: over a limit (the limit's own message) or a YAML syntax error (the
 * parser's first message, verbatim) — for a face to word; `error` is the English kubectl's edits print.
 */
export type StreamRefusal = { kind: 'limit' | 'syntax'; detail: string };

/** The documents of the stream, or an error when the text does not parse (edits need a clean stream). */
export function editableDocs(
  text: string,
): { ok: true; docs: EditableDoc[] } | { ok: false; error: string; refusal: StreamRefusal } {
  const parsed = parseYamlBounded(text);
  if (!parsed.ok)
    return {
      ok: false,
      error: parsed.excess.message,
      refusal: { kind: 'limit', detail: parsed.excess.message },
    };
  const list = parsed.docs;
  const docs: EditableDoc[] = [];
  let prevEnd = 0;
  for (const doc of list) {
    if (doc.errors.length > 0) {
      const detail = doc.errors[0]?.message.split('\n')[0] ?? '';
      return {
        ok: false,
        error: `the scenario YAML has errors; fix them in the editor first (${detail})`,
        refusal: { kind: 'syntax', detail },
      };
    }
    const end = doc.range[2];
    const js: unknown = doc.contents ? doc.toJS(TO_JS_OPTIONS) : null;
    const o = js && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : {};
    const meta = o.metadata && typeof o.metadata === 'object' ? (o.metadata as Record<string, unknown>) : {};
    docs.push({
      doc,
      start: prevEnd,
      end,
      kind: str(o.kind),
      apiVersion: str(o.apiVersion),
      name: str(meta.name),
      namespace: str(meta.namespace),
    });
    prevEnd = end;
  }
  return { ok: true, docs };
}

/** Finds the declared object `kind/name` in `namespace` (a missing metadata.namespace means default). */
export function findDoc(
  docs: readonly EditableDoc[],
  kind: string,
  namespace: string,
  name: string,
): EditableDoc | undefined {
  return docs.find((d) => d.kind === kind && d.name === name && (d.namespace || 'default') === namespace);
}

/** kubectl-style YAML puts `- ` at the key's indentation; keep whichever style the file uses. */
export function usesIndentedSequences(text: string): boolean {
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = /^(\s*)[^\s#-][^:]*:\s*$/.exec(lines[i] ?? '');
    const next = lines[i + 1] ?? '';
    if (!m) continue;
    const indent = m[1] ?? '';
    if (next.startsWith(`${indent}- `)) return false;
    if (next.startsWith(`${indent}  - `)) return true;
  }
  return false;
}

function render(doc: YamlDocument, text: string): string {
  return doc.toString({ indentSeq: usesIndentedSequences(text), lineWidth: 0 });
}

/** The text with `d` (already mutated through d.doc) printed over its old span. */
export function replaceDoc(text: string, d: EditableDoc): string {
  let out = render(d.doc, text);
  // The first document's span starts at 0 and its `---` (if any) is re-printed by the Document.
  if (!out.endsWith('\n')) out += '\n';
  return text.slice(0, d.start) + out + text.slice(d.end);
}

/** Replaces one scalar's source text when it exists as a plain scalar (keeps the line untouched otherwise). */
export function spliceScalar(text: string, d: EditableDoc, path: readonly string[], value: string): string | null {
  const node = d.doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return null;
  const [a, b] = node.range;
  return text.slice(0, a) + value + text.slice(b);
}

/** The text without document `d` (and its `---` separator). */
export function removeDoc(text: string, docs: readonly EditableDoc[], d: EditableDoc): string {
  const i = docs.indexOf(d);
  let out = text.slice(0, d.start) + text.slice(d.end);
  // Removing the first document would leave the next one starting with `---`: harmless, but
  // drop it so the file starts with the next object like the user wrote the rest.
  if (i === 0) out = out.replace(/^---[ \t]*\r?\n/, '');
  return out;
}

/** Appends `obj` as a new document, after a `---` separator. */
export function appendDoc(text: string, obj: Record<string, unknown>): string {
  const doc = new Document(obj);
  const body = render(doc, text);
  if (text.trim() === '') return body;
  const base = text.endsWith('\n') ? text : `${text}\n`;
  return `${base}---\n${body}`;
}

/** Ensures `metadata` is a block map we can add keys to. */
export function ensureMap(d: EditableDoc, path: readonly string[]): void {
  const node = d.doc.getIn(path, true);
  if (!isMap(node)) d.doc.setIn(path, d.doc.createNode({}));
}
