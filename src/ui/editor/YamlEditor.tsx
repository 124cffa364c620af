// The scenario editor: Monaco on the store's text. Keystrokes go to the store (debounced there
// before the worker sees them); the core's diagnostics come back as markers (owner 'k8s') at
// their exact line:column; a Problems click reveals its line.
import { useEffect, useRef } from 'react';
import type { Diagnostic } from '../../core/diagnostics.ts';
import { setText, useStore } from '../store.ts';
import { useLanguage } from '../i18n/useT.ts';
import type { Language } from '../../text/language.ts';
import { diagnosticText } from '../../text/messages.ts';
import { editorTheme, MODEL_URI, monaco } from './monacoSetup.ts';
import { linkEditor } from '../diagram/editorLink.ts';
import { warmContributions } from './warmContributions.ts';
import { warmEditPath } from './warmEditPath.ts';

type Editor = ReturnType<typeof monaco.editor.create>;

/** Test hooks (docs/toolchain.md §7): the Monaco namespace and the editor instance. */
declare global {
  interface Window {
    __monaco?: typeof monaco;
    __editor?: Editor;
  }
}

const SEVERITY: Record<Diagnostic['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

export function toMarkers(diagnostics: Diagnostic[], lang: Language = 'en'): monaco.editor.IMarkerData[] {
  return diagnostics.map((d) => ({
    severity: SEVERITY[d.severity],
    // the playground's own limits in the page's language; the API server's and the parser's texts verbatim
    message: diagnosticText(lang, d),
    code: d.code,
    source: 'k8s',
    startLineNumber: d.line,
    startColumn: d.column,
    endLineNumber: d.endLine,
    // A zero-width range still gets a visible squiggle.
    endColumn: d.endLine === d.line && d.endColumn <= d.column ? d.column + 1 : d.endColumn,
  }));
}

export default function YamlEditor() {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const diagnostics = useStore((s) => s.diagnostics);
  const theme = useStore((s) => s.theme);
  const lang = useLanguage();
  const reveal = useStore((s) => s.reveal);

  useEffect(() => {
    if (!host.current) return;
    const uri = monaco.Uri.parse(MODEL_URI);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(useStore.getState().text, 'yaml', uri);
    // Bracket pair colours are built from a tree of every bracket on the main thread: a pasted 200 KB
    // line nested 100,000 levels held it 7.5 s (issue 19). The model decides, not the editor option
    // below: this model is created before the editor, with the default (on), and kept it; the view then
    // asked for every visible line's brackets, which built the tree, and each edit updated it and
    // announced changed decorations (one more pass over the visible lines per edit).
    model.updateOptions({ bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false } });
    const editor = monaco.editor.create(host.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      // Sticky scroll from indentation (YAML's structure), not from the language worker's outline:
      // the outline is re-sent for the whole document after every edit (~35 ms of main thread per
      // edit on a 2,300-line manifest in `npm run bench`).
      stickyScroll: { enabled: true, defaultModel: 'indentationModel' },
      // No bracket pair colours (the model's option above is the one that counts). YAML rarely nests
      // flow brackets.
      bracketPairColorization: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      scrollBeyondLastLine: false,
      ariaLabel: 'Scenario YAML editor',
      quickSuggestions: { other: true, comments: false, strings: true },
      theme: editorTheme(useStore.getState().theme),
      // A read-only embed (`?embed`) shows the YAML but never changes it.
      readOnly: !!useStore.getState().embed && !useStore.getState().embed?.editable,
    });
    editorRef.current = editor;
    // Its lazy features, built now rather than inside the learner's first edit (warmContributions.ts).
    const warm = window.setTimeout(() => warmContributions(editor), 0);
    // And its edit path, in a task of its own after those (warmEditPath.ts).
    const warmEdit = window.setTimeout(() => warmEditPath(editor), 0);
    window.__monaco = monaco;
    window.__editor = editor;
    // The text this editor last gave the store: the store's echo of it needs no edit back.
    let typed = model.getValue();
    const sub = model.onDidChangeContent(() => setText((typed = model.getValue())));
    // Text changed outside the editor (a diagram edit, a restored draft): apply it as an edit so undo
    // still works. Subscribed here rather than read in render: reading it re-rendered this component
    // (a React commit of its own) on every keystroke, and compared the whole text each time.
    const follow = (text: string): void => {
      if (text === typed || model.getValue() === text) return;
      typed = text;
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
    };
    follow(useStore.getState().text);
    const stopFollowing = useStore.subscribe((s, prev) => s.text !== prev.text && follow(s.text));
    // Both-ways highlighting with the diagram (src/ui/diagram/editorLink.ts).
    const link = linkEditor(editor);
    return () => {
      window.clearTimeout(warm);
      window.clearTimeout(warmEdit);
      link.dispose();
      stopFollowing();
      sub.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelMarkers(model, 'k8s', toMarkers(diagnostics, lang));
  }, [diagnostics, lang]);

  useEffect(() => {
    monaco.editor.setTheme(editorTheme(theme));
  }, [theme]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !reveal) return;
    editor.revealLineInCenter(reveal.line);
    editor.setPosition({ lineNumber: reveal.line, column: reveal.column });
    editor.focus();
  }, [reveal]);

  // 'nokey': React Flow listens for Space (pan activation) on the whole document and cancels it
  // unless the target is an input, textarea or contenteditable; Monaco's EditContext is a plain
  // div, so without this marker every space typed in the editor was lost.
  return <div ref={host} className="yaml-editor nokey" data-testid="yaml-editor" />;
}
