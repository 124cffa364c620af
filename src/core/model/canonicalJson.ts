// JSON with sorted keys (UTF-16 order) and undefined fields left out: one text per value whatever
// order its fields were filled in. Admission compares an update with the stored object by it
// (an unchanged apply is "unchanged"); the workload controllers hash pod templates with it
// (Go hashes struct fields in declaration order, never in YAML order).
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
