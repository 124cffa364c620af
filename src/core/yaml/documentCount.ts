// Counts the documents of a YAML stream that have content, from the lines alone, so the
// document limit (SCENARIO_LIMITS.maxDocuments) is checked before anything is parsed: parsing and
// applying 5,001 documents took seconds, past the page's watchdog, only to be refused after.
// YAML 1.2 §9.1: a line that starts with `---` or `...` followed by a space or its end is a
// document marker wherever it appears (it ends any scalar), so no parse is needed to see them.
// Blank lines, comments and directives (`%YAML`) are not content; an empty document (`---` then
// `---`) is not counted, as parseStream skips it. A document whose only content is an explicit
// null (`~`) is counted, so the count is an upper bound only in that contrived case.

export function countContentDocuments(text: string): number {
  let count = 0;
  let counted = false;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const marker = markerAt(text, start, end);
    if (marker === '---') {
      counted = false;
      // `--- value` on the marker line opens a document with content.
      if (hasContent(text, start + 3, end)) {
        count++;
        counted = true;
      }
    } else if (marker === '...') {
      counted = false;
    } else if (!counted && text.charCodeAt(start) !== 0x25 /* % directive */ && hasContent(text, start, end)) {
      count++;
      counted = true;
    }
    start = end + 1;
  }
  return count;
}

function markerAt(text: string, start: number, end: number): '---' | '...' | null {
  if (end - start < 3) return null;
  const m = text.slice(start, start + 3);
  if (m !== '---' && m !== '...') return null;
  const after = start + 3 < end ? text.charCodeAt(start + 3) : -1;
  return after === -1 || after === 0x20 || after === 0x09 || after === 0x0d ? m : null;
}

/** Whether text[from, end) holds anything but spaces, tabs, a CR and a comment. */
function hasContent(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
    return c !== 0x23; // '#'
  }
  return false;
}
