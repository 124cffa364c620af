import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SteadyText } from './SteadyText.tsx';

describe('SteadyText', () => {
  it('is as wide as its text in ch, counting characters rather than UTF-16 units', () => {
    expect(renderToStaticMarkup(<SteadyText text="12 · 50%" />)).toBe(
      '<span class="k-steady" style="width:8ch"><span>12 · 50%</span></span>',
    );
    expect(renderToStaticMarkup(<SteadyText text="t = 𝟙 s" />)).toContain('width:7ch');
  });

  it('carries the label and keeps user text as text', () => {
    expect(renderToStaticMarkup(<SteadyText text="<b>x</b>" label="time" className="k-mono" />)).toBe(
      '<span class="k-steady k-mono" style="width:8ch" aria-label="time"><span>&lt;b&gt;x&lt;/b&gt;</span></span>',
    );
  });
});
