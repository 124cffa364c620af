// Direct manipulation from the diagram, written back into the scenario's YAML text. Only the
// document that changes is re-printed (eemeli/yaml Document API); every other byte of the text,
// comments included, stays as the user wrote it. Pods made by a controller have no document of
// their own: like in a real cluster, deleting one only makes the ReplicaSet create another, so
// those edits are refused with a message that says what to change instead.
import { parseAllDocuments, isMap, type Document } from 'yaml';
import type { Mutation } from './protocol.ts';

export interface EditResult {
  yaml: string;
  changed: boolean;
  /** What happened, in words the UI can show (`pod/web-1 deleted from the YAML`). */
  message: string;
}

/** Annotation the controllers honour for a Pod's readiness (see src/core/controllers). */
export const READY_ANNOTATION = 'playground.ksp.dev/ready';
const MAX_REPLICAS = 1000;

type Doc = Document.Parsed;

export function applyMutation(text: string, mutation: Mutation): EditResult {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return unchanged(text, 'the scenario could not be parsed');
  if (docs.some((d) => d.errors.length > 0)) return unchanged(text, 'fix the YAML errors first: the edit needs a scenario that parses');
  switch (mutation.op) {
    case 'deletePod': {
      const i = findDoc(docs, 'Pod', mutation.namespace, mutation.name);
      if (i < 0) return notDeclared(text, 'Pod', mutation.namespace, mutation.name);
      return { yaml: deleteDocument(text, docs, i), changed: true, message: `pod/${mutation.name} deleted from the YAML` };
    }
    case 'setPodReady': {
      const i = findDoc(docs, 'Pod', mutation.namespace, mutation.name);
      if (i < 0) return notDeclared(text, 'Pod', mutation.namespace, mutation.name);
      const doc = docs[i]!;
      if (mutation.ready) {
        doc.deleteIn(['metadata', 'annotations', READY_ANNOTATION]);
        const ann = doc.getIn(['metadata', 'annotations']);
        if (isMap(ann) && ann.items.length === 0) doc.deleteIn(['metadata', 'annotations']);
      } else {
        doc.setIn(['metadata', 'annotations', READY_ANNOTATION], 'false');
      }
      return replaced(text, docs, i, `pod/${mutation.name} marked ${mutation.ready ? 'ready' : 'not ready'}`);
    }
    case 'scale': {
      if (!Number.isInteger(mutation.replicas) || mutation.replicas < 0 || mutation.replicas > MAX_REPLICAS) {
        return unchanged(text, `replicas must be a whole number from 0 to ${MAX_REPLICAS}`);
      }
      const i = findDoc(docs, mutation.kind, mutation.namespace, mutation.name);
      if (i < 0) return notDeclared(text, mutation.kind, mutation.namespace, mutation.name);
      docs[i]!.setIn(['spec', 'replicas'], mutation.replicas);
      return replaced(text, docs, i, `${mutation.kind.toLowerCase()}.apps/${mutation.name} scaled to ${mutation.replicas}`);
    }
    case 'setLabel': {
      const i = findDoc(docs, mutation.kind, mutation.namespace, mutation.name);
      if (i < 0) return notDeclared(text, mutation.kind, mutation.namespace, mutation.name);
      const doc = docs[i]!;
      if (mutation.value === null) {
        doc.deleteIn(['metadata', 'labels', mutation.key]);
      } else {
        doc.setIn(['metadata', 'labels', mutation.key], mutation.value);
      }
      return replaced(text, docs, i, `${mutation.kind.toLowerCase()}/${mutation.name} ${mutation.value === null ? 'unlabeled' : 'labeled'}`);
    }
    case 'setSelector': {
      const i = findDoc(docs, 'Service', mutation.namespace, mutation.name);
      if (i < 0) return notDeclared(text, 'Service', mutation.namespace, mutation.name);
      const doc = docs[i]!;
      doc.setIn(['spec', 'selector'], doc.createNode({ ...mutation.selector }));
      return replaced(text, docs, i, `service/${mutation.name} selector updated`);
    }
  }
}

function unchanged(text: string, message: string): EditResult {
  return { yaml: text, changed: false, message };
}

function notDeclared(text: string, kind: string, namespace: string | undefined, name: string): EditResult {
  const where = namespace ? ` in namespace "${namespace}"` : '';
  const hint = kind === 'Pod' ? ': it was made by a controller, which would recreate it; scale or edit its Deployment instead' : '';
  return unchanged(text, `no ${kind} "${name}"${where} is written in the YAML${hint}`);
}

/** Index of the document declaring kind/namespace/name (namespace defaults to "default"). */
function findDoc(docs: Doc[], kind: string, namespace: string | undefined, name: string): number {
  return docs.findIndex((d) => {
    if (!isMap(d.contents)) return false;
    const ns = d.getIn(['metadata', 'namespace']);
    return d.get('kind') === kind && d.getIn(['metadata', 'name']) === name && (ns ?? 'default') === (namespace ?? 'default');
  });
}

/** Prints only the document's contents (no `---`, no comments around it, which stay in the text). */
function renderContents(doc: Doc): string {
  const saved = { before: doc.commentBefore, after: doc.comment, start: doc.directives?.docStart };
  const contents = doc.contents;
  const inner = contents ? { before: contents.commentBefore, after: contents.comment } : null;
  doc.commentBefore = null;
  doc.comment = null;
  if (doc.directives) doc.directives.docStart = null;
  if (contents) {
    contents.commentBefore = null;
    contents.comment = null;
  }
  const out = doc.toString();
  doc.commentBefore = saved.before;
  doc.comment = saved.after;
  if (doc.directives) doc.directives.docStart = saved.start ?? null;
  if (contents && inner) {
    contents.commentBefore = inner.before;
    contents.comment = inner.after;
  }
  return out;
}

function replaced(text: string, docs: Doc[], i: number, message: string): EditResult {
  const range = docs[i]!.contents?.range;
  if (!range) return unchanged(text, 'the document is empty');
  const yaml = text.slice(0, range[0]) + renderContents(docs[i]!) + text.slice(range[2]);
  return { yaml, changed: yaml !== text, message };
}

/** Offset of the `---` line that opens document i (searching between its start and its contents). */
function markerStart(text: string, doc: Doc): number | null {
  const from = doc.range[0];
  const to = doc.contents?.range[0] ?? doc.range[1];
  const m = /^---/m.exec(text.slice(from, to));
  return m ? from + m.index : null;
}

function deleteDocument(text: string, docs: Doc[], i: number): string {
  const doc = docs[i]!;
  const next = docs[i + 1];
  const end = next ? (markerStart(text, next) ?? next.range[0]) : text.length;
  const start = markerStart(text, doc);
  if (start !== null) return text.slice(0, start) + text.slice(end);
  // The first document has no `---`: remove it and the next document's marker line.
  const contentStart = doc.contents?.range[0] ?? doc.range[0];
  if (!next) return text.slice(0, contentStart);
  const afterMarker = text.indexOf('\n', end);
  return text.slice(0, contentStart) + text.slice(afterMarker < 0 ? text.length : afterMarker + 1);
}
