// Keeping the identity of the boxes and wires an answer did not change. toFlowElements builds every
// node and edge anew for each view; React Flow adopts a node whose object is new as a new node (its
// internals built again) and renders its box again (the box components are memo'd on props, and the
// data object is new), so an edit that added one Pod rendered every box of the diagram again. A node
// or edge that holds the same data as before (as JSON: the view is plain data from the worker) is
// the previous object, and the arrays are the previous ones when nothing changed at all.
import type { FlowEdge, FlowElements, FlowNode } from './toFlowElements.ts';

interface Kept<T> {
  list: T[];
  byId: Map<string, { json: string; value: T }>;
}

function keep<T extends { id: string }>(prev: Kept<T>, next: T[]): Kept<T> {
  const byId = new Map<string, { json: string; value: T }>();
  let same = next.length === prev.list.length;
  const list = next.map((x, i) => {
    const json = JSON.stringify(x);
    const before = prev.byId.get(x.id);
    const value = before && before.json === json ? before.value : x;
    byId.set(x.id, { json, value });
    same &&= prev.list[i] === value;
    return value;
  });
  return { list: same ? prev.list : list, byId };
}

/**
 * A function that returns the elements it is given, with each node and edge that equals the one
 * with its id in the elements it returned last replaced by that one.
 */
export function keepUnchanged(): (next: FlowElements) => FlowElements {
  let nodes: Kept<FlowNode> = { list: [], byId: new Map() };
  let edges: Kept<FlowEdge> = { list: [], byId: new Map() };
  let last: FlowElements | null = null;
  return (next) => {
    nodes = keep(nodes, next.nodes);
    edges = keep(edges, next.edges);
    if (last && last.nodes === nodes.list && last.edges === edges.list) return last;
    last = { nodes: nodes.list, edges: edges.list };
    return last;
  };
}
