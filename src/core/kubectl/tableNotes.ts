// The playground's notes under a `kubectl get` table of the kinds it stores without simulating:
// which columns a controller it does not run would fill in (ResourceType.statusColumns), and which
// objects a cluster's API server bootstraps that it does not make (ResourceType.bootstrapped).
import type { KubectlNote } from './playgroundNotes.ts';
import type { ResourceType } from './resources.ts';

export interface TableNoteContext {
  /** The types the request lists (not named objects). */
  listed: readonly ResourceType[];
  /** The types with a row in the tables. */
  shown: readonly ResourceType[];
  namespace: string;
  allNamespaces: boolean;
}

const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public']);

export function tableNotes(c: TableNoteContext): KubectlNote[] {
  const notes: KubectlNote[] = [];
  for (const r of c.shown)
    if (r.statusColumns)
      notes.push({ code: 'kubectl.statusNotFilled', params: { columns: r.statusColumns, resource: r.plural } });
  for (const r of c.listed) {
    const missing =
      r.bootstrapped === 'cluster' ||
      (r.bootstrapped === 'systemNamespaces' && (c.allNamespaces || SYSTEM_NAMESPACES.has(c.namespace)));
    if (missing) notes.push({ code: 'kubectl.rbacNotBootstrapped', params: { resource: r.plural } });
  }
  return notes;
}
