import { describe, expect, it } from 'vitest';
import { DotSprites, type SpriteCanvas } from './dotSprites.ts';
import type { Positions } from './packetScene.ts';
import { paintPackets, pictureOf } from './paintPackets.ts';

/** A canvas whose 2D context records what is drawn on it. */
function fakeCanvas(size: number, calls: string[]) {
  const ctx = new Proxy(
    { canvas: { width: size, height: size } },
    {
      get: (target, key) =>
        key in target
          ? target[key as keyof typeof target]
          : (...args: unknown[]) => void calls.push(`${String(key)}(${args.join(',')})`),
      set: (_t, key, value) => (calls.push(`${String(key)}=${String(value)}`), true),
    },
  );
  return { width: size, height: size, getContext: () => ctx } as unknown as SpriteCanvas;
}

const style = { radius: 7, outline: 1.5, outlineColor: 'rgba(0,0,0,0.55)' };

describe(DotSprites, () => {
  it('draws each colour once per scale, a pixel of margin round the outlined dot', () => {
    const made: number[] = [];
    const drawn: string[] = [];
    const dots = new DotSprites(style, (size) => (made.push(size), fakeCanvas(size, drawn)));
    const a = dots.sprite('red', 2);
    expect(dots.sprite('red', 2)).toBe(a);
    dots.sprite('blue', 2);
    // (7 + 0.75) × 2 × 2 = 31 device pixels, + 2.
    expect(made).toEqual([33, 33]);
    expect(drawn).toContain('arc(0,0,7,0,6.283185307179586)');
    expect(drawn).toContain('setTransform(2,0,0,2,16.5,16.5)');
    expect(drawn.filter((c) => c.startsWith('fillStyle='))).toEqual(['fillStyle=red', 'fillStyle=blue']);
    // Zoomed: drawn again at the new scale.
    dots.sprite('red', 1);
    expect(made).toEqual([33, 33, 18]);
  });
});

describe(paintPackets, () => {
  it("copies each dot's sprite centred on its place under the viewport, at a whole device pixel", () => {
    const calls: string[] = [];
    const canvas = fakeCanvas(0, calls);
    const ctx = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
    const sprites: string[] = [];
    const dots = new DotSprites(style, (size) => fakeCanvas(size, sprites));
    const pos: Positions = {
      byColor: new Map([['red', [{ x: 10, y: 20 }]]]),
      marks: [],
      drawn: 1,
      next: null,
    };
    // dpr 2, zoom 1.5: scale 3, sprite (7.75 × 2 × 3 = 46.5 → 47) + 2 = 49 pixels; the dot's
    // centre at 2 × (100 + 10 × 1.5) = 230, 2 × (-40 + 20 × 1.5) = -20.
    const view = { width: 300, height: 200, dpr: 2, transform: [100, -40, 1.5] as const };
    paintPackets(ctx, pictureOf(pos, view, dots), pos, view, new Map(), dots);
    const copies = calls.filter((c) => c.startsWith('drawImage'));
    expect(copies).toEqual(['drawImage([object Object],206,-44)']);
  });
});
