// A new answer from the worker rebuilds every box and wire as new objects, though an edit changes
// only a few. React Flow re-renders a box whose object changed (it keeps the node it was given and
// compares by identity), so every edit re-rendered every box, and measured every FitText in it. Here
// a box or wire with the same content as the one shown before keeps the old object: an edit
// re-renders only what it changed, and an answer that changes nothing keeps the same elements.
// The comparison stops at a box's first difference (sameData): on the 1,000-Pod diagram nearly every
// box moves, and comparing them as JSON cost 15–48 ms per answer (c1383db, taken back in 562925d).
import { sameValue } from '../slices/sameValue.ts';
import type { FlowElements } from './flowShapes.ts';

/** `next`, with each node and edge whose content equals the one of the same id in `prev` replaced by that one. */
export function reuseUnchanged(prev: FlowElements | null, next: FlowElements): FlowElements {
  if (!prev) return next;
  const nodes = reuseById(prev.nodes, next.nodes);
  const edges = reuseById(prev.edges, next.edges);
  return nodes === prev.nodes && edges === prev.edges ? prev : { nodes, edges };
}

/** A reuser that remembers what it returned last: each call hands back `next` with the unchanged parts of the one before. */
export function keepShown(): (next: FlowElements) => FlowElements {
  let shown: FlowElements | null = null;
  return (next) => (shown = reuseUnchanged(shown, next));
}

/**
 * `old` when `next` has the same content; else `next`, keeping `old`'s data object when only the rest
 * changed (a box that moved): its view re-renders on a new data object only (nodes/boxView.ts).
 */
function sameOrKeptData<T>(old: T, next: T): T {
  const shown = sameValue(old, next);
  if (shown === old || !hasData(old) || !hasData(next)) return shown;
  const data = sameValue(old.data, next.data);
  return data === next.data ? next : { ...next, data };
}

const hasData = (x: unknown): x is { data: unknown } => typeof x === 'object' && x !== null && 'data' in x;

/** `next` with the unchanged items of `prev`; `prev` itself when every item and the order are unchanged. */
function reuseById<T extends { id: string }>(prev: T[], next: T[]): T[] {
  const before = new Map(prev.map((x) => [x.id, x]));
  let same = prev.length === next.length;
  const kept = next.map((x, i) => {
    const old = before.get(x.id);
    const shown = old === undefined ? x : sameOrKeptData(old, x);
    if (shown !== prev[i]) same = false;
    return shown;
  });
  return same ? prev : kept;
}
