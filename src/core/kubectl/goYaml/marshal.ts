// kubectl's `-o yaml` text: sigs.k8s.io/yaml turns the object's JSON into YAML with go-yaml v2
// (JSONToYAML: yaml.Unmarshal into interface{}, then yaml.Marshal). This writes the same bytes for
// JSON values: block mappings with keys in go-yaml's order (keyOrder.ts), sequences not indented
// under their key, `{}` and `[]` for empty ones, and each string in the style go-yaml picks
// (encode.go stringv, emitterc.go yaml_emitter_analyze_scalar / select_scalar_style):
// - a string with a line break: a literal block (`|`, `|-`, `|+`), or double quotes when a block
//   cannot hold it (a trailing space, a space before a break, a character it must escape);
// - a string that reads back as itself (resolve.ts): plain, else single quotes when plain cannot
//   hold it (`: `, ` #`, a leading indicator), else double quotes;
// - any other string (`"80"`, `"true"`, `""`, a timestamp): double quotes.
// Plain and quoted values wrap as go-yaml's emitter wraps them, at 80 columns: at the first space
// once the line is past column 80, continuing two columns in from the key (or the `-`).
// Upstream: https://github.com/yaml/go-yaml/blob/v2/emitterc.go
import { compareKeys } from './keyOrder.ts';
import { isBase60Float, resolvesToString } from './resolve.ts';
import { formatFloatG } from '../jsonpath/goValue.ts';

const BEST_WIDTH = 80;

type Style = 'plain' | 'single' | 'double' | 'literal';

const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
const isPrintable = (c: number): boolean =>
  c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff);

/** What yaml_emitter_analyze_scalar finds about a string (go-yaml v2: a tab is a special character). */
function analyze(value: string): { blockPlain: boolean; single: boolean; block: boolean; multiline: boolean } {
  const cs = [...value].map((ch) => ch.codePointAt(0)!);
  if (cs.length === 0) return { blockPlain: true, single: true, block: false, multiline: false };
  let blockIndicators = value.startsWith('---') || value.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  const isBlank = (c: number | undefined) => c === 0x20 || c === 0x09;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    const followedByWhitespace = i + 1 >= cs.length || isBlank(cs[i + 1]);
    const ch = String.fromCodePoint(c);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) blockIndicators = true;
      else if ((ch === '?' || ch === ':' || ch === '-') && followedByWhitespace) blockIndicators = true;
    } else if ((ch === ':' && followedByWhitespace) || (ch === '#' && precededByWhitespace)) blockIndicators = true;
    if (!isPrintable(c)) special = true;
    if (c === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i === cs.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === cs.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlank(c) || isBreak(c) || c === 0;
  }
  let blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
  let single = true;
  let block = !trailingSpace;
  if (breakSpace) blockPlain = single = false;
  if (spaceBreak || special) blockPlain = single = block = false;
  if (lineBreaks || blockIndicators) blockPlain = false;
  return { blockPlain, single, block, multiline: lineBreaks };
}

/** encode.go stringv, then select_scalar_style in block context (a key is a simple key). */
function styleOf(s: string, key: boolean): Style {
  const a = analyze(s);
  let style: Style = s.includes('\n') ? 'literal' : resolvesToString(s) && !isBase60Float(s) ? 'plain' : 'double';
  if (key && a.multiline) style = 'double';
  if (style === 'plain' && !a.blockPlain) style = 'single';
  if (style === 'single' && !a.single) style = 'double';
  if (style === 'literal' && (!a.block || key)) style = 'double';
  return style;
}

const NAMED_ESCAPES: Record<number, string> = {
  0x00: '0',
  0x07: 'a',
  0x08: 'b',
  0x09: 't',
  0x0a: 'n',
  0x0b: 'v',
  0x0c: 'f',
  0x0d: 'r',
  0x1b: 'e',
  0x22: '"',
  0x5c: '\\',
  0x85: 'N',
  0xa0: '_',
  0x2028: 'L',
  0x2029: 'P',
};

function escape(c: number): string {
  const named = NAMED_ESCAPES[c];
  if (named !== undefined) return `\\${named}`;
  const [tag, width] = c <= 0xff ? ['x', 2] : c <= 0xffff ? ['u', 4] : ['U', 8];
  return `\\${tag}${c.toString(16).toUpperCase().padStart(width, '0')}`;
}

/** encode.go floatv: strconv.FormatFloat(f, 'g', -1, 64) (jsonpath/goValue.ts), with YAML's names for the infinities and NaN. */
export function goFloat(f: number): string {
  const s = formatFloatG(f);
  return s === '+Inf' ? '.inf' : s === '-Inf' ? '-.inf' : s === 'NaN' ? '.nan' : s;
}

class Emitter {
  out = '';
  column = 0;

  put(text: string): void {
    this.out += text;
    this.column += [...text].length;
  }

  newline(): void {
    this.out += '\n';
    this.column = 0;
  }

  /** yaml_emitter_write_indent inside a scalar: a line break, then spaces to the scalar's indent. */
  breakTo(indent: number): void {
    this.newline();
    this.put(' '.repeat(indent));
  }

