// Saves the diagram as SVG or PNG (issue 5 "Export"). The SVG comes from collectScene +
// renderSvg; the PNG draws that SVG on a canvas at 2× for crisp projector slides.
import { collectScene } from './collectScene.ts';
import { renderSvg } from './svgScene.ts';

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

export function diagramSvg(root: HTMLElement): string | null {
  const scene = collectScene(root);
  return scene ? renderSvg(scene) : null;
}

export function downloadSvg(root: HTMLElement, filename = 'cluster-diagram.svg'): boolean {
  const svg = diagramSvg(root);
  if (!svg) return false;
  save(new Blob([svg], { type: 'image/svg+xml' }), filename);
  return true;
}

export async function downloadPng(root: HTMLElement, filename = 'cluster-diagram.png', scale = 2): Promise<boolean> {
  const scene = collectScene(root);
  if (!scene) return false;
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
    if (!ctx) return false;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, scene.width, scene.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) return false;
    save(blob, filename);
    return true;
  } catch {
    return false;
  }
}
