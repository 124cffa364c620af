// Parses a `---`-separated YAML stream with source positions (eemeli/yaml + LineCounter), so every
// object and every field path can be mapped back to line:column (1-based, as Monaco counts).
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from 'yaml';
import { parseFieldPath, type PathSegment } from './fieldPath.ts';
import type { K8sObject } from '../model/objects.ts';
import type { DiagnosticSay } from '../diagnostics.ts';
import { YAML_LIMITS } from './limits.ts';
import { parseYamlBounded, TO_JS_OPTIONS } from './boundedParse.ts';

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ParsedDocument {
  /** Index of the document in the stream, counting empty ones (so positions stay stable). */
  index: number;
  object: K8sObject;
  range: SourceRange;
  /** Internal: the yaml Document, used to locate field paths. */
  doc: Document.Parsed;
}

export interface SyntaxProblem {
  message: string;
  range: SourceRange;
  severity: 'error' | 'warning';
  docIndex: number;
  /** A limit of the whole text (bytes, nesting, documents) stopped it before parsing. */
  limit?: true;
  /** The limit as a code, for the faces to word. */
  say?: DiagnosticSay;
}

export interface ParsedStream {
  text: string;
  documents: ParsedDocument[];
  problems: SyntaxProblem[];
  lineCounter: LineCounter;
}

export { YAML_LIMITS };

export function parseStream(text: string): ParsedStream {
  const problems: SyntaxProblem[] = [];
  const documents: ParsedDocument[] = [];
  const parsed = parseYamlBounded(text);
  const lineCounter = parsed.lineCounter;
  if (!parsed.ok) {
    const { line, message, say } = parsed.excess;
    problems.push({
      message,
      ...(say ? { say } : {}),
      range: { line, column: 1, endLine: line, endColumn: 1 },
      severity: 'error',
      docIndex: 0,
      limit: true,
    });
    return { text, documents, problems, lineCounter };
  }
  const list = parsed.docs;
  const at = (offset: number): { line: number; col: number } => lineCounter.linePos(Math.min(offset, text.length));
  const rangeOf = (start: number, end: number): SourceRange => {
    const a = at(start);
    const b = at(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  list.forEach((doc, index) => {
    for (const e of doc.errors) {
      problems.push({
        message: firstLine(e.message),
        range: rangeOf(e.pos[0], e.pos[1]),
        severity: 'error',
        docIndex: index,
      });
    }
    for (const w of doc.warnings) {
      problems.push({
        message: firstLine(w.message),
        range: rangeOf(w.pos[0], w.pos[1]),
        severity: 'warning',
        docIndex: index,
      });
    }
    if (doc.errors.length > 0) return;
    let value: unknown;
    try {
      value = doc.toJS(TO_JS_OPTIONS);
    } catch (err) {
      const r = doc.contents?.range ?? [0, 0];
      problems.push({
        message: err instanceof Error ? err.message : String(err),
        range: rangeOf(r[0], r[1]),
        severity: 'error',
        docIndex: index,
      });
      return;
    }
    // An empty document (`---\n---`) is a null scalar, not missing contents: skip it.
    if (value === null || value === undefined) return;
    const r = doc.contents?.range ?? [0, 0, 0];
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push({
        message: 'a Kubernetes object must be a mapping with apiVersion, kind and metadata',
        say: { code: 'stream.notObject', params: {} },
        range: rangeOf(r[0], r[1]),
        severity: 'error',
        docIndex: index,
      });
      return;
    }
    documents.push({ index, object: value as K8sObject, range: rangeOf(r[0], r[2] ?? r[1]), doc });
  });
  return { text, documents, problems, lineCounter };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/**
 * Finds the source range of a field path in a parsed document. When the path does not exist
 * (a missing required field), it falls back to the deepest existing ancestor: that is where the
 * user has to add it.
 */
export function locatePath(
  stream: ParsedStream,
  doc: ParsedDocument,
  path: string | readonly PathSegment[],
): SourceRange {
  const segments = typeof path === 'string' ? parseFieldPath(path) : path;
  let node: unknown = doc.doc.contents;
  let best: { start: number; end: number } | null = rangeOfNode(node);
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyRange = rangeOfNode(pair.key);
      node = pair.value;
      const valRange = rangeOfNode(node);
      best = valRange ?? keyRange ?? best;
      if (keyRange && valRange && !isMap(node) && !isSeq(node)) best = { start: valRange.start, end: valRange.end };
      else if (keyRange) best = { start: keyRange.start, end: keyRange.end };
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      node = item;
      best = rangeOfNode(node) ?? best;
    } else {
      break;
    }
  }
  const b = best ?? { start: 0, end: 0 };
  const a = stream.lineCounter.linePos(b.start);
  const e = stream.lineCounter.linePos(b.end);
  return { line: a.line, column: a.col, endLine: e.line, endColumn: e.col };
}

function rangeOfNode(node: unknown): { start: number; end: number } | null {
  const n = node as YamlNode | null | undefined;
  if (!n || typeof n !== 'object' || !('range' in n) || !n.range) return null;
  return { start: n.range[0], end: n.range[1] };
}
