// Maps editor lines to (document index, field path) and back, from indentation alone. The UI
// thread does not load the YAML parser (it lives in the worker); hover highlighting only needs
// "which document, which key", and block-style Kubernetes YAML spells that in its indentation.
// Paths are written the way the API server prints them (apimachinery field.Path: `spec.ports[0].port`).

// The core's own formatter, imported directly: a pure module without imports (the yaml/ folder also holds the YAML parser).
import { formatFieldPath } from '../../core/yaml/fieldPath.ts';

interface LineInfo {
  docIndex: number;
  key: string | null;
  keyCol: number;
  dashCol: number;
  blank: boolean;
}

const KEY = /^(\s*)(-\s+)?("[^"]*"|'[^']*'|[^\s#'"][^:#]*?)\s*:(\s|$)/;
const DASH = /^(\s*)-(\s|$)/;

function scan(text: string): LineInfo[] {
  const out: LineInfo[] = [];
  let doc = 0;
  let content = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (/^---(\s|$)/.test(line)) {
      if (content) doc++;
      content = false;
      out.push({ docIndex: -1, key: null, keyCol: 0, dashCol: -1, blank: true });
      continue;
    }
    const trimmed = line.trim();
    const blank = trimmed === '' || trimmed.startsWith('#');
    if (!blank) content = true;
    const m = KEY.exec(line);
    const d = DASH.exec(line);
    const indent = (m?.[1] ?? d?.[1] ?? '').length;
    const keyCol = m ? indent + (m[2]?.length ?? 0) : indent + (d ? 2 : 0);
    const key = m?.[3] ? m[3].replace(/^["']|["']$/g, '') : null;
    out.push({ docIndex: doc, key, keyCol, dashCol: d ? d[1]!.length : -1, blank });
  }
  return out;
}

/** The index of the list item starting at line `i` (dash at column `col`) among its siblings. */
function itemIndex(lines: LineInfo[], i: number, col: number): number {
  let n = 0;
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (l.blank) continue;
    if (l.docIndex !== lines[i]!.docIndex) break;
    if (l.dashCol === col) n++;
    else if (l.keyCol <= col || (l.dashCol >= 0 && l.dashCol < col)) break;
  }
  return n;
}

function pathOf(lines: LineInfo[], line: number): { docIndex: number; path: string } | null {
  const at = lines[line];
  if (!at || at.docIndex < 0) return null;
  const segs: (string | number)[] = [];
  let need = Infinity;
  // After a list item at column d, its parent key may sit at column d too (`ports:` / `- port:`).
  let itemCol = -1;
  for (let i = line; i >= 0; i--) {
    const l = lines[i]!;
    if (l.docIndex !== at.docIndex) break;
    if (l.blank) continue;
    if (itemCol >= 0 && l.dashCol === itemCol) continue;
    const parentOfItem =
      itemCol >= 0 && l.key !== null && l.keyCol <= itemCol && (l.dashCol < 0 || l.dashCol < itemCol);
    if (l.key !== null && (l.keyCol < need || parentOfItem)) {
      segs.push(l.key);
      need = l.keyCol;
      itemCol = -1;
    }
    if (l.dashCol >= 0 && l.dashCol < need) {
      segs.push(itemIndex(lines, i, l.dashCol));
      need = l.dashCol;
      itemCol = l.dashCol;
    }
    if (need === 0 && itemCol < 0) break;
  }
  return { docIndex: at.docIndex, path: formatFieldPath(segs.reverse()) };
}

/** Which document and field a 1-based line is in; null on a separator. */
export function yamlPathAt(text: string, line: number): { docIndex: number; path: string } | null {
  return pathOf(scan(text), line - 1);
}

/** The first 1-based line of document `docIndex` whose field is `path` (or the deepest prefix of it). */
export function lineOfPath(text: string, docIndex: number, path: string): number | null {
  const lines = scan(text);
  let best: { line: number; len: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.docIndex !== docIndex || lines[i]!.blank) continue;
    const p = pathOf(lines, i)?.path ?? '';
    if (p === path) return i + 1;
    const prefix = path.startsWith(p) && (path[p.length] === '.' || path[p.length] === '[');
    if (p && prefix && (!best || p.length > best.len)) best = { line: i + 1, len: p.length };
  }
  return best?.line ?? null;
}
