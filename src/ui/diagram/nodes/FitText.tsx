// A one-line text that is shortened in the middle when its box is too narrow (abbreviate.ts), with
// the full text as the tooltip and for screen readers. Widths are layout pixels (clientWidth and the
// canvas's measureText at the element's font), so the diagram's zoom does not change the result.
//
// The measuring happens in a ResizeObserver callback (fitWatch.ts), which the browser runs after its
// own layout of the frame and before the paint: reading the widths there costs no layout of its own.
// Measuring in a layout effect instead forced a layout of the whole page in the middle of each
// commit that added a box (the largest item of an edit's main-thread time with the CPU 4× slower).
import { useLayoutEffect, useRef, useState } from 'react';
import { abbreviateMiddle } from '../abbreviate.ts';
import { useStore } from '../../store.ts';
import { watchFit } from './fitWatch.ts';
import { familyCut, firstFit, shownText, type Fit } from './fitShown.ts';

let canvas: HTMLCanvasElement | null = null;
function textWidth(font: string): (s: string) => number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return (s) => s.length * 10;
  ctx.font = font;
  return (s) => ctx.measureText(s).width;
}

// The same text in the same room and font comes back on every edit (each new pod of a Deployment
// has the same labels), and shortening it measures a dozen candidates: results are kept.
const cache = new Map<string, string>();
function shortened(text: string, room: number, font: string): string {
  const k = `${font}\u0000${room}\u0000${text}`;
  let s = cache.get(k);
  if (s === undefined) {
    s = abbreviateMiddle(text, room, textWidth(font));
    if (cache.size >= 500) cache.clear();
    cache.set(k, s);
  }
  return s;
}

interface Props {
  text: string;
  className?: string;
  as?: 'span' | 'div' | 'li';
  /** FitTexts in boxes made the same width share the room they were cut to (fitShown.ts firstFit). */
  family?: string;
}

export function FitText({ text, className, as: Tag = 'span', family }: Props) {
  const ref = useRef<HTMLElement>(null);
  // Shortened for a text in a language: the captions beside it change width with the language (the
  // Service card's ready count is longer in Korean), so a language switch measures again from the full text.
  const language = useStore((s) => s.language);
  const key = `${language}\u0000${text}`;
  const [fit, setFit] = useState<Fit>(() => firstFit(text, family));
  const shown = shownText(fit, key, text, language, shortened);
  // What the observer's callback reads, kept current after every commit (it runs after the commit).
  const current = useRef({ key, text, language });
  useLayoutEffect(() => {
    current.current = { key, text, language };
  });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Called with the layout clean; returns the state change to make, or null when what is shown fits.
    // What does not fit is shortened from the full text: a new text, or a shortened one whose box
    // narrowed later (the traffic strip's pod name beside a count that grew). A shortened text whose
    // box grew stays as it is: the box may be as wide as its content (a flex item), so its width says
    // nothing about the room the full text would have.
    return watchFit(el, () => {
      if (el.scrollWidth <= el.clientWidth) return null;
      const c = current.current;
      const cs = getComputedStyle(el);
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 1;
      const cut = { room, font: cs.font, language: c.language };
      familyCut(family, cut);
      const next: Fit = { for: c.key, shown: shortened(c.text, room, cs.font), cut };
      return () => setFit(next);
    });
  }, [key, family]);
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
