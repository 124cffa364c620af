// The stored kinds are not decoded against a schema (admitStored.ts), so any shape can arrive where
// a mapping or a list belongs. Their defaults reach each field through these: a part written with
// the wrong shape is left as written rather than turned into a JavaScript error.
export type Mapping = Record<string, unknown>;

/** The value when it is a mapping, else undefined. */
export const mapping = (v: unknown): Mapping | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Mapping) : undefined;

/** The mappings of a list (other entries and other shapes skipped). */
export const mappings = (v: unknown): Mapping[] =>
  Array.isArray(v) ? v.flatMap((x) => (mapping(x) ? [x as Mapping] : [])) : [];

/** The mapping at `obj[key]`, made when nothing (or null) is written there; undefined when something else is. */
export function child(obj: Mapping, key: string): Mapping | undefined {
  obj[key] ??= {};
  return mapping(obj[key]);
}

/** Sets `obj[key]` when nothing (or null) is written there, as a Go pointer default does. */
export function orDefault(obj: Mapping, key: string, value: unknown): void {
  obj[key] ??= value;
}

/** Sets `obj[key]` when it is empty, as a Go string default does (`if x == ""`). */
export function orDefaultString(obj: Mapping, key: string, value: string): void {
  if (obj[key] == null || obj[key] === '') obj[key] = value;
}
