// What a hovered or selected object lights up on the diagram, and which object a YAML document
// declares. Workloads have no box of their own: a Deployment lights up its pods (found through
// the ReplicaSet it owns, named `<deployment>-<pod-template-hash>` by the deployment controller,
// pkg/controller/deployment/sync.go getNewReplicaSet).
import type { ClusterView, ObjectRefView } from '../../worker/clusterView.ts';
import { flowIdsOfRef, nsName, podId } from './flowIds.ts';

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

export function focusIdsFor(ref: ObjectRefView, view: ClusterView | null): string[] {
  if (!WORKLOADS.has(ref.kind)) return flowIdsOfRef(ref);
  if (!view) return [];
  const ns = ref.namespace || 'default';
  return view.pods
    .filter((p) => {
      if (p.namespace !== ns || !p.owner) return false;
      if (ref.kind === 'Deployment') return p.owner.kind === 'ReplicaSet' && p.owner.name.startsWith(`${ref.name}-`);
      return p.owner.kind === ref.kind && p.owner.name === ref.name;
    })
    .map((p) => podId(nsName(p.namespace, p.name)));
}

/** The object declared by YAML document `docIndex` (a Service, Ingress, Gateway, workload, or bare Pod). */
export function objectOfDocument(view: ClusterView, docIndex: number): ObjectRefView | null {
  // Before Services: a Gateway's data plane Service carries the Gateway's document as its origin.
  const g = view.gateways.find((x) => x.docIndex === docIndex);
  if (g) return { kind: 'Gateway', namespace: g.namespace, name: g.name };
  const s = view.services.find((x) => x.docIndex === docIndex);
  if (s) return { kind: 'Service', namespace: s.namespace, name: s.name };
  const i = view.ingresses.find((x) => x.docIndex === docIndex);
  if (i) return { kind: 'Ingress', namespace: i.namespace, name: i.name };
  const w = view.workloads.find((x) => x.docIndex === docIndex);
  if (w) return { kind: w.kind, namespace: w.namespace, name: w.name };
  const p = view.pods.find((x) => x.docIndex === docIndex && !x.owner);
  return p ? { kind: 'Pod', namespace: p.namespace, name: p.name } : null;
}

/** Where an object is written: its document index and range (a Deployment's pod points at the Deployment). */
export function sourceOf(
  view: ClusterView,
  ref: { kind: string; namespace?: string; name: string },
): { docIndex: number; line: number; endLine: number } | null {
  const ns = ref.namespace || 'default';
  const match = (o: { namespace: string; name: string }): boolean => o.name === ref.name && o.namespace === ns;
  const found =
    ref.kind === 'Service'
      ? view.services.find(match)
      : ref.kind === 'Pod'
        ? view.pods.find(match)
        : ref.kind === 'Ingress'
          ? view.ingresses.find(match)
          : ref.kind === 'Gateway'
            ? view.gateways.find(match)
            : ref.kind === 'Node'
              ? view.nodes.find((n) => n.name === ref.name)
              : view.workloads.find((w) => w.kind === ref.kind && match(w));
  const src = found?.source;
  if (!src?.range) return null;
  return { docIndex: src.docIndex, line: src.range.line, endLine: src.range.endLine };
}

/** What a hovered field affects: a selector (pods and selector edges), ports (port labels), or the whole object. */
export function fieldAspect(field: string | undefined): 'selector' | 'ports' | null {
  if (!field) return null;
  if (/(^|\.)selector(\.|\[|$)|(^|\.)labels(\.|\[|$)/.test(field)) return 'selector';
  if (/ports|[Pp]ort$/.test(field)) return 'ports';
  return null;
}
