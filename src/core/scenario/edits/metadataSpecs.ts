// `k=v` / `k-` arguments of kubectl label and annotate (kubectl pkg/cmd/label/label.go
// parseLabels, pkg/cmd/annotate/annotate.go parseAnnotations), and the map update both apply.
import { isValidLabelValue } from '../../api/validation/names.ts';

export interface MetadataChanges {
  set: Map<string, string>;
  remove: string[];
}

export type SpecsResult = { ok: true; changes: MetadataChanges } | { ok: false; error: string };

export function parseMetadataSpecs(specs: readonly string[], field: 'labels' | 'annotations'): SpecsResult {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const spec of specs) {
    if (spec.includes('=')) {
      const eq = spec.indexOf('=');
      const key = spec.slice(0, eq);
      const value = spec.slice(eq + 1);
      if (field === 'labels') {
        // label.go: strings.Split(labelSpec, "=") must give exactly two parts.
        if (spec.split('=').length !== 2) return { ok: false, error: `invalid label spec: ${spec}` };
        const errs = isValidLabelValue(value);
        if (errs.length > 0)
          return { ok: false, error: `invalid label value: ${JSON.stringify(spec)}: ${errs.join(';')}` };
      } else if (key === '') {
        return { ok: false, error: `invalid annotation format: ${spec}` };
      }
      set.set(key, value);
    } else if (spec.endsWith('-')) {
      remove.push(spec.slice(0, -1));
    } else {
      return {
        ok: false,
        error: field === 'labels' ? `unknown label spec: ${spec}` : `invalid annotation format: ${spec}`,
      };
    }
  }
  for (const k of remove) {
    if (set.has(k))
      return {
        ok: false,
        error: `can not both modify and remove ${field === 'labels' ? 'label' : 'an annotation'} in the same command`,
      };
  }
  return { ok: true, changes: { set, remove } };
}

/** The map after the changes, or the keys that may not be overwritten. */
export function applyMetadataChanges(
  current: Readonly<Record<string, string>> | undefined,
  changes: MetadataChanges,
  overwrite: boolean,
): { ok: true; map: Record<string, string>; changed: boolean } | { ok: false; conflicts: string[] } {
  const cur = current ?? {};
  if (!overwrite) {
    const conflicts = [...changes.set.keys()]
      .filter((k) => Object.prototype.hasOwnProperty.call(cur, k))
      .map((k) => `'${k}' already has a value (${cur[k] ?? ''})`);
    if (conflicts.length > 0) return { ok: false, conflicts };
  }
  const map: Record<string, string> = { ...cur };
  let changed = false;
  for (const k of changes.remove)
    if (k in map) {
      delete map[k];
      changed = true;
    }
  for (const [k, v] of changes.set)
    if (map[k] !== v) {
      map[k] = v;
      changed = true;
    }
  return { ok: true, map, changed };
}

/** kubectl's error for conflicts: label.go validateNoOverwrites (aggregated) / annotate.go validateNoAnnotationOverwrites. */
export function conflictError(field: 'labels' | 'annotations', conflicts: readonly string[]): string {
  if (field === 'labels') return conflicts.length === 1 ? (conflicts[0] ?? '') : `[${conflicts.join(', ')}]`;
  return `--overwrite is false but found the following declared annotation(s): ${conflicts.join('; ')}`;
}
