import { describe, expect, it } from 'vitest';
import { escapeXml, renderSvg, type Scene } from './svgScene.ts';

const scene: Scene = {
  x: -10,
  y: -10,
  width: 300,
  height: 200,
  background: '#fff',
  rects: [{ x: 0, y: 0, w: 100, h: 50, fill: '#eee', stroke: '#333', strokeWidth: 1, radius: 8 }],
  texts: [
    {
      x: 10,
      y: 20,
      text: 'web-<script>alert(1)</script> & "x"',
      size: 17,
      weight: '650',
      fill: '#000',
      family: 'system-ui, "Segoe UI"',
    },
  ],
  paths: [{ d: 'M0,0 C10,10 20,20 30,30', stroke: '#5a7aa5', width: 1.5, dash: '5 4' }],
};

describe('renderSvg', () => {
  const svg = renderSvg(scene);
  it('keeps user text as escaped text, never markup', () => {
    expect(svg).toContain('web-&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;"');
  });
  it("draws boxes, edges and the background in the scene's coordinates", () => {
    expect(
      svg.startsWith(
        '<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" width="300" height="200" viewBox="-10 -10 300 200">',
      ),
    ).toBe(true);
    expect(svg).toContain(
      '<rect x="0" y="0" width="100" height="50" rx="8" fill="#eee" stroke="#333" stroke-width="1"/>',
    );
    expect(svg).toContain(
      '<path d="M0,0 C10,10 20,20 30,30" fill="none" stroke="#5a7aa5" stroke-width="1.5" stroke-dasharray="5 4"/>',
    );
  });
  it('drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0001b')).toBe('ab');
  });
});
