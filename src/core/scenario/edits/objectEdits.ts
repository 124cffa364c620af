// Edits of objects declared in the scenario YAML: the same changes `kubectl scale`, `label`,
// `annotate`, `delete` and `expose` make on the server, written back into the document that
// declared the object (the YAML stays the source of truth).
import { isMap } from 'yaml';
import { applyMetadataChanges, conflictError, type MetadataChanges } from './metadataSpecs.ts';
import {
  appendDoc,
  editableDocs,
  findDoc,
  removeDoc,
  replaceDoc,
  spliceScalar,
  type EditResult,
} from './streamText.ts';

export interface ObjectRef {
  kind: string;
  namespace: string;
  name: string;
}

const notDeclared = (r: ObjectRef): { ok: false; error: string } => ({
  ok: false,
  error: `${r.kind} "${r.name}" is not declared in the scenario YAML`,
});

/** spec.replicas = n (kubectl scale: PATCH of the scale subresource). */
export function setReplicas(text: string, ref: ObjectRef, replicas: number): EditResult {
  const parsed = editableDocs(text);
  if (!parsed.ok) return parsed;
  const d = findDoc(parsed.docs, ref.kind, ref.namespace, ref.name);
  if (!d) return notDeclared(ref);
  const spliced = spliceScalar(text, d, ['spec', 'replicas'], String(replicas));
  if (spliced !== null) return { ok: true, yaml: spliced };
  d.doc.setIn(['spec', 'replicas'], replicas);
  return { ok: true, yaml: replaceDoc(text, d) };
}

export interface MapUpdate {
  field: 'labels' | 'annotations';
  changes: MetadataChanges;
  overwrite: boolean;
  /** Path to the metadata to edit; default ['metadata']. A Deployment's pod template: ['spec','template','metadata']. */
  metadataPath?: readonly string[];
}

export type MapEditResult = { ok: true; yaml: string; changed: boolean } | { ok: false; error: string };

/**
 * Applies label/annotation changes to a declared object, with kubectl's overwrite rule and
 * error text (metadataSpecs.ts). `changed` is false when the map ends up identical (kubectl
 * then prints "not labeled").
 */
export function updateMetadataMap(text: string, ref: ObjectRef, u: MapUpdate): MapEditResult {
  const parsed = editableDocs(text);
  if (!parsed.ok) return parsed;
  const d = findDoc(parsed.docs, ref.kind, ref.namespace, ref.name);
  if (!d) return notDeclared(ref);
  const path = [...(u.metadataPath ?? ['metadata']), u.field];
  const node = d.doc.getIn(path, true);
  const current: Record<string, string> = {};
  if (isMap(node)) {
    const js: unknown = node.toJSON();
    if (js && typeof js === 'object') for (const [k, v] of Object.entries(js)) current[k] = String(v);
  }
  const next = applyMetadataChanges(current, u.changes, u.overwrite);
  if (!next.ok) return { ok: false, error: conflictError(u.field, next.conflicts) };
  if (!next.changed) return { ok: true, yaml: text, changed: false };
  for (const k of u.changes.remove) if (k in current) d.doc.deleteIn([...path, k]);
  for (const [k, v] of u.changes.set) if (current[k] !== v) d.doc.setIn([...path, k], v);
  const after = d.doc.getIn(path, true);
  if (isMap(after) && after.items.length === 0) d.doc.deleteIn(path);
  return { ok: true, yaml: replaceDoc(text, d), changed: true };
}

/** Removes the document that declares the object. */
export function deleteDeclared(text: string, ref: ObjectRef): EditResult {
  const parsed = editableDocs(text);
  if (!parsed.ok) return parsed;
  const d = findDoc(parsed.docs, ref.kind, ref.namespace, ref.name);
  if (!d) return notDeclared(ref);
  return { ok: true, yaml: removeDoc(text, parsed.docs, d) };
}

/** Appends a new object (kubectl expose / create service). */
export function appendObject(text: string, obj: Record<string, unknown>): EditResult {
  const parsed = editableDocs(text);
  if (!parsed.ok) return parsed;
  return { ok: true, yaml: appendDoc(text, obj) };
}

/** Whether the YAML declares `kind/name` (so an edit can go into its document). */
export function isDeclared(text: string, ref: ObjectRef): boolean {
  const parsed = editableDocs(text);
  return parsed.ok && findDoc(parsed.docs, ref.kind, ref.namespace, ref.name) !== undefined;
}
