// Turns "kube-proxy had no endpoint" into the user's mistake, pointing at the YAML field: the
// selector matches nothing (with the nearest almost-matching label), the pods live in another
// namespace, they are not Ready, or a named targetPort names no container port. The checks follow
// the EndpointSlice controller's rules (pkg/controller/endpointslice: same-namespace equality
// selector, ShouldPodBeInEndpoints, podutil.FindPort by name and protocol).
import type { Pod, Service } from '../model/objects.ts';
import type { HopAt } from './types.ts';
import type { ClusterIndex } from './clusterIndex.ts';
import { servedPorts } from '../model/podPorts.ts';
import { isPodReady } from '../model/podReady.ts';
import { matchesSet } from '../model/labels.ts';

export interface Explanation {
  reason: string;
  at: HopAt;
}

const podRef = (p: Pod) => `${p.metadata?.namespace ?? 'default'}/${p.metadata?.name ?? ''}`;
const fmtLabels = (l: Record<string, string>) =>
  Object.entries(l)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');

export function explainNoEndpoints(index: ClusterIndex, svc: Service, portIndex: number): Explanation {
  const ns = svc.metadata?.namespace ?? 'default';
  const name = svc.metadata?.name ?? '';
  const at = (path: string): HopAt => ({ kind: 'Service', namespace: ns, name, path });
  const selector = svc.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) {
    return {
      reason: `Service ${ns}/${name} has no selector, so no controller creates endpoints for it and no EndpointSlice lists any`,
      at: at('spec.selector'),
    };
  }
  const pods = index.state.pods;
  const inNs = pods.filter((p) => (p.metadata?.namespace ?? 'default') === ns);
  const matched = inNs.filter((p) => matchesSet(selector, p.metadata?.labels));
  if (matched.length === 0) {
    const elsewhere = pods.filter(
      (p) => (p.metadata?.namespace ?? 'default') !== ns && matchesSet(selector, p.metadata?.labels),
    );
    if (elsewhere.length > 0) {
      const other = elsewhere[0]!.metadata?.namespace ?? 'default';
      return {
        reason: `namespace mismatch: the selector ${fmtLabels(selector)} of Service ${ns}/${name} matches pods only in namespace ${other} (e.g. ${podRef(elsewhere[0]!)}); a Service selects pods of its own namespace`,
        at: at('metadata.namespace'),
      };
    }
    const near = nearestLabel(inNs, selector);
    const hint = near
      ? `; nearest: pod ${near.pod} has ${near.key}: ${near.value} (selector wants ${near.wantKey}: ${near.wantValue})`
      : inNs.length === 0
        ? `; there are no pods in namespace ${ns}`
        : '';
    return {
      reason: `selector ${fmtLabels(selector)} of Service ${ns}/${name} matches no pods${hint}`,
      at: at('spec.selector'),
    };
  }
  const withIP = matched.filter(
    (p) => p.status?.podIP && p.status.phase !== 'Failed' && p.status.phase !== 'Succeeded',
  );
  const ready = withIP.filter(isPodReady);
  if (ready.length === 0) {
    const p = matched[0]!;
    const state = p.metadata?.deletionTimestamp
      ? 'terminating'
      : `phase ${p.status?.phase ?? 'Pending'}${p.status?.podIP ? ', not Ready' : ', no IP yet'}`;
    return {
      reason: `${matched.length} pod${matched.length === 1 ? '' : 's'} match the selector of ${ns}/${name} but none is Ready (e.g. ${podRef(p)}: ${state})`,
      at: {
        kind: 'Pod',
        namespace: p.metadata?.namespace ?? 'default',
        name: p.metadata?.name ?? '',
        path: 'status.conditions',
      },
    };
  }
  const port = svc.spec?.ports?.[portIndex];
  if (port && typeof port.targetPort === 'string') {
    const proto = port.protocol ?? 'TCP';
    const declared = ready.flatMap((p) =>
      servedPorts(p).map((sp) => `${sp.name ? `${sp.name} ` : ''}${sp.port}/${sp.protocol}`),
    );
    return {
      reason: `targetPort "${port.targetPort}" names no ${proto} container port of the selected pods (they declare: ${[...new Set(declared)].join(', ') || 'no ports'})`,
      at: at(`spec.ports[${portIndex}].targetPort`),
    };
  }
  return {
    reason: `no EndpointSlice of ${ns}/${name} lists a ready endpoint for port ${port?.name || port?.port}`,
    at: at(`spec.ports[${portIndex}]`),
  };
}

/** The pod label closest to one of the selector's pairs (same key with a near value, or a near key with the same value). */
function nearestLabel(
  pods: readonly Pod[],
  selector: Record<string, string>,
): { pod: string; key: string; value: string; wantKey: string; wantValue: string } | null {
  let best: { pod: string; key: string; value: string; wantKey: string; wantValue: string; score: number } | null =
    null;
  for (const p of pods) {
    for (const [k, v] of Object.entries(p.metadata?.labels ?? {})) {
      for (const [wk, wv] of Object.entries(selector)) {
        if (k === wk && v === wv) continue;
        const score = k === wk ? distance(v, wv) : v === wv ? distance(k, wk) : Infinity;
        const limit = Math.max(2, Math.floor(Math.max(wk.length, wv.length) / 3));
        if (score <= limit && (!best || score < best.score))
          best = { pod: podRef(p), key: k, value: v, wantKey: wk, wantValue: wv, score };
      }
    }
  }
  return best;
}

/** Levenshtein distance, case differences counting half (MyApp vs myapp is a near miss). */
function distance(a: string, b: string): number {
  if (a.toLowerCase() === b.toLowerCase()) return 0.5;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
