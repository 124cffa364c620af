// Splits a console line into argv the way a POSIX shell does for the simple cases a learner
// types: whitespace separates words, 'single' and "double" quotes group them, a backslash
// escapes the next character. No expansion ($VAR, globs) — user text is data.
export type SplitResult = { ok: true; argv: string[] } | { ok: false; error: string };

export function splitCommandLine(line: string): SplitResult {
  const argv: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length && /["\\$`]/.test(line[i + 1] ?? ''))
        cur += line[++i] ?? '';
      else cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i] ?? '';
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) argv.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  // bash's own wording for an unterminated quote at end of input.
  if (quote) return { ok: false, error: `unexpected EOF while looking for matching \`${quote}'` };
  if (inWord) argv.push(cur);
  return { ok: true, argv };
}

/**
 * POSIX sh quoting, the core's only one (history lines, the exported script): a word outside a safe
 * set is single-quoted (nothing is special inside '…'; a quote is written '\'').
 */
export function quoteWord(w: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}
