// kubectl's JSONPath dialect, parsed as k8s.io/client-go util/jsonpath/parser.go does: text
// outside `{…}` is printed as is; inside, `.field`, `['key']`, `[n]`, `[a:b:step]`, `[*]`,
// `[a,b]` unions, `..` recursive descent, `*`, `[?(@.x=="y")]` filters, quoted literals, numbers,
// `true`/`false` and the `range`/`end` identifiers. Error texts are upstream's (parser_test.go).
// The parser walks runes like upstream's; its recursion is a loop here so a long template cannot
// exhaust the stack.

export interface ParamsEntry {
  value: number;
  known: boolean;
  /** The end of `[n]`, derived as n+1. */
  derived: boolean;
}

export type Node =
  | { type: 'list'; nodes: Node[] }
  | { type: 'text'; text: string }
  | { type: 'field'; value: string }
  | { type: 'identifier'; name: string }
  | { type: 'array'; params: [ParamsEntry, ParamsEntry, ParamsEntry] }
  | { type: 'filter'; left: ListNode; right: ListNode; operator: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: ListNode[] };

export type ListNode = Extract<Node, { type: 'list' }>;

const EOF = -1;
const newList = (): ListNode => ({ type: 'list', nodes: [] });

export class JsonPathSyntaxError extends Error {}

const isDigit = (r: number) => r >= 0 && /\p{Nd}/u.test(String.fromCodePoint(r));
const isLetter = (r: number) => r >= 0 && /\p{L}/u.test(String.fromCodePoint(r));
const isAlphaNumeric = (r: number) => r === 0x5f || isLetter(r) || isDigit(r);
const isSpace = (r: number) => r === 0x20 || r === 0x09;
const isEndOfLine = (r: number) => r === 0x0d || r === 0x0a;

/** Where an identifier or a field name ends. */
function isTerminator(r: number): boolean {
  if (isSpace(r) || isEndOfLine(r) || r === EOF) return true;
  return '.,[]$@{}'.includes(String.fromCodePoint(r));
}

/** fmt's %#U: `U+002A '*'`. */
function runeRepr(r: number): string {
  const hex = `U+${r.toString(16).toUpperCase().padStart(4, '0')}`;
  const ch = String.fromCodePoint(r);
  return /[\p{C}\p{Z}]/u.test(ch) && ch !== ' ' ? hex : `${hex} '${ch}'`;
}

class Parser {
  readonly root: ListNode = newList();
  private pos = 0;
  private start = 0;
  private width = 0;

  private readonly input: string;

  constructor(input: string) {
    this.input = input;
  }

  private consumeText(): string {
    const v = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return v;
  }

