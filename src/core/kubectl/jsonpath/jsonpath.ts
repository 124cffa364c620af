// kubectl's JSONPath engine (k8s.io/client-go util/jsonpath/jsonpath.go): FindResults walks the
// parsed template over the object, `range … end` repeats the nodes between them for each result,
// PrintResults prints maps and slices as JSON and anything else as Go prints it, results of one
// node separated by a space. Filters compare like text/template's eq/lt (third_party/forked/golang/
// template/funcs.go): same kinds only, ints with uints, no bools in `<`. Errors are returned, not
// thrown, because upstream sometimes keeps going with a partial result (an `exists` filter).
// Go iterates maps in random order; where a wildcard or `..` visits a map this engine goes in key
// order, which is one of the orders kubectl can print.
import { parseJsonPath, type ListNode, type Node } from './parser.ts';
import {
  GoNum,
  INVALID,
  formatFloatG,
  goJson,
  goSprint,
  goStringCompare,
  isMap,
  kindOf,
  numberOf,
  sortedKeys,
  typeName,
  utf8Bytes,
  type GoValue,
  type Val,
} from './goValue.ts';

type Step = [Val[], string | null];

class TemplateError extends Error {}

const ok = (v: Val[]): Step => [v, null];

/** template.Indirect: a nil interface is "nil"; values here are already concrete otherwise. */
const isNil = (v: Val) => v === null;

function children(v: Val): Val[] {
  const k = kindOf(v);
  if (k === 'map')
    return sortedKeys(v as { [key: string]: GoValue }).map((key) => (v as Record<string, GoValue>)[key] ?? null);
  if (k === 'slice') return [...(v as GoValue[])];
  if (k === 'string') return utf8Bytes(v as string).map((b) => new GoNum('uint8', b));
  return [];
}

type BasicKind = 'bool' | 'int' | 'uint' | 'float' | 'string';

function basicKind(v: Val): BasicKind | null {
  switch (kindOf(v)) {
    case 'bool':
      return 'bool';
    case 'int64':
    case 'int':
      return 'int';
    case 'uint8':
      return 'uint';
    case 'float64':
      return 'float';
    case 'string':
      return 'string';
    case 'invalid':
    case 'nil':
    case 'slice':
    case 'map':
      return null;
  }
}

const BAD_TYPE = 'invalid type for comparison';
const BAD_COMPARISON = 'incompatible types for comparison';

const OPERATORS = ['<', '>', '==', '!=', '<=', '>='];

function compare(op: string, a: Val, b: Val): [boolean, string | null] {
  if (!OPERATORS.includes(op)) return [false, `unrecognized filter operator ${op}`];
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (!ka || !kb) return [false, BAD_TYPE];
  const numeric = (ka === 'int' || ka === 'uint') && (kb === 'int' || kb === 'uint');
  if (ka !== kb && !numeric) return [false, BAD_COMPARISON];
  const x = a as GoValue;
  const y = b as GoValue;
  const eq = ka === 'string' || ka === 'bool' ? x === y : numberOf(x) === numberOf(y);
  if (op === '==') return [eq, null];
  if (op === '!=') return [!eq, null];
  if (ka === 'bool') return [false, BAD_TYPE];
  const lt = ka === 'string' ? goStringCompare(x as string, y as string) < 0 : numberOf(x) < numberOf(y);
  if (op === '<') return [lt, null];
  if (op === '<=') return [lt || eq, null];
  if (op === '>') return [!(lt || eq), null];
  return [!lt, null];
}

export class JsonPath {
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  /** Index in the template's top-level nodes of the last `{end}` reached. */
  private lastEnd = -1;
  private outputJson = false;

  private readonly root: ListNode;
  private readonly allowMissingKeys: boolean;

  constructor(root: ListNode, allowMissingKeys: boolean) {
    this.root = root;
    this.allowMissingKeys = allowMissingKeys;
  }

  /** jsonpath.New(name).Parse(text); throws JsonPathSyntaxError. */
  static parse(text: string, allowMissingKeys: boolean): JsonPath {
    return new JsonPath(parseJsonPath(text), allowMissingKeys);
  }

  /** EnableJSONOutput (`-o jsonpath-as-json`). */
  enableJsonOutput(): this {
    this.outputJson = true;
    return this;
  }

  /** FindResults: one list of values per top-level node printed. */
  findResults(data: Val): [Val[][], string | null] {
    try {
      return [this.findFrom(0, data), null];
    } catch (err) {
      if (err instanceof TemplateError) return [[], err.message];
      throw err;
    }
  }

  /** Execute: find, then print; the text printed or the error. */
  execute(data: Val): { text: string } | { error: string } {
    const [results, err] = this.findResults(data);
    if (err !== null) return { error: err };
    return { text: results.map((r) => this.printResults(r)).join('') };
  }

