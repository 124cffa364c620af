// Which boxes and edges light up for the selected or hovered object: the object itself and
// everything one edge away (a Service's pods, a pod's Services). Pure, so it is unit-tested.
import type { FlowElements } from './flowShapes.ts';

export interface Highlight {
  focus: Set<string>;
  related: Set<string>;
  edges: Set<string>;
}

export function highlightFor(elements: FlowElements, focusIds: readonly string[]): Highlight | null {
  const focus = new Set(focusIds.filter((id) => elements.nodes.some((n) => n.id === id)));
  if (focus.size === 0) return null;
  const related = new Set<string>();
  const edges = new Set<string>();
  for (const e of elements.edges) {
    if (focus.has(e.source) || focus.has(e.target)) {
      edges.add(e.id);
      related.add(e.source);
      related.add(e.target);
    }
  }
  // A highlighted pod keeps its Node group visible.
  for (const n of elements.nodes) if (n.parentId && (focus.has(n.id) || related.has(n.id))) related.add(n.parentId);
  return { focus, related, edges };
}
