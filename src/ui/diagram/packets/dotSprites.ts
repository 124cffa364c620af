// Each colour's packet dot drawn once, at the frame's scale, into a small canvas of its own; a frame
// then copies that picture to every packet's place. Filling and stroking 1,000 circles as paths
// made the painter worker spend most of its frame rasterising them in software (headless Chromium:
// OffscreenCanvasRenderingContext2D::FinalizeFrame); a copy of a small picture to a whole pixel is
// a plain blit (docs/toolchain.md §2 has the figures).

/** A canvas the painter can draw on and copy from (an OffscreenCanvas in the worker). */
export type SpriteCanvas = OffscreenCanvas | HTMLCanvasElement;
/**
 * What a frame copies: an OffscreenCanvas's picture as an ImageBitmap (copying from the canvas
 * itself took a snapshot of it at every copy: ~2.5 µs each, 1,000 a frame), or a page canvas.
 */
type Sprite = ImageBitmap | HTMLCanvasElement;
type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface DotStyle {
  /** Radius in flow units. */
  radius: number;
  /** Outline width in flow units, and its colour. */
  outline: number;
  outlineColor: string;
}

export class DotSprites {
  private scale = 0;
  private readonly byColor = new Map<string, Sprite | null>();
  private readonly make: (size: number) => SpriteCanvas;
  private readonly style: DotStyle;

  /** `make`: a new canvas `size` device pixels square. */
  constructor(style: DotStyle, make: (size: number) => SpriteCanvas) {
    this.style = style;
    this.make = make;
  }

  /** The side of a sprite, in device pixels, at `scale` device pixels per flow unit (a pixel of margin each side). */
  size(scale: number): number {
    return Math.ceil(2 * (this.style.radius + this.style.outline / 2) * scale) + 2;
  }

  /** The picture of `color`'s dot at `scale`, its centre at the middle; null where a canvas cannot be drawn on. */
  sprite(color: string, scale: number): Sprite | null {
    if (scale !== this.scale) {
      for (const s of this.byColor.values()) if (s && 'close' in s) s.close();
      this.byColor.clear();
      this.scale = scale;
    }
    let s = this.byColor.get(color);
    if (s === undefined) {
      s = this.draw(color, scale);
      this.byColor.set(color, s);
    }
    return s;
  }

  private draw(color: string, scale: number): Sprite | null {
    const size = this.size(scale);
    const canvas = this.make(size);
    const ctx = canvas.getContext('2d') as Context2D | null;
    if (!ctx) return null;
    const { radius, outline, outlineColor } = this.style;
    ctx.setTransform(scale, 0, 0, scale, size / 2, size / 2);
    ctx.beginPath();
    ctx.arc(0, 0, radius, 0, Math.PI * 2);
    ctx.fillStyle = color;
    ctx.fill();
    ctx.lineWidth = outline;
    ctx.strokeStyle = outlineColor;
    ctx.stroke();
    return 'transferToImageBitmap' in canvas ? canvas.transferToImageBitmap() : canvas;
  }
}
