// Go's text/tabwriter as kubectl uses it: `get` writes with minwidth 6, tabwidth 4, padding 3
// (cli-runtime pkg/printers/tabwriter.go GetNewTabWriter); `describe` with minwidth 0,
// tabwidth 8, padding 2 (kubectl pkg/describe/describe.go tabbedString). Cells are
// tab-terminated; the last cell of a line is not aligned. A column block is a run of
// consecutive lines that all have a tab-terminated cell in that column (tabwriter.go format()).

export interface TabOptions {
  minwidth: number;
  padding: number;
}

export const GET_TABS: TabOptions = { minwidth: 6, padding: 3 };
export const DESCRIBE_TABS: TabOptions = { minwidth: 0, padding: 2 };

/** Go counts runes, not UTF-16 units. */
function width(s: string): number {
  return [...s].length;
}

export function formatTabbed(text: string, opts: TabOptions): string {
  const endsWithNewline = text.endsWith('\n');
  const raw = endsWithNewline ? text.slice(0, -1) : text;
  const lines = raw.split('\n').map((l) => l.split('\t'));
  const out: string[] = new Array<string>(lines.length).fill('');
  const widths: number[] = [];

  const writeLines = (line0: number, line1: number) => {
    for (let i = line0; i < line1; i++) {
      const cells = lines[i] ?? [];
      let s = '';
      cells.forEach((c, j) => {
        s += c;
        const w = widths[j];
        if (j < widths.length && w !== undefined) s += ' '.repeat(Math.max(0, w - width(c)));
      });
      out[i] = s;
    }
  };

  const format = (l0: number, line1: number) => {
    let line0 = l0;
    const column = widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= (lines[t]?.length ?? 0) - 1) continue;
      writeLines(line0, t);
      line0 = t;
      let w = opts.minwidth;
      for (; t < line1; t++) {
        const cells = lines[t] ?? [];
        if (column >= cells.length - 1) break;
        const cw = width(cells[column] ?? '') + opts.padding;
        if (cw > w) w = cw;
      }
      widths.push(w);
      format(line0, t);
      widths.pop();
      line0 = t;
      t--; // the outer loop's t++ revisits line t, which ended the block
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}
