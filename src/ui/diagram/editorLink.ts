// Both-ways highlighting between the YAML editor and the diagram (issue 4).
// Editor → diagram: the pointer's line is mapped to (document, field path) and the object that
// document declares becomes the store's `hovered` (with the field), which the diagram lights up.
// Diagram → editor: the hovered box, the selected box, or the focused hop (whose `at` names the
// object and field that decided it) becomes a line decoration in the editor.
// The editor is typed structurally so this file does not import Monaco.
import { setHovered, useStore, type HoverRef } from '../store.ts';
import { subscribeHopFocus, currentHopFocus } from '../traffic/hopFocus.ts';
import { lineOfPath, yamlPathAt } from './yamlLines.ts';
import { objectOfDocument, sourceOf } from './hoverTargets.ts';
import type { HopAt } from '../../worker/protocol.ts';
import type { ClusterView } from '../../worker/clusterView.ts';

interface Range {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}
interface Decoration {
  range: Range;
  options: { isWholeLine: boolean; className: string; linesDecorationsClassName: string };
}
interface Disposable {
  dispose(): void;
}

export interface LinkableEditor {
  onMouseMove(listener: (e: { target: { position: { lineNumber: number } | null } }) => void): Disposable;
  onMouseLeave(listener: (e: unknown) => void): Disposable;
  getModel(): { getValue(): string } | null;
  createDecorationsCollection(decorations?: Decoration[]): { set(decorations: Decoration[]): void; clear(): void };
  revealRangeInCenterIfOutsideViewport(range: Range): void;
}

/** The YAML lines of the object and field a hop names (`at`: what decided it), or null when it is not in the text. */
export function hopLines(text: string, view: ClusterView, at: HopAt): { line: number; endLine: number } | null {
  if (!at.kind || !at.name) return null;
  const src = sourceOf(view, at);
  if (!src) return null;
  const line = at.path ? lineOfPath(text, src.docIndex, at.path) : null;
  return line ? { line, endLine: line } : { line: src.line, endLine: src.endLine };
}

/** The lines to light up for what is hovered on the diagram, selected, or the focused hop. */
export function linesToHighlight(text: string): { line: number; endLine: number; reveal: boolean } | null {
  const s = useStore.getState();
  const view = s.view;
  if (!view) return null;
  const at = currentHopFocus()?.hop.at;
  const fromHop = at ? hopLines(text, view, at) : null;
  if (fromHop) return { ...fromHop, reveal: true };
  const ref = (s.hovered && s.hovered !== editorHover ? s.hovered.ref : null) ?? s.selection;
  if (!ref) return null;
  const src = sourceOf(view, ref);
  return src ? { line: src.line, endLine: Math.max(src.line, src.endLine - 1), reveal: false } : null;
}

let editorHover: HoverRef | null = null;

export function linkEditor(editor: LinkableEditor): Disposable {
  const decorations = editor.createDecorationsCollection();
  let lastKey = '';
  const onMove = editor.onMouseMove((e) => {
    const line = e.target.position?.lineNumber;
    const text = editor.getModel()?.getValue() ?? '';
    const view = useStore.getState().view;
    const at = line && view ? yamlPathAt(text, line) : null;
    const ref = at && view ? objectOfDocument(view, at.docIndex) : null;
    const key = ref ? `${ref.kind}/${ref.namespace}/${ref.name}#${at?.path ?? ''}` : '';
    if (key === lastKey) return;
    lastKey = key;
    editorHover = ref ? { ref, ...(at?.path ? { field: at.path } : {}) } : null;
    setHovered(editorHover);
  });
  const onLeave = editor.onMouseLeave(() => {
    lastKey = '';
    if (useStore.getState().hovered === editorHover && editorHover) setHovered(null);
    editorHover = null;
  });
  let shown = '';
  const refresh = (): void => {
    const text = editor.getModel()?.getValue() ?? '';
    const hl = linesToHighlight(text);
    const key = hl ? `${hl.line}-${hl.endLine}` : '';
    if (key === shown) return;
    shown = key;
    if (!hl) {
      decorations.clear();
      return;
    }
    const range = { startLineNumber: hl.line, startColumn: 1, endLineNumber: hl.endLine, endColumn: 1 };
    decorations.set([
      { range, options: { isWholeLine: true, className: 'k-yaml-hl', linesDecorationsClassName: 'k-yaml-hl-gutter' } },
    ]);
    if (hl.reveal) editor.revealRangeInCenterIfOutsideViewport(range);
  };
  const unsubStore = useStore.subscribe((s, prev) => {
    if (s.hovered !== prev.hovered || s.selection !== prev.selection || s.view !== prev.view) refresh();
  });
  const unsubHop = subscribeHopFocus(refresh);
  return {
    dispose() {
      onMove.dispose();
      onLeave.dispose();
      unsubStore();
      unsubHop();
      decorations.clear();
    },
  };
}
