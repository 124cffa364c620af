// A diagram snapshot as plain shapes (rectangles, text runs, edge paths) and its SVG text. Pure:
// every user string (names, labels, IPs) is written as escaped text content, never as markup.

export interface SceneRect {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  radius: number;
  dash?: string;
}
export interface SceneText {
  x: number;
  y: number;
  text: string;
  size: number;
  weight: string;
  fill: string;
  family: string;
}
export interface ScenePath {
  d: string;
  stroke: string;
  width: number;
  dash?: string;
}
/** One shape of a box's icon (src/ui/diagram/icons.tsx): an element name and its geometry only. */
export interface IconShape {
  tag: (typeof ICON_TAGS)[number];
  attrs: Record<string, string>;
}
/** A box's icon: its shapes in its own viewBox, placed at x/y with size w × h, in `color` (currentColor). */
export interface SceneIcon {
  x: number;
  y: number;
  w: number;
  h: number;
  viewBox: string;
  color: string;
  shapes: IconShape[];
}
/** A packet in flight where the diagram drew it (PacketCanvas.tsx), in flow coordinates. */
export interface SceneDot {
  x: number;
  y: number;
  r: number;
  fill: string;
}
export interface Scene {
  x: number;
  y: number;
  width: number;
  height: number;
  /** null: a transparent background. */
  background: string | null;
  rects: SceneRect[];
  texts: SceneText[];
  paths: ScenePath[];
  icons?: SceneIcon[];
  dots?: SceneDot[];
}

/**
 * What an exported icon may hold: plain shapes and the attributes that draw them. Anything else
 * (script, image, use, href, style, event handlers, url(…) references) is never copied, so the
 * SVG carries no script and no external reference whatever the page held.
 */
export const ICON_TAGS = ['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse'] as const;
const ICON_ATTRS = new Set([
  'd',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'width',
  'height',
  'points',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
]);

/** Keeps an icon shape only if it is one of ICON_TAGS, with only drawing attributes whose values reference nothing. */
export function iconShape(tag: string, attrs: Iterable<[string, string]>): IconShape | null {
  const t = tag.toLowerCase();
  if (!(ICON_TAGS as readonly string[]).includes(t)) return null;
  const kept: Record<string, string> = {};
  for (const [name, value] of attrs) {
    const k = name.toLowerCase();
    if (ICON_ATTRS.has(k) && !/url\s*\(|javascript:|[<>]/i.test(value)) kept[k] = value;
  }
  return { tag: t as IconShape['tag'], attrs: kept };
}

export function escapeXml(s: string): string {
  return (
    s
      .replace(/[<>&"']/g, (c) =>
        c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&apos;',
      )
      // Characters XML 1.0 forbids even when escaped (C0 controls other than tab, LF, CR).
      .split('')
      .filter((c) => {
        const k = c.charCodeAt(0);
        return k >= 0x20 || k === 0x09 || k === 0x0a || k === 0x0d;
      })
      .join('')
  );
}

const n = (v: number): string => String(Math.round(v * 100) / 100);
const attr = (name: string, v: string | undefined): string => (v ? ` ${name}="${escapeXml(v)}"` : '');

export function renderSvg(scene: Scene): string {
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="${n(scene.x)} ${n(scene.y)} ${n(scene.width)} ${n(scene.height)}">`,
  );
  if (scene.background)
    out.push(
      `<rect x="${n(scene.x)}" y="${n(scene.y)}" width="${n(scene.width)}" height="${n(scene.height)}"${attr('fill', scene.background)}/>`,
    );
  for (const p of scene.paths)
    out.push(
      `<path d="${escapeXml(p.d)}" fill="none"${attr('stroke', p.stroke)} stroke-width="${n(p.width)}"${attr('stroke-dasharray', p.dash)}/>`,
    );
  for (const r of scene.rects) {
    out.push(
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" rx="${n(r.radius)}"${attr('fill', r.fill)}${attr('stroke', r.stroke)} stroke-width="${n(r.strokeWidth)}"${attr('stroke-dasharray', r.dash)}/>`,
    );
  }
  for (const i of scene.icons ?? []) {
    out.push(
      `<svg x="${n(i.x)}" y="${n(i.y)}" width="${n(i.w)}" height="${n(i.h)}"${attr('viewBox', i.viewBox)}${attr('color', i.color)} overflow="visible">`,
    );
    for (const s of i.shapes) {
      const attrs = Object.entries(s.attrs)
        .map(([k, v]) => attr(k, v === 'currentColor' ? i.color : v))
        .join('');
      out.push(`<${s.tag}${attrs}/>`);
    }
    out.push('</svg>');
  }
  for (const d of scene.dots ?? [])
    out.push(
      `<circle cx="${n(d.x)}" cy="${n(d.y)}" r="${n(d.r)}"${attr('fill', d.fill)} stroke="rgba(0,0,0,0.55)" stroke-width="1.5"/>`,
    );
  for (const t of scene.texts) {
    out.push(
      `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${n(t.size)}"${attr('font-weight', t.weight)}${attr('font-family', t.family)}${attr('fill', t.fill)}>${escapeXml(t.text)}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
