// A one-line text that is shortened in the middle when its box is too narrow (abbreviate.ts), with
// the full text as the tooltip and for screen readers. Widths are layout pixels (clientWidth and the
// canvas's measureText at the element's font), so the diagram's zoom does not change the result.
//
// The widths are read in one shared ResizeObserver's callback, not in a layout effect. The browser
// calls it after its own layout of the frame and before painting it, so reading scrollWidth there
// costs nothing, while a layout effect's read forced a layout of the whole page in the middle of
// React's commit, and the page laid out again in the frame after the commit's other changes (about
// 2 ms of layout per edit of the seed example, ×4 on a slow laptop). A shortened text is committed at
// once (flushSync), so no frame paints a text cut off by its box. A new or changed text is observed
// anew, which makes the observer report it after the next layout even when its box keeps its size;
// a box that only becomes visible later (a closed panel opened) or narrows later (the traffic strip's
// pod name beside a count that grew) is measured then.
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { abbreviateMiddle } from '../abbreviate.ts';
import { useStore } from '../../store.ts';

let canvas: HTMLCanvasElement | null = null;
function textWidth(font: string): (s: string) => number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return (s) => s.length * 10;
  ctx.font = font;
  return (s) => ctx.measureText(s).width;
}

/** What a FitText does once layout is done: read its widths, and return the state change they call for. */
type Check = () => (() => void) | null;
const checks = new Map<Element, Check>();
// Made when the module loads, before React Flow makes its own for the boxes (its NodeRenderer):
// observers are called in the order they were made, so this one reads the frame's layout before
// React Flow's callback commits the boxes' measured sizes and dirties it again.
const observer =
  typeof ResizeObserver === 'undefined'
    ? null
    : new ResizeObserver((entries) => {
        // Every read first (layout is clean), then one commit of every change.
        const changes = entries.flatMap((e) => checks.get(e.target)?.() ?? []);
        if (changes.length > 0) flushSync(() => changes.forEach((c) => c()));
      });

function watch(el: Element, check: Check): () => void {
  checks.set(el, check);
  observer?.unobserve(el);
  observer?.observe(el);
  return () => {
    if (checks.get(el) !== check) return;
    checks.delete(el);
    observer?.unobserve(el);
  };
}

interface Props {
  text: string;
  className?: string;
  as?: 'span' | 'div' | 'li';
}

export function FitText({ text, className, as: Tag = 'span' }: Props) {
  const ref = useRef<HTMLElement>(null);
  // Shortened for a text in a language: the captions beside it change width with the language (the
  // Service card's ready count is longer in Korean), so a language switch measures again from the full text.
  const language = useStore((s) => s.language);
  const key = `${language}\u0000${text}`;
  const [fit, setFit] = useState({ for: key, shown: text });
  const shown = fit.for === key ? fit.shown : text;
  const measuredIn = useRef(language);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check: Check = () => {
      // Whatever is shown fits: nothing to do. (A shortened text whose box has grown stays shortened:
      // its box may be as wide as its content, so its width says nothing about the room the full
      // text would have. One that no longer fits, its box narrowed by a neighbour that grew, is
      // shortened again from the full text.)
      if (el.scrollWidth <= el.clientWidth) return null;
      const cs = getComputedStyle(el);
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 1;
      const shown = abbreviateMiddle(text, room, textWidth(cs.font));
      return () => setFit({ for: key, shown });
    };
    // A language switch (a click, not an edit) measures at once, as before: the observer reports
    // nothing about a box that is hidden by then (the traffic strip folded right after the switch),
    // and its full text would stay, unseen but wider than its box, until the strip opens.
    if (measuredIn.current !== language) {
      measuredIn.current = language;
      check()?.();
    }
    const unwatch = watch(el, check);
    // A web font that arrives later can widen the text: observing anew reports it after the next layout.
    let live = true;
    if (document.fonts && document.fonts.status !== 'loaded')
      void document.fonts.ready.then(() => live && watch(el, check));
    return () => {
      live = false;
      unwatch();
    };
  }, [text, key, language]);
  const cut = shown !== text;
  return (
    <Tag ref={ref as never} className={`k-fit${className ? ` ${className}` : ''}`} title={cut ? text : undefined}>
      {cut ? (
        <>
          <span aria-hidden="true">{shown}</span>
          <span className="visually-hidden">{text}</span>
        </>
      ) : (
        text
      )}
    </Tag>
  );
}
