// resource.Quantity as k8s.io/apimachinery v0.34 parses, compares, rounds and prints it
// (pkg/api/resource/quantity.go ParseQuantity, parseQuantityString, Cmp, RoundUp, String,
// CanonicalizeBytes; amount.go; suffix.go). A number, an optional decimal part, then a suffix:
// binary (Ki … Ei), decimal (n u m "" k M G T P E) or an exponent (e3, E-2). Values are kept to
// nanounits, rounded up (away from zero, inf.RoundUp to scale -9), and binary ones capped at
// 2^63-1 like maxAllowed. The API server stores every quantity as String() gives it; kubectl's
// --sort-by compares them (kubectl/sort/sortBy.ts) and describe divides them (describe/containerSpec.ts).

/** How a quantity prints (Quantity.Format). */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/** A parsed quantity: sign × mantissa × 10^exp10 (exact). */
export interface Quantity {
  sign: -1 | 0 | 1;
  mantissa: bigint;
  exp10: number;
  format: QuantityFormat;
  /** The string ParseQuantity kept because it was already canonical (Quantity.s); String() returns it. */
  s?: string;
}

/** The parse errors (quantity.go ErrFormatWrong, ErrNumeric, ErrSuffix), as the decoder returns them. */
export const QUANTITY_ERRORS = {
  format: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
  numeric: 'unable to parse numeric part of quantity',
  suffix: "unable to parse quantity's suffix",
} as const;

const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const MAX_INT64 = (1n << 63n) - 1n;
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** parseQuantityString: sign, the numeric text, numerator, denominator and suffix, or null (ErrFormatWrong). */
function split(str: string): { positive: boolean; value: string; num: string; denom: string; suffix: string } | null {
  let pos = 0;
  const end = str.length;
  let positive = true;
  if (str[0] === '-') {
    positive = false;
    pos++;
  } else if (str[0] === '+') pos++;
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return { positive, value: '0', num: '0', denom: '', suffix: '' };
  const numStart = pos;
  while (isDigit(str[pos])) pos++;
  const num = str.slice(numStart, pos) || '0';
  if (pos >= end) return { positive, value: str, num, denom: '', suffix: '' };
  let denom = '';
  if (str[pos] === '.') {
    pos++;
    const d = pos;
    while (isDigit(str[pos])) pos++;
    denom = str.slice(d, pos);
    if (pos >= end) return { positive, value: str, num, denom, suffix: '' };
  }
  const value = str.slice(0, pos);
  const suffixStart = pos;
  while (pos < end && 'eEinumkKMGTP'.includes(str[pos] ?? '')) pos++;
  if (pos >= end) return { positive, value, num, denom, suffix: str.slice(suffixStart) };
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (isDigit(str[pos])) pos++;
  if (pos < end) return null;
  return { positive, value, num, denom, suffix: str.slice(suffixStart) };
}

/** suffixer.interpret: base 10 or 2, the exponent and the format, or null (ErrSuffix). */
function interpret(suffix: string): { exp10: number; exp2: number; format: QuantityFormat } | null {
  if (own(DECIMAL, suffix)) return { exp10: DECIMAL[suffix]!, exp2: 0, format: 'DecimalSI' };
  if (own(BINARY, suffix)) return { exp10: 0, exp2: BINARY[suffix]!, format: 'BinarySI' };
  if (!/^[eE][+-]?[0-9]+$/.test(suffix)) return null;
  const parsed = BigInt(suffix.slice(1));
  if (parsed > MAX_INT64 || parsed < -MAX_INT64 - 1n) return null; // strconv.ParseInt's range error
  return { exp10: Number(BigInt.asIntN(32, parsed)), exp2: 0, format: 'DecimalExponent' }; // int32(parsed)
}

function digitCount(n: bigint): number {
  return n === 0n ? 0 : n.toString().length;
}

/** Rounds sign-less mantissa × 10^exp10 up to 10^scale (inf.RoundUp: away from zero). */
function roundUpTo(mantissa: bigint, exp10: number, scale: number): { mantissa: bigint; exp10: number } {
  if (exp10 >= scale || mantissa === 0n) return { mantissa, exp10 };
  const drop = scale - exp10;
  if (drop > digitCount(mantissa)) return { mantissa: 1n, exp10: scale };
  const div = 10n ** BigInt(drop);
  return { mantissa: (mantissa + div - 1n) / div, exp10: scale };
}

/** ParseQuantity: the quantity, or the error the API server's decoder returns for the string. */
export function readQuantity(str: string): Quantity | string {
  if (str === '') return QUANTITY_ERRORS.format;
  if (str === '0') return { sign: 0, mantissa: 0n, exp10: 0, format: 'DecimalSI', s: str };
  const parts = split(str);
  if (!parts) return QUANTITY_ERRORS.format;
  const unit = interpret(parts.suffix);
  if (!unit) return QUANTITY_ERRORS.suffix;
  const { num, denom } = parts;
  let { format } = unit;
  const shifted = num + denom;
  const value = BigInt(shifted);
  // The int64 fast path of ParseQuantity: only there is a canonical input string kept.
  const precision =
    format !== 'BinarySI'
      ? 18 - shifted.length
      : denom.length === 0
        ? 15 - num.length - Math.trunc((unit.exp2 * 3) / 10) - 1
        : -1;
  const scale = unit.exp10 - denom.length;
  let mantissa = value * (1n << BigInt(unit.exp2));
  if (precision >= 0 && scale >= -9 && mantissa <= MAX_INT64) {
    const sign = mantissa === 0n ? 0 : parts.positive ? 1 : -1;
    const canonical =
      format === 'BinarySI' ? value % 8n !== 0n : scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
    return { sign, mantissa, exp10: scale, format, ...(canonical ? { s: str } : {}) };
  }
  // The inf.Dec path: its decimal text must hold a digit (inf.Dec.SetString).
  if (!/[0-9]/.test(parts.value)) return QUANTITY_ERRORS.numeric;
  let exp10 = scale;
  ({ mantissa, exp10 } = roundUpTo(mantissa, exp10, -9));
  const overMax =
    exp10 >= 0 ? mantissa * 10n ** BigInt(exp10) > MAX_INT64 : mantissa > MAX_INT64 * 10n ** BigInt(-exp10);
  if (format === 'BinarySI' && overMax) {
    mantissa = MAX_INT64;
    exp10 = 0;
  }
  // A binary quantity below one prints as a decimal one.
  if (format === 'BinarySI' && mantissa !== 0n && compareMagnitude(mantissa, exp10, 1n, 0) < 0) format = 'DecimalSI';
  return { sign: mantissa === 0n ? 0 : parts.positive ? 1 : -1, mantissa, exp10, format };
}

