// The one Monaco module the page imports by its internal path with names (warmContributions.ts):
// the package ships no types for it. monaco-editor is pinned (package.json), so the shape holds.
declare module 'monaco-editor/editor/browser/editorExtensions' {
  export const EditorExtensionsRegistry: {
    getEditorContributions(): readonly { id: string }[];
  };
}
