// Label matching, one home for every selector the simulator evaluates: a Service's or a
// nodeSelector's map (labels.SelectorFromSet), a LabelSelector with matchExpressions
// (metav1.LabelSelectorAsSelector), and what `kubectl get -l` parses. Upstream:
// k8s.io/apimachinery pkg/labels/selector.go Requirement.Matches, SelectorFromSet;
// pkg/apis/meta/v1/helpers.go LabelSelectorAsSelector.
// Go labels are strings (the API server stores a YAML null as ""), so a value that is not a string
// — only possible in objects that skipped admission — matches no requirement on its key's value.

export type Requirement =
  | { op: 'eq' | 'neq'; key: string; value: string }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: 'exists' | 'notexists'; key: string };

type Labels = Record<string, string> | null | undefined;

function valueOf(labels: Labels, key: string): { has: boolean; value: string | undefined } {
  const has = !!labels && Object.prototype.hasOwnProperty.call(labels, key);
  const v = has ? (labels[key] as unknown) : undefined;
  return { has, value: typeof v === 'string' ? v : undefined };
}

/** Requirement.Matches for each requirement (AND). */
export function matchesRequirements(requirements: readonly Requirement[], labels: Labels): boolean {
  return requirements.every((r) => {
    const { has, value } = valueOf(labels, r.key);
    switch (r.op) {
      case 'eq':
        return value !== undefined && value === r.value;
      case 'neq':
        return !has || value !== r.value;
      case 'in':
        return value !== undefined && r.values.includes(value);
      case 'notin':
        return !has || value === undefined || !r.values.includes(value);
      case 'exists':
        return has;
      case 'notexists':
        return !has;
    }
  });
}

/** labels.SelectorFromSet(set).Matches(labels): equality on every key of the map. */
export function matchesSet(set: Labels, labels: Labels): boolean {
  for (const [k, v] of Object.entries(set ?? {})) {
    const { value } = valueOf(labels, k);
    if (value === undefined || value !== v) return false;
  }
  return true;
}

export interface LabelSelectorLike {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

const OPERATORS: Record<string, 'in' | 'notin' | 'exists' | 'notexists'> = {
  In: 'in',
  NotIn: 'notin',
  Exists: 'exists',
  DoesNotExist: 'notexists',
};

/**
 * LabelSelectorAsSelector(sel).Matches(labels): nil matches nothing (labels.Nothing()), an empty
 * selector everything; matchLabels are equality requirements. An unknown operator is skipped:
 * validation reports it (ValidateLabelSelectorRequirement) and no valid object holds one.
 */
export function labelSelectorMatches(sel: LabelSelectorLike | null | undefined, labels: Labels): boolean {
  if (!sel) return false;
  if (!matchesSet(sel.matchLabels, labels)) return false;
  for (const e of sel.matchExpressions ?? []) {
    const op = OPERATORS[e.operator];
    if (!op) continue;
    const req: Requirement =
      op === 'in' || op === 'notin' ? { op, key: e.key, values: e.values ?? [] } : { op, key: e.key };
    if (!matchesRequirements([req], labels)) return false;
  }
  return true;
}