  /** A scalar after `key:` or `-` (value) or as a key; `indent` is where a wrapped line continues. */
  scalar(v: unknown, indent: number, key: boolean): void {
    if (v === null || v === undefined) return this.put(key ? 'null' : ' null');
    const lead = key ? '' : ' ';
    if (typeof v === 'boolean') return this.put(`${lead}${v}`);
    if (typeof v === 'number') return this.put(`${lead}${Number.isInteger(v) ? String(v) : goFloat(v)}`);
    const s = String(v);
    const style = styleOf(s, key);
    this.put(lead);
    const cs = [...s];
    const allowBreaks = !key;
    if (style === 'plain') {
      let spaces = false;
      for (let i = 0; i < cs.length; i++) {
        if (cs[i] === ' ') {
          if (allowBreaks && !spaces && this.column > BEST_WIDTH && cs[i + 1] !== ' ') this.breakTo(indent);
          else this.put(' ');
          spaces = true;
        } else {
          this.put(cs[i]!);
          spaces = false;
        }
      }
    } else if (style === 'single') {
      this.put("'");
      let spaces = false;
      for (let i = 0; i < cs.length; i++) {
        if (cs[i] === ' ') {
          const wrap = allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1;
          if (wrap && cs[i + 1] !== ' ') this.breakTo(indent);
          else this.put(' ');
          spaces = true;
        } else {
          this.put(cs[i] === "'" ? "''" : cs[i]!);
          spaces = false;
        }
      }
      this.put("'");
    } else if (style === 'double') {
      this.put('"');
      let spaces = false;
      for (let i = 0; i < cs.length; i++) {
        const c = cs[i]!.codePointAt(0)!;
        if (!isPrintable(c) || c === 0xfeff || isBreak(c) || c === 0x22 || c === 0x5c) {
          this.put(escape(c));
          spaces = false;
        } else if (c === 0x20) {
          if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1) {
            this.breakTo(indent);
            if (cs[i + 1] === ' ') this.put('\\');
          } else this.put(' ');
          spaces = true;
        } else {
          this.put(cs[i]!);
          spaces = false;
        }
      }
      this.put('"');
    } else this.literal(cs, indent);
  }

  /** yaml_emitter_write_literal_scalar (v2): the hints, a line break, then each line at the indent. */
  literal(cs: string[], indent: number): void {
    this.put('|');
    if (cs[0] === ' ' || isBreak(cs[0]!.codePointAt(0)!)) this.put('2');
    const last = cs.length - 1;
    if (!isBreak(cs[last]!.codePointAt(0)!)) this.put('-');
    else if (last === 0 || isBreak(cs[last - 1]!.codePointAt(0)!)) this.put('+');
    this.newline();
    let breaks = true;
    for (const ch of cs) {
      if (isBreak(ch.codePointAt(0)!)) {
        this.newline();
        breaks = true;
      } else {
        if (breaks) this.put(' '.repeat(indent));
        this.put(ch);
        breaks = false;
      }
    }
  }

  /** A value after `key:` (indent: the key's column) or after `-` (indent: the dash's column). */
  value(v: unknown, indent: number): void {
    if (Array.isArray(v)) {
      if (v.length === 0) return this.put(' []');
      this.newline();
      return this.sequence(v, indent, false);
    }
    if (v !== null && typeof v === 'object') {
      const keys = presentKeys(v);
      if (keys.length === 0) return this.put(' {}');
      this.newline();
      return this.mapping(v as Record<string, unknown>, keys, indent + 2, false);
    }
    this.scalar(v, indent + 2, false);
  }

  mapping(m: Record<string, unknown>, keys: string[], indent: number, inline: boolean): void {
    keys.forEach((k, i) => {
      if (i > 0 || !inline) this.put(' '.repeat(indent));
      this.scalar(k, indent, true);
      this.put(':');
      this.value(m[k], indent);
      if (this.column !== 0) this.newline();
    });
  }

  sequence(items: readonly unknown[], indent: number, inline: boolean): void {
    items.forEach((item, i) => {
      if (i > 0 || !inline) this.put(' '.repeat(indent));
      this.put('-');
      if (Array.isArray(item) && item.length > 0) {
        this.put(' ');
        this.sequence(item, indent + 2, true);
      } else if (item !== null && typeof item === 'object' && !Array.isArray(item) && presentKeys(item).length > 0) {
        this.put(' ');
        this.mapping(item as Record<string, unknown>, presentKeys(item), indent + 2, true);
      } else this.value(item, indent);
      if (this.column !== 0) this.newline();
    });
  }
}

/** The keys JSON would write (an undefined value is no key), in go-yaml's order. */
const presentKeys = (o: object): string[] =>
  Object.keys(o)
    .filter((k) => (o as Record<string, unknown>)[k] !== undefined)
    .sort(compareKeys);

/** yaml.Marshal of the JSON value `v`, as kubectl prints it. */
export function marshalYaml(v: unknown): string {
  const e = new Emitter();
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]\n';
    e.sequence(v, 0, false);
  } else if (v !== null && typeof v === 'object') {
    const keys = presentKeys(v);
    if (keys.length === 0) return '{}\n';
    e.mapping(v as Record<string, unknown>, keys, 0, false);
  } else {
    e.scalar(v, 0, true);
    e.newline();
  }
  return e.out;
}
