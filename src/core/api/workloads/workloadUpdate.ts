// What the API server adds when a workload is applied again (an update), after the create rules:
// - Deployment, ReplicaSet, DaemonSet: the selector is immutable in apps/v1 (the strategies'
//   ValidateUpdate, pkg/registry/apps/{deployment,replicaset,daemonset}/strategy.go, via
//   apivalidation.ValidateImmutableField: `spec.selector: Invalid value: <selector>: field is immutable`);
// - StatefulSet: only replicas, ordinals, template, updateStrategy, revisionHistoryLimit,
//   persistentVolumeClaimRetentionPolicy and minReadySeconds may change
//   (pkg/apis/apps/validation/validation.go ValidateStatefulSetUpdate).
import type { K8sObject } from '../../model/objects.ts';
import { canonicalJson } from '../../model/canonicalJson.ts';
import { forbidden, invalid, type FieldError } from '../fieldErrors.ts';

interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** The selector as encoding/json writes metav1.LabelSelector: struct field order, map keys sorted. */
function selectorValue(sel: Selector | undefined): Record<string, unknown> | null {
  if (!sel) return null;
  const out: Record<string, unknown> = {};
  const labels = sel.matchLabels ?? {};
  if (Object.keys(labels).length > 0)
    out['matchLabels'] = Object.fromEntries(
      Object.keys(labels)
        .sort()
        .map((k) => [k, labels[k]]),
    );
  if ((sel.matchExpressions ?? []).length > 0)
    out['matchExpressions'] = (sel.matchExpressions ?? []).map((r) => ({
      key: r.key,
      operator: r.operator,
      ...(r.values && r.values.length > 0 ? { values: r.values } : {}),
    }));
  return out;
}

const STATEFULSET_MUTABLE = [
  'replicas',
  'ordinals',
  'template',
  'updateStrategy',
  'revisionHistoryLimit',
  'persistentVolumeClaimRetentionPolicy',
  'minReadySeconds',
];

const specOf = (o: K8sObject) => (o['spec'] ?? {}) as Record<string, unknown>;

export function validateWorkloadUpdate(obj: K8sObject, old: K8sObject): FieldError[] {
  const spec = specOf(obj);
  const oldSpec = specOf(old);
  switch (obj.kind) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'DaemonSet': {
      const sel = selectorValue(spec['selector'] as Selector | undefined);
      return canonicalJson(sel) === canonicalJson(selectorValue(oldSpec['selector'] as Selector | undefined))
        ? []
        : [invalid('spec.selector', sel, 'field is immutable')];
    }
    case 'StatefulSet': {
      const rest = (s: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(s).filter(([k]) => !STATEFULSET_MUTABLE.includes(k)));
      return canonicalJson(rest(spec)) === canonicalJson(rest(oldSpec))
        ? []
        : [
            forbidden(
              'spec',
              "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
            ),
          ];
    }
    case undefined:
    default:
      return [];
  }
}
