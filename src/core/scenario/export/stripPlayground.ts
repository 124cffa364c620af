// Removes the playground-only documents from the scenario text, keeping every other document's
// exact text (comments, quoting, blank lines) — the same span splicing the kubectl write-back uses.
import { editableDocs, removeDoc, type StreamRefusal } from '../edits/streamText.ts';
import { PLAYGROUND_GROUP } from '../../model/objects.ts';

/** A document that was left out, and why (the notes explain where its settings go instead). */
export interface DroppedDoc {
  kind: string;
  /** The document as data (for the notes: which settings it held). */
  object: Record<string, unknown>;
}

export type StripResult = { ok: true; text: string; dropped: DroppedDoc[] } | { ok: false; refusal: StreamRefusal };

/**
 * Which documents a real API server cannot take:
 * - `Cluster` and `KubectlHistory` (playground.ksp.dev): the playground's own kinds.
 * - `KubeProxyConfiguration` (kubeproxy.config.k8s.io): a real kube-proxy configuration FILE,
 *   read by kube-proxy from --config, not an API object, so `kubectl apply` rejects it
 *   ("no matches for kind"). On a kubeadm cluster it lives in the `kube-proxy` ConfigMap in
 *   kube-system (cmd/kubeadm/app/phases/addons/proxy/manifests.go).
 */
export function isPlaygroundOnly(kind: string, apiVersion: string): boolean {
  return (
    apiVersion.startsWith(`${PLAYGROUND_GROUP}/`) ||
    (kind === 'KubeProxyConfiguration' && apiVersion.startsWith('kubeproxy.config.k8s.io/'))
  );
}

export function stripPlaygroundDocs(text: string): StripResult {
  const parsed = editableDocs(text);
  if (!parsed.ok) return { ok: false, refusal: parsed.refusal };
  const docs = parsed.docs;
  const dropped: DroppedDoc[] = [];
  let out = text;
  // From the last document back, so the spans of the earlier ones stay valid.
  for (let i = docs.length - 1; i >= 0; i--) {
    const d = docs[i];
    if (!d || !isPlaygroundOnly(d.kind, d.apiVersion)) continue;
    const js: unknown = d.doc.contents ? d.doc.toJS() : null;
    dropped.unshift({ kind: d.kind, object: js && typeof js === 'object' ? (js as Record<string, unknown>) : {} });
    // The file's opening comment block stays when a blank line separates it from the first
    // document (a header about the whole file, as the yaml package reads it).
    const header = i === 0 ? fileHeader(out) : '';
    out = header + removeDoc(out, docs, d);
  }
  return { ok: true, text: out.replace(/^\s*\n/, ''), dropped };
}

/** Leading comment lines up to the last blank line before the first non-comment line. */
function fileHeader(text: string): string {
  const lines = text.split('\n');
  let keep = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = (lines[i] ?? '').trim();
    if (l === '') keep = i + 1;
    else if (!l.startsWith('#')) break;
  }
  return keep > 0 ? `${lines.slice(0, keep).join('\n')}\n` : '';
}