  private findFrom(from: number, data: Val): Val[][] {
    const nodes = this.root.nodes;
    const full: Val[][] = [];
    const cur: Val[] = [data];
    for (let i = from; i < nodes.length; i++) {
      const [results, err] = this.walk(cur, nodes[i] as Node);
      if (err !== null) throw new TemplateError(err);
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEnd = i;
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        if (results.length > 0) {
          // value.Interface() of a nil interface is reflect.ValueOf(nil): no value.
          for (const v of results) full.push(...this.findFrom(i + 1, v === null ? INVALID : v));
        } else {
          this.findFrom(i + 1, INVALID);
        }
        this.inRange--;
        for (let k = i + 1; k < nodes.length; k++) {
          if (k === this.lastEnd) {
            i = k;
            break;
          }
        }
        continue;
      }
      full.push(results);
    }
    return full;
  }

  /** PrintResults. */
  printResults(results: readonly Val[]): string {
    const list: Val[] = this.outputJson ? [results.map((r) => (r === INVALID ? null : r)) as GoValue] : [...results];
    return list
      .map((r) => {
        const k = kindOf(r);
        if (this.outputJson) return `${goJson(r, '    ')}\n`;
        if (k === 'map' || k === 'slice') return goJson(r);
        if (r === INVALID) return '<no value>';
        if (r === null) return 'null';
        if (k === 'float64') return formatFloatG(numberOf(r as GoValue));
        return goSprint(r);
      })
      .join(' ');
  }

  private walk(values: Val[], node: Node): Step {
    switch (node.type) {
      case 'list':
        return this.evalList(values, node);
      case 'text':
        return ok([node.text]);
      case 'field':
        return this.evalField(values, node.value);
      case 'array':
        return this.evalArray(values, node);
      case 'filter':
        return this.evalFilter(values, node);
      case 'int':
        return ok(values.map(() => new GoNum('int', node.value)));
      case 'float':
        return ok(values.map(() => new GoNum('float64', node.value)));
      case 'bool':
        return ok(values.map(() => node.value));
      case 'wildcard':
        return ok(values.filter((v) => !isNil(v)).flatMap(children));
      case 'recursive':
        return ok(this.evalRecursive(values));
      case 'union':
        return this.evalUnion(values, node.nodes);
      case 'identifier':
        return this.evalIdentifier(values, node.name);
    }
  }

  private evalList(values: Val[], node: ListNode): Step {
    let cur = values;
    for (const n of node.nodes) {
      const [next, err] = this.walk(cur, n);
      if (err !== null) return [next, err];
      cur = next;
    }
    return ok(cur);
  }

  private evalIdentifier(input: Val[], name: string): Step {
    if (name === 'range') {
      this.beginRange++;
      return ok(input);
    }
    if (name === 'end') {
      if (this.inRange > 0) {
        this.endRange++;
        return ok([]);
      }
      return [[], 'not in range, nothing to end'];
    }
    return [input, `unrecognized identifier ${name}`];
  }

  private evalField(input: Val[], name: string): Step {
    const results: Val[] = [];
    if (input.length === 0) return ok(results);
    for (const v of input) {
      if (isNil(v) || !isMap(v)) continue;
      if (Object.prototype.hasOwnProperty.call(v, name)) results.push(v[name] ?? null);
    }
    if (results.length === 0 && !this.allowMissingKeys) return [results, `${name} is not found`];
    return ok(results);
  }

  private evalArray(input: Val[], node: Extract<Node, { type: 'array' }>): Step {
    const result: Val[] = [];
    for (const v of input) {
      if (isNil(v) || v === INVALID) continue;
      if (kindOf(v) !== 'slice') return [input, `${typeName(v)} is not array or slice`];
      const arr = v as GoValue[];
      const len = arr.length;
      const [p0, p1, p2] = node.params.map((p) => ({ ...p }));
      if (!p0!.known) p0!.value = 0;
      if (p0!.value < 0) p0!.value += len;
      if (!p1!.known) p1!.value = len;
      if (p1!.value < 0 || (p1!.value === 0 && p1!.derived)) p1!.value += len;
      if (p1!.value === p0!.value) return ok(result);
      if (p0!.value >= len || p0!.value < 0)
        return [input, `array index out of bounds: index ${p0!.value}, length ${len}`];
      if (p1!.value > len || p1!.value < 0)
        return [input, `array index out of bounds: index ${p1!.value - 1}, length ${len}`];
      if (p0!.value > p1!.value)
        return [input, `starting index ${p0!.value} is greater than ending index ${p1!.value}`];
      const slice = arr.slice(p0!.value, p1!.value);
      let step = 1;
      if (p2!.known) {
        if (p2!.value <= 0) return [input, 'step must be > 0'];
        step = p2!.value;
      }
      for (let i = 0; i < slice.length; i += step) result.push(slice[i] ?? null);
    }
    return ok(result);
  }

  private evalUnion(input: Val[], lists: readonly ListNode[]): Step {
    const result: Val[] = [];
    for (const l of lists) {
      const [temp, err] = this.evalList(input, l);
      if (err !== null) return [input, err];
      result.push(...temp);
    }
    return ok(result);
  }

  private evalRecursive(input: Val[]): Val[] {
    const result: Val[] = [];
    for (const v of input) {
      if (isNil(v)) continue;
      const kids = children(v);
      if (kids.length === 0) continue;
      result.push(v, ...this.evalRecursive(kids));
    }
    return result;
  }

  private evalFilter(input: Val[], node: Extract<Node, { type: 'filter' }>): Step {
    const results: Val[] = [];
    for (const v of input) {
      if (kindOf(v) !== 'slice') return [input, `${goSprint(v)} is not array or slice and cannot be filtered`];
      for (const el of v as GoValue[]) {
        const temp: Val[] = [el];
        const [lefts, lerr] = this.evalList(temp, node.left);
        if (node.operator === 'exists') {
          if (lefts.length > 0) results.push(el);
          continue;
        }
        if (lerr !== null) return [input, lerr];
        if (lefts.length === 0) continue;
        if (lefts.length > 1) return [input, 'can only compare one element at a time'];
        const [rights, rerr] = this.evalList(temp, node.right);
        if (rerr !== null) return [input, rerr];
        if (rights.length === 0) continue;
        if (rights.length > 1) return [input, 'can only compare one element at a time'];
        const [pass, cerr] = compare(node.operator, lefts[0] as Val, rights[0] as Val);
        if (cerr !== null) return [results, cerr];
        if (pass) results.push(el);
      }
    }
    return ok(results);
  }
}
