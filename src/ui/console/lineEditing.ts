// The readline keys a terminal user expects on top of the text field's own editing (GNU
// readline's emacs mode): Ctrl+A/E move to the start/end, Ctrl+U/K cut before/after the
// cursor, Ctrl+W cuts the word before it. Pure: value and cursor in, value and cursor out.
export interface LineState {
  value: string;
  cursor: number;
}

export type LineKey = 'start' | 'end' | 'killBefore' | 'killAfter' | 'killWordBefore';

/** The readline action for a key event (Ctrl+letter), or null to let the field handle it. */
export function lineKeyFor(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): LineKey | null {
  if (!e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key.toLowerCase()) {
    case 'a':
      return 'start';
    case 'e':
      return 'end';
    case 'u':
      return 'killBefore';
    case 'k':
      return 'killAfter';
    case 'w':
      return 'killWordBefore';
    default:
      return null;
  }
}

export function applyLineKey(s: LineState, key: LineKey): LineState {
  const cursor = Math.max(0, Math.min(s.cursor, s.value.length));
  switch (key) {
    case 'start':
      return { value: s.value, cursor: 0 };
    case 'end':
      return { value: s.value, cursor: s.value.length };
    case 'killBefore':
      return { value: s.value.slice(cursor), cursor: 0 };
    case 'killAfter':
      return { value: s.value.slice(0, cursor), cursor };
    case 'killWordBefore': {
      // unix-word-rubout: the spaces before the cursor, then the word before them.
      const before = s.value.slice(0, cursor).replace(/\S*\s*$/, '');
      return { value: before + s.value.slice(cursor), cursor: before.length };
    }
  }
}
