// A learner's first keystroke ran Monaco's edit path for the first time: the text buffer's edit,
// the tracked decorations' update, the line's re-render and the folding, sticky-scroll and
// selection-highlight updates that follow an edit (RunOnceSchedulers). Run cold, that code costs
// about twice what it does warm: with the CPU 4× slower in `npm run bench`, a series' first edit took
// 355–594 ms against ~170 ms for later ones (241–485 ms with this). This runs that path once as the
// editor comes up, with an edit that changes nothing: the first character replaced by itself,
// through `applyEdits`, which never touches the undo stack. The store sees the same text and sends
// nothing to the worker (editorSlice.ts setText).
import type * as monaco from 'monaco-editor';

export function warmEditPath(editor: monaco.editor.IStandaloneCodeEditor): void {
  const model = editor.getModel();
  if (!model || editor.getRawOptions().readOnly) return;
  const range = { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2 };
  const first = model.getValueInRange(range);
  if (first === '') return;
  model.applyEdits([{ range, text: first }]);
}
