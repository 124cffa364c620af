// One ResizeObserver for every FitText on the page. The browser calls it after the frame's layout
// and before the paint, when an element is first watched and whenever its box changes size: the
// widths read there are already computed. All elements are read first, then every change is applied
// in one synchronous React render (flushSync), so the shortened text is what the frame paints and
// no read follows a write. A web font that finishes loading (document.fonts 'loadingdone') can widen a
// text without resizing its box, so it has every element measured again.
import { flushSync } from 'react-dom';

/** Reads the element (layout is clean); returns the state change to make, or null for none. */
export type FitMeasure = () => (() => void) | null;

const watched = new Map<Element, FitMeasure>();
let observer: ResizeObserver | null = null;

function measureAll(targets: Iterable<Element>): void {
  const changes: (() => void)[] = [];
  for (const el of targets) {
    const change = watched.get(el)?.();
    if (change) changes.push(change);
  }
  if (changes.length) flushSync(() => changes.forEach((c) => c()));
}

function start(): ResizeObserver {
  document.fonts?.addEventListener('loadingdone', () => {
    // Observing again makes the observer report each element in the next frame.
    for (const el of watched.keys()) {
      observer!.unobserve(el);
      observer!.observe(el);
    }
  });
  return new ResizeObserver((entries) => measureAll(entries.map((e) => e.target)));
}

/**
 * Has `measure` called for `el` in the next frame, and again whenever its box changes size. Returns
 * the function that stops it. Without a ResizeObserver (jsdom) nothing is measured: the full text shows.
 */
export function watchFit(el: Element, measure: FitMeasure): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  observer ??= start();
  watched.set(el, measure);
  observer.observe(el);
  return () => {
    watched.delete(el);
    observer?.unobserve(el);
  };
}
