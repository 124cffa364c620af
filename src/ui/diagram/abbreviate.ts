// Fitting text into a box. Shortening a name that does not fit its box in the middle, never at the end: the end is where
// names differ (a ReplicaSet's Pods share `web-5f685c8c97-` and differ in the last five characters),
// so `web-5f685c8c97-kx2p9` becomes `web-5f68…-kx2p9`. The full text stays in the title and the
// accessible name (FitText.tsx). Pure: the width of a string is passed in, so it is unit-tested.

export const ELLIPSIS = '…';

/**
 * The longest `head…tail` of `text` whose width is at most `max`, or `text` when it fits. The tail
 * is the last `-`, `/`, `=`, `.` or `:` segment (with its separator) when that leaves room for a
 * head; otherwise the cut falls in the middle. Never returns something wider than `max`, save a
 * lone ellipsis when not even two characters fit.
 */
export function abbreviateMiddle(text: string, max: number, width: (s: string) => number): string {
  if (width(text) <= max) return text;
  const chars = [...text];
  const fits = (head: number, tail: number): boolean =>
    width(chars.slice(0, head).join('') + ELLIPSIS + chars.slice(chars.length - tail).join('')) <= max;
  const sep = Math.max(...['-', '/', '=', '.', ':'].map((c) => text.lastIndexOf(c)));
  const suffix = sep > 0 ? chars.length - [...text.slice(0, sep)].length : 0;
  // The distinguishing suffix, with at least three characters of head before it.
  if (suffix > 0 && suffix < chars.length - 3 && fits(3, suffix)) {
    let head = 3;
    while (head + suffix < chars.length - 1 && fits(head + 1, suffix)) head++;
    return chars.slice(0, head).join('') + ELLIPSIS + chars.slice(chars.length - suffix).join('');
  }
  // Balanced: grow the shorter end first, while it fits.
  let head = 0;
  let tail = 0;
  while (head + tail < chars.length - 1) {
    const order: [number, number][] =
      tail < head
        ? [
            [0, 1],
            [1, 0],
          ]
        : [
            [1, 0],
            [0, 1],
          ];
    const step = order.find(([h, t]) => fits(head + h, tail + t));
    if (!step) break;
    head += step[0];
    tail += step[1];
  }
  return chars.slice(0, head).join('') + ELLIPSIS + chars.slice(chars.length - tail).join('');
}

/** Words of `text` in lines no wider than `max` (a word longer than a line is broken after its separators, else by characters). */
export function wrapText(text: string, max: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const cut = (piece: string): void => {
    for (const ch of piece) {
      if (line && width(line + ch) > max) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (width(next) <= max) {
      line = next;
      continue;
    }
    if (width(word) <= max) {
      // It fits a line of its own.
      if (line) lines.push(line);
      line = word;
      continue;
    }
    // Longer than a line: it goes on from this line, broken after a name's own separators
    // (default/web-7d5c5c7d8b-9fl59 as "default/web-7d5c5c7d8b-" and "9fl59"), and between
    // characters only inside a piece longer than a line.
    let join = line ? ' ' : '';
    for (const piece of word.split(/(?<=[/\-.:=])/)) {
      if (width(line + join + piece) <= max) line += join + piece;
      else {
        if (line) lines.push(line);
        line = '';
        cut(piece);
      }
      join = '';
    }
  }
  if (line) lines.push(line);
  return lines;
}
