// Reads the rendered React Flow viewport back as shapes in flow coordinates: each box's
// background and border from its computed style, each text run where the browser laid it out,
// each edge's own SVG path. The result renders to SVG without foreignObject, so the PNG canvas
// is never tainted and the text stays selectable text in the SVG.
import {
  iconShape,
  type IconShape,
  type Scene,
  type SceneDot,
  type SceneIcon,
  type SceneRect,
  type SceneText,
} from './svgScene.ts';
import { packetsOf } from './drawnPackets.ts';
import { PACKET_RADIUS } from '../packets/packetScene.ts';

const BOXES = '.k-box, .k-group, .k-proxy, .k-chip, .k-label, .k-badge, .k-dot';
const transparent = (c: string): boolean => c === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(c);

export interface SceneOptions {
  padding?: number;
  /** false: no background rectangle (a transparent PNG, an SVG that takes its page's colour). */
  background?: boolean;
}

export function collectScene(root: HTMLElement, options: SceneOptions = {}): Scene | null {
  const padding = options.padding ?? 24;
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) return null;
  const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport.style.transform)?.[1] ?? '1') || 1;
  const origin = viewport.getBoundingClientRect();
  const toFlow = (r: DOMRect) => ({
    x: (r.left - origin.left) / zoom,
    y: (r.top - origin.top) / zoom,
    w: r.width / zoom,
    h: r.height / zoom,
  });
  const rects: SceneRect[] = [];
  const texts: SceneText[] = [];
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;

  for (const el of viewport.querySelectorAll<HTMLElement>(BOXES)) {
    const cs = getComputedStyle(el);
    const r = toFlow(el.getBoundingClientRect());
    if (r.w <= 0 || r.h <= 0) continue;
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.w);
    y1 = Math.max(y1, r.y + r.h);
    // The outline takes the right border (the top and left ones may be thicker accents, drawn below).
    const borderW = parseFloat(cs.borderRightWidth) || 0;
    rects.push({
      ...r,
      fill: transparent(cs.backgroundColor) ? 'none' : cs.backgroundColor,
      stroke: borderW > 0 && !transparent(cs.borderRightColor) ? cs.borderRightColor : 'none',
      strokeWidth: borderW,
      radius: parseFloat(cs.borderTopLeftRadius) || 0,
      ...(cs.borderRightStyle === 'dashed' ? { dash: '6 4' } : {}),
    });
    // The coloured accent edge of pods, clients and services.
    const left = parseFloat(cs.borderLeftWidth) || 0;
    if (left >= 3)
      rects.push({
        x: r.x,
        y: r.y + 2,
        w: left,
        h: r.h - 4,
        fill: cs.borderLeftColor,
        stroke: 'none',
        strokeWidth: 0,
        radius: 1,
      });
    const top = parseFloat(cs.borderTopWidth) || 0;
    if (top >= 3)
      rects.push({
        x: r.x + 2,
        y: r.y,
        w: r.w - 4,
        h: top,
        fill: cs.borderTopColor,
        stroke: 'none',
        strokeWidth: 0,
        radius: 1,
      });
  }

  // Text runs: one <text> per text node, at the browser's own layout position.
  const walker = document.createTreeWalker(viewport, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const text = t.textContent?.replace(/\s+/g, ' ');
    const parent = t.parentElement;
    // Text for screen readers only (a shortened name's full form, FitText.tsx) is not drawn.
    if (
      !text?.trim() ||
      !parent ||
      parent.closest('.react-flow__edgelabel-renderer, .react-flow__panel, .visually-hidden')
    )
      continue;
    range.selectNodeContents(t);
    const box = range.getBoundingClientRect();
    if (box.width === 0) continue;
    const r = toFlow(box);
    const cs = getComputedStyle(parent);
    const size = parseFloat(cs.fontSize) || 12;
    // Text clipped by its box (ellipsis) is cut to the room the box leaves it.
    const room = (parent.getBoundingClientRect().right - box.left) / zoom;
    const cased = cs.textTransform === 'uppercase' ? text.toUpperCase() : text;
    const shown = fitText(cased, Math.min(r.w, room), size, parent.scrollWidth > parent.clientWidth || room < r.w - 1);
    texts.push({
      x: r.x,
      y: r.y + r.h * 0.5 + size * 0.35,
      text: shown,
      size,
      weight: cs.fontWeight,
      fill: cs.color,
      family: cs.fontFamily,
    });
  }

  // The boxes' icons, shape by shape (only plain shapes and their geometry: svgScene.ts iconShape).
  const icons: SceneIcon[] = [];
  for (const svg of viewport.querySelectorAll<SVGSVGElement>('.react-flow__node svg')) {
    const r = toFlow(svg.getBoundingClientRect());
    if (r.w <= 0 || r.h <= 0) continue;
    const shapes = [...svg.querySelectorAll('*')].flatMap((el): IconShape[] => {
      const s = iconShape(
        el.tagName,
        [...el.attributes].map((a) => [a.name, a.value]),
      );
      // A shape takes its fill and stroke from the <svg> when it does not set them.
      return s ? [s] : [];
    });
    const cs = getComputedStyle(svg);
    const inherited = (name: string): string | null => svg.getAttribute(name);
    for (const s of shapes)
      for (const k of ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'])
        if (s.attrs[k] === undefined && inherited(k) !== null) s.attrs[k] = inherited(k)!;
    icons.push({ ...r, viewBox: svg.getAttribute('viewBox') ?? `0 0 ${r.w} ${r.h}`, color: cs.color, shapes });
  }

  // The packets in flight, where the diagram drew them in its last frame.
  const dots: SceneDot[] = [];
  const canvas = root.querySelector<HTMLCanvasElement>('canvas.k-packets');
  if (canvas)
    for (const [fill, points] of packetsOf(canvas))
      for (const p of points) {
        dots.push({ x: p.x, y: p.y, r: PACKET_RADIUS, fill });
        x0 = Math.min(x0, p.x - PACKET_RADIUS);
        y0 = Math.min(y0, p.y - PACKET_RADIUS);
        x1 = Math.max(x1, p.x + PACKET_RADIUS);
        y1 = Math.max(y1, p.y + PACKET_RADIUS);
      }

  const paths = [...root.querySelectorAll<SVGPathElement>('.react-flow__edge-path')]
    .map((p) => {
      const cs = getComputedStyle(p);
      const dash = cs.strokeDasharray && cs.strokeDasharray !== 'none' ? cs.strokeDasharray : undefined;
      return {
        d: p.getAttribute('d') ?? '',
        stroke: cs.stroke,
        width: parseFloat(cs.strokeWidth) || 1.5,
        ...(dash ? { dash } : {}),
      };
    })
    .filter((p) => p.d);

  if (!Number.isFinite(x0)) return null;
  const background = options.background === false ? null : getComputedStyle(root).backgroundColor;
  return {
    icons,
    dots,
    x: x0 - padding,
    y: y0 - padding,
    width: x1 - x0 + 2 * padding,
    height: y1 - y0 + 2 * padding,
    background,
    rects,
    texts,
    paths,
  };
}

/** Text the browser cut with an ellipsis is cut the same way in the export (≈0.6 em per char). */
function fitText(text: string, width: number, size: number, clipped: boolean): string {
  if (!clipped) return text;
  const max = Math.max(1, Math.floor(width / (size * 0.6)));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
