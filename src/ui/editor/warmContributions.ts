// Monaco builds most of an editor's features (the suggest widget, code actions, hover, …) lazily:
// at the window's first idle moment, and at the latest before the first key or mouse event
// (monaco-editor codeEditorContributions.js: BeforeFirstInteraction, Eventually with a 5 s timeout).
// A page still drawing its first diagram and packets on a slow laptop has no idle moment for
// seconds, so a learner's first edit paid for them: about 80 ms of its 340 ms at 4× CPU in `npm run
// bench` (the suggest controller and its widget's DOM, the code-action controller). They are built
// in a task of their own as soon as the editor is up, before anyone can type.
// The registry is Monaco's own list of the contributions this build registered (monacoFeatures.ts).
import { EditorExtensionsRegistry } from 'monaco-editor/editor/browser/editorExtensions';
import type * as monaco from 'monaco-editor';

/** Builds every editor contribution not built yet (getContribution instantiates a pending one). */
export function warmContributions(editor: monaco.editor.IStandaloneCodeEditor): void {
  for (const c of EditorExtensionsRegistry.getEditorContributions()) editor.getContribution(c.id);
}