/** ParseQuantity, or null when the string is not a quantity. */
export function parseQuantity(str: string): Quantity | null {
  const q = readQuantity(str);
  return typeof q === 'string' ? null : q;
}

/** What Quantity.UnmarshalJSON makes of a decoded JSON value: null is zero, a string or number is parsed (trimmed). */
export function decodeQuantity(v: unknown): Quantity | string {
  if (v === null || v === undefined) return { sign: 0, mantissa: 0n, exp10: 0, format: 'DecimalSI' };
  const text = typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
  return text ? readQuantity(String(v).trim()) : QUANTITY_ERRORS.format; // an object or a list
}

/** Quantity.RoundUp(scale): the value rounded up (away from zero) to 10^scale; an unchanged value keeps its string. */
export function roundUpQuantity(q: Quantity, scale: number): Quantity {
  if (q.exp10 >= scale) return q;
  const { mantissa, exp10 } = roundUpTo(q.mantissa, q.exp10, scale);
  return { sign: q.sign, mantissa, exp10, format: q.format };
}

/** Removes factors of `base` from a non-zero mantissa (removeInt64Factors, removeBigIntFactors). */
function removeFactors(m: bigint, base: bigint): { m: bigint; times: number } {
  let times = 0;
  while (m >= base && m % base === 0n) {
    m /= base;
    times++;
  }
  return { m, times };
}

/** Quantity.String(): the kept input or CanonicalizeBytes (the form the API server stores). */
export function quantityString(q: Quantity): string {
  if (q.s) return q.s;
  if (q.sign === 0) return '0';
  const sign = q.sign < 0 ? '-' : '';
  let format = q.format;
  if (format === 'BinarySI') {
    const integral = q.exp10 >= 0 || q.mantissa % 10n ** BigInt(-q.exp10) === 0n;
    if (compareMagnitude(q.mantissa, q.exp10, 1024n, 0) < 0 || !integral) format = 'DecimalSI';
    else {
      const value = q.exp10 >= 0 ? q.mantissa * 10n ** BigInt(q.exp10) : q.mantissa / 10n ** BigInt(-q.exp10);
      const { m, times } = removeFactors(value, 1024n);
      return `${sign}${m}${['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'][times] ?? ''}`;
    }
  }
  const stripped = removeFactors(q.mantissa, 10n);
  let m = stripped.m;
  let exp = q.exp10 + stripped.times;
  // The exponent a multiple of 3 (AsCanonicalBytes).
  while (exp % 3 !== 0) {
    m *= 10n;
    exp--;
  }
  // constructBytes: a decimal exponent without a suffix (beyond E) prints none.
  const suffix =
    format === 'DecimalExponent'
      ? exp === 0
        ? ''
        : `e${exp}`
      : (Object.keys(DECIMAL).find((k) => DECIMAL[k] === exp) ?? '');
  return `${sign}${m}${suffix}`;
}

function compareMagnitude(ma: bigint, ea: number, mb: bigint, eb: number): number {
  const da = digitCount(ma) + ea;
  const db = digitCount(mb) + eb;
  if (ma === 0n || mb === 0n) return ma === mb ? 0 : ma === 0n ? -1 : 1;
  if (da !== db) return da < db ? -1 : 1;
  const e = Math.min(ea, eb);
  const x = ma * 10n ** BigInt(ea - e);
  const y = mb * 10n ** BigInt(eb - e);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Quantity.Cmp: -1, 0 or 1. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  if (a.sign !== b.sign) return a.sign < b.sign ? -1 : 1;
  if (a.sign === 0) return 0;
  const m = compareMagnitude(a.mantissa, a.exp10, b.mantissa, b.exp10);
  return a.sign > 0 ? m : -m;
}

/** Quantity.Add: the exact sum (both sign × mantissa × 10^exp10), in the first one's format (the second's when the first is zero). */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  const e = Math.min(a.exp10, b.exp10);
  const m =
    BigInt(a.sign) * a.mantissa * 10n ** BigInt(a.exp10 - e) + BigInt(b.sign) * b.mantissa * 10n ** BigInt(b.exp10 - e);
  const format = a.sign === 0 ? b.format : a.format;
  return { sign: m === 0n ? 0 : m > 0n ? 1 : -1, mantissa: m < 0n ? -m : m, exp10: e, format };
}

/** Quantity.ScaledValue(scale): the value in units of 10^scale, rounded up. */
export function scaledValue(q: Quantity, scale: number): number {
  const shift = q.exp10 - scale;
  const value = Number(q.mantissa) * 10 ** shift;
  return q.sign * (shift >= 0 ? value : Math.ceil(value));
}
