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
export interface Scene {
  x: number;
  y: number;
  width: number;
  height: number;
  background: string;
  rects: SceneRect[];
  texts: SceneText[];
  paths: ScenePath[];
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
  for (const t of scene.texts) {
    out.push(
      `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${n(t.size)}"${attr('font-weight', t.weight)}${attr('font-family', t.family)}${attr('fill', t.fill)}>${escapeXml(t.text)}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
