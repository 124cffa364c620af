// Duplicate mapping keys, found in one pass. eemeli/yaml's own check (`uniqueKeys: true`) compares
// each new key with every earlier key of its map, which is quadratic: a 150,000-key ConfigMap took
// minutes. This reports the same error (code DUPLICATE_KEY, "Map keys must be unique", at the
// key) with a Set per map. Keys are equal as the library compares them: two scalars whose resolved
// values are ===; a collection or alias key never equals another key.
import { isPair, isScalar, visit, YAMLParseError, type Document } from 'yaml';

export function addDuplicateKeyErrors(doc: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const value: unknown = pair.key.value;
        // NaN !== NaN, so `.nan` keys never collide; a Set would call them equal.
        if (typeof value === 'number' && Number.isNaN(value)) continue;
        if (seen.has(value)) {
          const at = pair.key.range?.[0] ?? 0;
          found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else seen.add(value);
      }
    },
  });
  if (found.length === 0) return;
  // visit() finishes a map's own keys before its children's; the composer reads in text order.
  found.sort((a, b) => a.pos[0] - b.pos[0]);
  // Keep the errors in source order, as the composer would have reported them while reading.
  const merged: YAMLParseError[] = [];
  let i = 0;
  for (const e of doc.errors) {
    while (i < found.length && found[i]!.pos[0] < e.pos[0]) merged.push(found[i++]!);
    merged.push(e);
  }
  merged.push(...found.slice(i));
  doc.errors.splice(0, doc.errors.length, ...merged);
}
