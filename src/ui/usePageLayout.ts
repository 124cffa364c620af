// Which page layout the window gets, from its width alone (never from a panel's size, so opening or
// dragging a panel never rearranges the page or the diagram):
// - 'side': editor above the details panel on the left, the diagram the full height on the right;
// - 'narrow' (phones): one column that scrolls, the diagram first, then the panels, then the editor.
import { useSyncExternalStore } from 'react';

export type PageLayout = 'side' | 'narrow';

/** Below this width the page is one column (app.css `.app.layout-narrow`). */
export const NARROW_BELOW_PX = 720;

const query = `(max-width: ${NARROW_BELOW_PX - 0.02}px)`;

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(query);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

export function usePageLayout(): PageLayout {
  return useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(query).matches ? 'narrow' : 'side'),
    () => 'side',
  );
}
