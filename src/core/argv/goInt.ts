// Go's strconv.ParseInt(s, 0, 64), which pflag's IntVar uses for every `int` flag
// (spf13/pflag int.go Set; go/src/strconv/atoi.go): an optional sign, base from the prefix
// (0x / 0o / 0b, a leading 0 is octal), underscores only between digits when the base is
// implied, and the range of int64. The result is a bigint so values past 2^53 stay exact.

export type GoIntResult = { ok: true; value: bigint } | { ok: false; reason: 'invalid syntax' | 'value out of range' };

const INT64_MAX = (1n << 63n) - 1n;

export function parseGoInt64(s: string): GoIntResult {
  if (s === '') return { ok: false, reason: 'invalid syntax' };
  let body = s;
  let negative = false;
  if (body[0] === '+' || body[0] === '-') {
    negative = body[0] === '-';
    body = body.slice(1);
  }
  const magnitude = parseGoUint64(body);
  if (!magnitude.ok) return magnitude;
  const limit = negative ? INT64_MAX + 1n : INT64_MAX;
  if (magnitude.value > limit) return { ok: false, reason: 'value out of range' };
  return { ok: true, value: negative ? -magnitude.value : magnitude.value };
}

/** strconv.ParseUint(s, 0, 64): no sign, the base from the prefix, the range of uint64. */
export function parseGoUint64(s: string): GoIntResult {
  if (s === '') return { ok: false, reason: 'invalid syntax' };
  let base = 10n;
  let digits = s;
  if (s[0] === '0') {
    const p = s[1]?.toLowerCase();
    if (s.length >= 3 && p === 'x') [base, digits] = [16n, s.slice(2)];
    else if (s.length >= 3 && p === 'o') [base, digits] = [8n, s.slice(2)];
    else if (s.length >= 3 && p === 'b') [base, digits] = [2n, s.slice(2)];
    else [base, digits] = [8n, s.slice(1)];
  }
  let n = 0n;
  let underscores = false;
  for (const c of digits) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    const d = digitValue(c);
    if (d === null || BigInt(d) >= base) return { ok: false, reason: 'invalid syntax' };
    n = n * base + BigInt(d);
    // ParseUint stops at the first overflow of uint64 and reports the range, whatever follows.
    if (n >= 1n << 64n) return { ok: false, reason: 'value out of range' };
  }
  if (underscores && !underscoreOK(s)) return { ok: false, reason: 'invalid syntax' };
  return { ok: true, value: n };
}

function digitValue(c: string): number | null {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  const l = c.toLowerCase();
  if (l >= 'a' && l <= 'z') return l.charCodeAt(0) - 87;
  return null;
}

/** strconv.underscoreOK: underscores only between digits, or between a base prefix and a digit. */
function underscoreOK(s: string): boolean {
  // saw: '^' start of number, '0' a digit or base prefix, '_' an underscore, '!' anything else.
  let saw = '^';
  let i = 0;
  let hex = false;
  if (s.length >= 2 && s[0] === '0') {
    const p = (s[1] ?? '').toLowerCase();
    if (p === 'x' || p === 'o' || p === 'b') {
      hex = p === 'x';
      i = 2;
      saw = '0';
    }
  }
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    const lower = c.toLowerCase();
    if ((c >= '0' && c <= '9') || (hex && lower >= 'a' && lower <= 'f')) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}
