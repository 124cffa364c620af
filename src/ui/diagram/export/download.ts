// Saves the diagram as SVG or PNG, or copies the PNG (issue 15 item 4). The SVG comes from
// collectScene + renderSvg: boxes, their icons, every wire and the packets in flight as the
// diagram shows them. The PNG draws that SVG on a canvas at the chosen scale (2× by default, crisp
// on a projector; less for a diagram too large for a canvas). The background is the page's, or
// none. Every box is exported, not only those on screen (renderAll.ts); the result says how many
// boxes it holds.
import { collectScene } from './collectScene.ts';
import { renderSvg, type Scene } from './svgScene.ts';
import { withEveryBox } from './renderAll.ts';

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What an export produced: `boxes` of the diagram's `total` are in the file (null: nothing was made). */
export type ExportResult = { boxes: number; total: number } | null;

const mountedBoxes = (root: HTMLElement): number => root.querySelectorAll('.react-flow__node').length;

/** How an image is made: pixels per diagram unit (PNG) and whether it has the page's background. */
export interface ImageOptions {
  scale: number;
  background: 'page' | 'transparent';
}
export const DEFAULT_IMAGE: ImageOptions = { scale: 2, background: 'page' };

/** The scene with every one of the diagram's `total` boxes mounted, and how many were. */
async function fullScene(
  root: HTMLElement,
  total: number,
  o: ImageOptions,
): Promise<{ scene: Scene; boxes: number } | null> {
  return withEveryBox(
    total,
    () => mountedBoxes(root),
    () => {
      const scene = collectScene(root, { background: o.background === 'page' });
      return scene ? { scene, boxes: Math.min(total, mountedBoxes(root)) } : null;
    },
  );
}

/**
 * The PNG's pixels per diagram unit: `wanted`, or less so the canvas stays within what browsers
 * draw (Chromium: 32,767 px a side and 268 million px in all; 16,384 a side in Safari).
 */
export function pngScale(width: number, height: number, wanted = 2): number {
  const side = 16_384;
  const area = 200_000_000;
  return Math.min(wanted, side / width, side / height, Math.sqrt(area / (width * height)));
}

export async function downloadSvg(
  root: HTMLElement,
  total: number,
  o: ImageOptions = DEFAULT_IMAGE,
  filename = 'cluster-diagram.svg',
): Promise<ExportResult> {
  const full = await fullScene(root, total, o);
  if (!full) return null;
  save(new Blob([renderSvg(full.scene)], { type: 'image/svg+xml' }), filename);
  return { boxes: full.boxes, total };
}

export async function downloadPng(
  root: HTMLElement,
  total: number,
  o: ImageOptions = DEFAULT_IMAGE,
  filename = 'cluster-diagram.png',
): Promise<ExportResult> {
  const png = await pngOf(root, total, o);
  if (!png) return null;
  save(png.blob, filename);
  return png.result;
}

/** The PNG on the clipboard (a slide or a chat takes it with paste); null when the browser refused. */
export async function copyPng(
  root: HTMLElement,
  total: number,
  o: ImageOptions = DEFAULT_IMAGE,
): Promise<ExportResult> {
  // The clipboard item takes the promise, so the copy stays inside the click's user activation.
  let made: ExportResult = null;
  const blob = pngOf(root, total, o).then((png) => {
    if (!png) throw new Error('no image');
    made = png.result;
    return png.blob;
  });
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return made;
  } catch {
    return null;
  }
}

async function pngOf(
  root: HTMLElement,
  total: number,
  o: ImageOptions,
): Promise<{ blob: Blob; result: NonNullable<ExportResult> } | null> {
  const full = await fullScene(root, total, o);
  if (!full) return null;
  const { scene } = full;
  const scale = pngScale(scene.width, scene.height, o.scale);
  // A data: URL, not a blob: one: the page's CSP allows images from 'self' and data: only.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSvg(scene))}`;
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(scene.width * scale);
    canvas.height = Math.ceil(scene.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, scene.width, scene.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) return null;
    return { blob, result: { boxes: full.boxes, total } };
  } catch {
    return null;
  }
}
