// What a plain YAML scalar would decode as in go-yaml v2 (resolve.go `resolve` with no tag, and
// encode.go `isBase60Float`): kubectl's `-o yaml` writes a string without quotes only when reading
// it back gives the same string. So `"80"`, `"true"`, `"yes"`, `"1:20"` and
// `"2023-01-11T06:17:08Z"` are quoted, `web` and `app.kubernetes.io/name` are not.
// Upstream: https://github.com/yaml/go-yaml/blob/v2/resolve.go (go.yaml.in/yaml/v2, which
// sigs.k8s.io/yaml uses for kubectl's YAML printer).
import { parseGoInt64, parseGoUint64 } from '../../argv/goInt.ts';

/** The YAML 1.1 words go-yaml v2 decodes as a bool, null, float or merge key. */
const WORDS = new Set(
  [
    'y Y yes Yes YES true True TRUE on On ON',
    'n N no No NO false False FALSE off Off OFF',
    '~ null Null NULL',
    '.nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF <<',
  ]
    .join(' ')
    .split(' '),
);

/** resolveTable: the first characters that may start something other than a string. */
const hint = (c: string): string => {
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  if (c === '<') return '<';
  return '';
};

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
// strconv.ParseFloat: decimal or hexadecimal floats, inf/infinity/nan in any case.
const GO_FLOAT =
  /^[-+]?([0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?|\.[0-9]+([eE][-+]?[0-9]+)?|0[xX]([0-9a-fA-F]+(\.[0-9a-fA-F]*)?|\.[0-9a-fA-F]+)[pP][-+]?[0-9]+|inf|infinity|nan)$/i;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && !leap ? 28 : DAYS[m - 1]!);
}

// parseTimestamp's layouts: 2006-1-2T15:4:5.999999999Z07:00 (T or t), 2006-1-2 15:4:5.999999999, 2006-1-2.
const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:([Tt])|( ))(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;
function isTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s);
  if (!m) return false;
  if (!validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (m[6] === undefined) return true;
  // The T layout needs a zone (Z07:00); the space layout has none.
  if ((m[4] !== undefined) !== (m[9] !== undefined)) return false;
  if (m[9] && m[9] !== 'Z' && (Number(m[9].slice(1, 3)) > 23 || Number(m[9].slice(4)) > 59)) return false;
  return Number(m[6]) < 24 && Number(m[7]) < 60 && Number(m[8]) < 60;
}

/** True when go-yaml v2 would read `s`, written plain, back as the same string. */
export function resolvesToString(s: string): boolean {
  if (s === '') return false; // null
  const h = hint(s[0]!);
  if (h === '') return true;
  if (WORDS.has(s)) return false;
  if (h === '.') return !GO_FLOAT.test(s);
  if (h === 'D' || h === 'S') {
    if (isTimestamp(s)) return false;
    const plain = s.replaceAll('_', '');
    // strconv.ParseInt, then ParseUint, with base 0 (argv/goInt.ts); "0b…" and "-0b…" are among them.
    if (parseGoInt64(plain).ok || parseGoUint64(plain).ok) return false;
    if (YAML_STYLE_FLOAT.test(plain) && GO_FLOAT.test(plain)) return false;
  }
  return true;
}

/** encode.go isBase60Float: YAML 1.1's sexagesimal numbers, which go-yaml v2 quotes though it reads them as strings. */
export const isBase60Float = (s: string): boolean => /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