  private next(): number {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos) ?? EOF;
    this.width = r > 0xffff ? 2 : 1;
    this.pos += this.width;
    return r;
  }

  private backup(): void {
    this.pos -= this.width;
  }

  private peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  private rest(): string {
    return this.input.slice(this.pos);
  }

  parse(): ListNode {
    // parseText / parseLeftDelim / parseInsideAction / parseRightDelim as a state machine.
    let inAction = false;
    let cur = this.root;
    for (;;) {
      if (!inAction) {
        const open = this.input.indexOf('{', this.pos);
        if (open < 0) {
          this.pos = this.input.length;
          if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consumeText() });
          return this.root;
        }
        this.pos = open;
        if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consumeText() });
        this.pos += 1;
        this.consumeText();
        cur = newList();
        this.root.nodes.push(cur);
        inAction = true;
        continue;
      }
      inAction = this.insideAction(cur);
    }
  }

  /** One step of parseInsideAction; false once the action's `}` is consumed. */
  private insideAction(cur: ListNode): boolean {
    const rest = this.rest();
    if (rest.startsWith('}')) {
      this.pos += 1;
      this.consumeText();
      return false;
    }
    if (rest.startsWith('[?(')) {
      this.parseFilter(cur);
      return true;
    }
    if (rest.startsWith('..')) {
      this.parseRecursive(cur);
      return true;
    }
    const r = this.next();
    if (r === EOF || isEndOfLine(r)) throw new JsonPathSyntaxError('unclosed action');
    if (r === 0x20 || r === 0x40 || r === 0x24) this.consumeText();
    else if (r === 0x5b) this.parseArray(cur);
    else if (r === 0x22 || r === 0x27) this.parseQuote(cur, r);
    else if (r === 0x2e) this.parseField(cur);
    else if (r === 0x2b || r === 0x2d || isDigit(r)) {
      this.backup();
      this.parseNumber(cur);
    } else if (isAlphaNumeric(r)) {
      this.backup();
      this.parseIdentifier(cur);
    } else throw new JsonPathSyntaxError(`unrecognized character in action: ${runeRepr(r)}`);
    return true;
  }

  private parseIdentifier(cur: ListNode): void {
    for (;;) {
      if (isTerminator(this.next())) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    if (value === 'true' || value === 'false') cur.nodes.push({ type: 'bool', value: value === 'true' });
    else cur.nodes.push({ type: 'identifier', name: value });
  }

  private parseRecursive(cur: ListNode): void {
    if (cur.nodes[cur.nodes.length - 1]?.type === 'recursive')
      throw new JsonPathSyntaxError('invalid multiple recursive descent');
    this.pos += 2;
    this.consumeText();
    cur.nodes.push({ type: 'recursive' });
    if (isAlphaNumeric(this.peek())) this.parseField(cur);
  }

  private parseNumber(cur: ListNode): void {
    const r = this.peek();
    if (r === 0x2b || r === 0x2d) this.next();
    for (;;) {
      const c = this.next();
      if (c !== 0x2e && !isDigit(c)) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    // strconv.Atoi, then strconv.ParseFloat.
    if (/^[+-]?[0-9]+$/.test(value) && Math.abs(Number(value)) <= 2 ** 63) {
      cur.nodes.push({ type: 'int', value: Number(value) });
    } else if (/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(value)) {
      cur.nodes.push({ type: 'float', value: Number(value) });
    } else throw new JsonPathSyntaxError(`cannot parse number ${value}`);
  }

  private parseArray(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathSyntaxError('unterminated array');
      if (r === 0x5d) break;
    }
    let text = this.consumeText().slice(1, -1);
    if (text === '*') text = ':';

    const parts = text.split(',');
    if (parts.length > 1) {
      const union = parts.map((s) => parseAction(`[${s.replace(/^ +| +$/g, '')}]`));
      cur.nodes.push({ type: 'union', nodes: union });
      return;
    }

    const dictKey = /^'([^']*)'$/.exec(text);
    if (dictKey) {
      cur.nodes.push(...parseAction(`.${dictKey[1] ?? ''}`).nodes);
      return;
    }

    const slice = /^(-?[0-9]*)(:-?[0-9]*)?(:-?[0-9]*)?$/.exec(text);
    if (!slice) throw new JsonPathSyntaxError(`invalid array index ${text}`);
    const groups = [slice[1] ?? '', slice[2] ?? '', slice[3] ?? ''];
    const params: [ParamsEntry, ParamsEntry, ParamsEntry] = [
      { value: 0, known: false, derived: false },
      { value: 0, known: false, derived: false },
      { value: 0, known: false, derived: false },
    ];
    for (let i = 0; i < 3; i++) {
      let g = groups[i] ?? '';
      const p = params[i] as ParamsEntry;
      if (g !== '') {
        if (i > 0) g = g.slice(1);
        if (i > 0 && g === '') p.known = false;
        else {
          if (!/^-?[0-9]+$/.test(g) || Math.abs(Number(g)) > 2 ** 63)
            throw new JsonPathSyntaxError(`array index ${g} is not a number`);
          p.known = true;
          p.value = Number(g);
        }
      } else if (i === 1) {
        p.known = true;
        p.value = params[0].value + 1;
        p.derived = true;
      }
    }
    cur.nodes.push({ type: 'array', params });
  }

  private parseFilter(cur: ListNode): void {
    this.pos += 3;
    this.consumeText();
    let begin = false;
    let end = false;
    let pair = 0;
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathSyntaxError('unterminated filter');
      if (r === 0x22 || r === 0x27) {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === 0x29 && begin === end) break;
    }
    if (this.next() !== 0x5d) throw new JsonPathSyntaxError('unclosed array expect ]');
    const text = this.consumeText().slice(0, -2);
    const m = /^([^!<>=]+)([!<>=]+)([^\n]+?)$/u.exec(text);
    if (!m) {
      cur.nodes.push({ type: 'filter', left: parseAction(text), right: newList(), operator: 'exists' });
      return;
    }
    const left = parseAction(m[1] ?? '');
    const right = parseAction(m[3] ?? '');
    cur.nodes.push({ type: 'filter', left, right, operator: m[2] ?? '' });
  }

  private parseQuote(cur: ListNode, quote: number): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathSyntaxError('unterminated quoted string');
      if (r === quote && this.input[this.pos - 2] !== '\\') break;
    }
    const value = this.consumeText();
    const s = unquoteExtend(value);
    if (s instanceof Error) throw new JsonPathSyntaxError(`unquote string ${value} error ${s.message}`);
    cur.nodes.push({ type: 'text', text: s });
  }

  private parseField(cur: ListNode): void {
    this.consumeText();
    for (;;) {
      const r = this.next();
      if (r === 0x5c) this.next();
      else if (isTerminator(r)) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    if (value === '*') cur.nodes.push({ type: 'wildcard' });
    else cur.nodes.push({ type: 'field', value: value.split('\\').join('') });
  }
}

/** parseAction: the expression inside one `{…}` (filters' operands, union members, `['key']`). */
function parseAction(text: string): ListNode {
  const root = new Parser(`{${text}}`).parse();
  const first = root.nodes[0];
  return first?.type === 'list' ? first : newList();
}

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** UnquoteExtend: strconv.Unquote that also takes single-quoted strings. */
function unquoteExtend(s: string): string | Error {
  const syntax = new Error('invalid syntax');
  if (s.length < 2) return syntax;
  const quote = s[0];
  if (quote !== s[s.length - 1] || (quote !== '"' && quote !== "'")) return syntax;
  const body = s.slice(1, -1);
  if (!body.includes('\\') && !body.includes(quote)) return body;
  let out = '';
  for (let i = 0; i < body.length;) {
    const c = body[i] ?? '';
    if (c === quote) return syntax;
    if (c !== '\\') {
      const cp = body.codePointAt(i) ?? 0;
      out += String.fromCodePoint(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return syntax;
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
    } else if (e === '\\' || e === quote) {
      out += e;
      i += 2;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return syntax;
      const v = parseInt(hex, 16);
      if (e !== 'x' && (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))) return syntax;
      out += String.fromCodePoint(v);
      i += 2 + n;
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return syntax;
      out += String.fromCodePoint(parseInt(oct, 8));
      i += 4;
    } else return syntax;
  }
  return out;
}

/** Parse a template; throws JsonPathSyntaxError with upstream's message. */
export function parseJsonPath(text: string): ListNode {
  return new Parser(text).parse();
}
