// A one-line text that is shortened in the middle when its box is too narrow (abbreviate.ts), with
// the full text as the tooltip and for screen readers. Widths are layout pixels (clientWidth and the
// canvas's measureText at the element's font), so the diagram's zoom does not change the result.
import { useLayoutEffect, useRef, useState } from 'react';
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
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || (fit.for === key && fit.shown !== text)) return;
    const measure = (): void => {
      if (el.scrollWidth <= el.clientWidth) {
        if (fit.for !== key) setFit({ for: key, shown: text });
        return;
      }
      const cs = getComputedStyle(el);
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 1;
      setFit({ for: key, shown: abbreviateMiddle(text, room, textWidth(cs.font)) });
    };
    measure();
    // A web font that arrives later can widen the text.
    let live = true;
    void document.fonts?.ready.then(() => live && measure());
    return () => {
      live = false;
    };
  }, [text, key, fit]);
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
