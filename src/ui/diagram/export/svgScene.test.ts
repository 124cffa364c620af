import { describe, expect, it } from 'vitest';
import { escapeXml, iconShape, renderSvg, type Scene } from './svgScene.ts';

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

describe('icons and packets in the export', () => {
  it("keeps an icon's plain shapes and their geometry, nothing that could run or fetch", () => {
    expect(
      iconShape('PATH', [
        ['d', 'M1 1h2'],
        ['stroke', 'currentColor'],
        ['onclick', 'alert(1)'],
        ['style', 'x'],
      ]),
    ).toEqual({
      tag: 'path',
      attrs: { d: 'M1 1h2', stroke: 'currentColor' },
    });
    expect(iconShape('script', [['src', 'x.js']])).toBeNull();
    expect(iconShape('image', [['href', 'https://evil.example/x.png']])).toBeNull();
    expect(iconShape('use', [['href', '#a']])).toBeNull();
    expect(
      iconShape('rect', [
        ['fill', 'url(https://evil.example/#g)'],
        ['width', '4'],
      ]),
    ).toEqual({
      tag: 'rect',
      attrs: { width: '4' },
    });
  });

  it('draws icons in their colour, packets as dots, and no backdrop when the background is transparent', () => {
    const svg = renderSvg({
      ...scene,
      background: null,
      icons: [
        {
          x: 5,
          y: 6,
          w: 16,
          h: 16,
          viewBox: '0 0 16 16',
          color: 'rgb(1, 2, 3)',
          shapes: [{ tag: 'circle', attrs: { cx: '8', cy: '8', r: '3', stroke: 'currentColor', fill: 'none' } }],
        },
      ],
      dots: [{ x: 40, y: 50, r: 7, fill: '#E69F00' }],
    });
    expect(svg).toContain(
      '<svg x="5" y="6" width="16" height="16" viewBox="0 0 16 16" color="rgb(1, 2, 3)" overflow="visible">',
    );
    expect(svg).toContain('<circle cx="8" cy="8" r="3" stroke="rgb(1, 2, 3)" fill="none"/>');
    expect(svg).toContain('<circle cx="40" cy="50" r="7" fill="#E69F00"');
    expect(svg).not.toContain(`<rect x="-10" y="-10" width="300" height="200"`);
    expect(renderSvg(scene)).toContain('<rect x="-10" y="-10" width="300" height="200" fill="#fff"/>');
  });
});
