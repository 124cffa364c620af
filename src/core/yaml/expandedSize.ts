// Counts the values a YAML stream stands for once its aliases are expanded, without expanding
// them: each anchored node's size is computed once and an alias adds its anchor's size. The walk
// stops as soon as the count passes the budget, so a billion laughs costs a few hundred steps.
//
// The API server decodes YAML with sigs.k8s.io/yaml → gopkg.in/yaml.v2, which refuses
//   - an alias inside the node it names: "yaml: anchor 'a' value contains itself" (decode.go, d.alias);
//   - heavy expansion: "yaml: document contains excessive aliasing" (decode.go, allowedAliasRatio,
//     the CVE-2019-11253 fix).
// We keep its words and replace its ratio heuristic by a plain count the README can state.
import { isAlias, isCollection, isPair, isScalar, type Document, type Node as YamlNode } from 'yaml';

export type ExpansionProblem =
  | { kind: 'recursive'; anchor: string; at: [number, number] }
  | { kind: 'too-many'; alias: string | null; at: [number, number] };

class Stop {
  readonly problem: ExpansionProblem;
  constructor(problem: ExpansionProblem) {
    this.problem = problem;
  }
}

/**
 * Values in the document after alias expansion (scalars, mappings and sequences; a pair counts as
 * its key and value), or the first problem: a recursive alias, or the node at which the count
 * passes `budget` (an alias, when an expansion is what passed it).
 */
export function countExpandedValues(doc: Document.Parsed, budget: number): number | ExpansionProblem {
  // Anchors as the library resolves them: the last node with that anchor before the alias, in
  // document order (yaml Alias.resolve), which includes the alias's own ancestors.
  const anchors = new Map<string, YamlNode>();
  const sizes = new Map<YamlNode, number>();
  const open = new Set<YamlNode>();
  let total = 0;
  const rangeOf = (n: YamlNode): [number, number] => [n.range?.[0] ?? 0, n.range?.[1] ?? 0];
  const add = (n: number, node: YamlNode, alias: string | null): void => {
    total += n;
    if (total > budget) throw new Stop({ kind: 'too-many', alias, at: rangeOf(node) });
  };
  const walk = (node: unknown): number => {
    if (isAlias(node)) {
      const source = anchors.get(node.source);
      // An unknown anchor is the library's error to report (at toJS); it expands to nothing.
      if (!source) return 1;
      if (open.has(source)) throw new Stop({ kind: 'recursive', anchor: node.source, at: rangeOf(node) });
      const size = sizes.get(source) ?? 1;
      add(size, node, node.source);
      return size;
    }
    if (!isScalar(node) && !isCollection(node)) return 0;
    if (node.anchor) anchors.set(node.anchor, node);
    add(1, node, null);
    let size = 1;
    if (isCollection(node)) {
      open.add(node);
      for (const item of node.items as unknown[]) {
        if (isPair(item)) size += walk(item.key) + walk(item.value);
        else size += walk(item);
      }
      open.delete(node);
    }
    if (node.anchor) sizes.set(node, size);
    return size;
  };
  try {
    return walk(doc.contents);
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    throw e;
  }
}
