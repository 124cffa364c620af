// resource.ParseQuantity and Quantity.Cmp (k8s.io/apimachinery pkg/api/resource/quantity.go),
// for --sort-by: kubectl compares two strings as quantities when both parse ("100m" < "0.5" <
// "2", "2Ki" < "128Mi"), else as strings. A number, an optional decimal part, then a suffix:
// binary (Ki … Ei), decimal (n u m "" k M G T P E) or an exponent (e3, E-2). Values are kept to
// nanounits, rounded up (quantity.go rounds with inf.RoundUp to scale -9), and binary ones capped
// at 2^63-1 like maxAllowed.

/** A parsed quantity: sign × mantissa × 10^exp10 (exact). */
export interface Quantity {
  sign: -1 | 0 | 1;
  mantissa: bigint;
  exp10: number;
}

const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const MAX_ALLOWED = (1n << 63n) - 1n;

/** parseQuantityString: sign, numerator, denominator and suffix, or null (ErrFormatWrong). */
function split(str: string): { positive: boolean; num: string; denom: string; suffix: string } | null {
  let pos = 0;
  const end = str.length;
  let positive = true;
  if (str[0] === '-') {
    positive = false;
    pos++;
  } else if (str[0] === '+') pos++;
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return { positive, num: '0', denom: '', suffix: '' };
  const numStart = pos;
  while (pos < end && /[0-9]/.test(str[pos] ?? '')) pos++;
  const num = str.slice(numStart, pos) || '0';
  if (pos >= end) return { positive, num, denom: '', suffix: '' };
  let denom = '';
  if (str[pos] === '.') {
    pos++;
    const d = pos;
    while (pos < end && /[0-9]/.test(str[pos] ?? '')) pos++;
    denom = str.slice(d, pos);
    if (pos >= end) return { positive, num, denom, suffix: '' };
  }
  const suffixStart = pos;
  while (pos < end && 'eEinumkKMGTP'.includes(str[pos] ?? '')) pos++;
  if (pos >= end) return { positive, num, denom, suffix: str.slice(suffixStart) };
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (pos < end && /[0-9]/.test(str[pos] ?? '')) pos++;
  if (pos < end) return null;
  return { positive, num, denom, suffix: str.slice(suffixStart) };
}

function digitCount(n: bigint): number {
  return n === 0n ? 0 : n.toString().length;
}

/** ParseQuantity, or null when the string is not a quantity. */
export function parseQuantity(str: string): Quantity | null {
  if (str === '') return null;
  const parts = split(str);
  if (!parts) return null;
  let exp10 = 0;
  let exp2 = 0;
  if (parts.suffix in DECIMAL) exp10 = DECIMAL[parts.suffix] ?? 0;
  else if (parts.suffix in BINARY) exp2 = BINARY[parts.suffix] ?? 0;
  else if (/^[eE][+-]?[0-9]+$/.test(parts.suffix)) {
    // int32(parsed) in suffix.go; beyond a few thousand the comparison below is decided by size anyway.
    exp10 = Math.max(-1e6, Math.min(1e6, Number(parts.suffix.slice(1))));
  } else return null;
  let mantissa = BigInt(parts.num + parts.denom) * (1n << BigInt(exp2));
  exp10 -= parts.denom.length;
  // Round up (away from zero) to nanounits.
  if (exp10 < -9 && mantissa !== 0n) {
    const drop = -9 - exp10;
    if (drop > digitCount(mantissa)) mantissa = 1n;
    else {
      const div = 10n ** BigInt(drop);
      mantissa = (mantissa + div - 1n) / div;
    }
    exp10 = -9;
  }
  const overMax =
    exp10 >= 0 ? mantissa * 10n ** BigInt(exp10) > MAX_ALLOWED : mantissa > MAX_ALLOWED * 10n ** BigInt(-exp10);
  if (exp2 > 0 && overMax) {
    mantissa = MAX_ALLOWED;
    exp10 = 0;
  }
  const sign = mantissa === 0n ? 0 : parts.positive ? 1 : -1;
  return { sign, mantissa, exp10 };
}

function compareMagnitude(a: Quantity, b: Quantity): number {
  const ma = digitCount(a.mantissa) + a.exp10;
  const mb = digitCount(b.mantissa) + b.exp10;
  if (ma !== mb) return ma < mb ? -1 : 1;
  const e = Math.min(a.exp10, b.exp10);
  const x = a.mantissa * 10n ** BigInt(a.exp10 - e);
  const y = b.mantissa * 10n ** BigInt(b.exp10 - e);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Quantity.Cmp: -1, 0 or 1. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  if (a.sign !== b.sign) return a.sign < b.sign ? -1 : 1;
  if (a.sign === 0) return 0;
  const m = compareMagnitude(a, b);
  return a.sign > 0 ? m : -m;
}
