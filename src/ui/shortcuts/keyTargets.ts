// Whether a key press belongs to what has focus (typing, a control's own keys) rather than to the
// page's shortcuts. Shared by the main view's shortcuts and the presenter's.

/** Typing: a field, the Monaco editor, anything editable. */
export const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || !!t.closest('.monaco-editor'));

/**
 * A control that answers this key itself: Space presses a button, a link or a row's summary; the
 * arrows move tabs, sliders and splitters. A diagram box takes both (React Flow selects and moves it).
 */
export function ownsKey(key: string, t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.closest('.react-flow__node, dialog, [role="dialog"]')) return true;
  if (key === ' ') return ['BUTTON', 'A', 'SUMMARY'].includes(t.tagName) || t.getAttribute('role') === 'button';
  if (key.startsWith('Arrow'))
    return !!t.closest(
      '[role="tab"], [role="tablist"], [role="slider"], [role="separator"], [role="menu"], [role="listbox"], [role="radiogroup"]',
    );
  return false;
}
