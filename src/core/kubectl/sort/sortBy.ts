// `kubectl get --sort-by` (kubectl pkg/cmd/get/sorter.go). The field is a relaxed JSONPath
// (customcolumn.go RelaxedJSONPathExpression); each object's value is the first result of the
// template, missing keys allowed. A field no object has is an error; an object without it sorts
// first. Values compare by type (isLess): int64 with int64 and float64 with float64 as numbers,
// strings as quantities when both parse ("100m" < "0.5" < "2") and otherwise bytewise; other
// pairs are "unsortable" and kubectl exits through klog. Sorting is Go's unstable sort.Sort.
import { JsonPath } from '../jsonpath/jsonpath.ts';
import { JsonPathSyntaxError } from '../jsonpath/parser.ts';
import { goStringCompare, goSyntax, kindOf, numberOf, typeName, type GoValue, type Val } from '../jsonpath/goValue.ts';
import { goSort } from './goSort.ts';
import { compareQuantities, parseQuantity } from '../../api/resource/quantity.ts';

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** RelaxedJSONPathExpression: `a.b`, `.a.b`, `{a.b}` and `{.a.b}` all become `{.a.b}`. */
export function relaxedJsonPath(expr: string): { path: string } | { error: string } {
  if (expr === '') return { path: '' };
  const m = RELAXED.exec(expr);
  if (!m) {
    return {
      error:
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    };
  }
  return { path: `{.${m[1] || m[2] || ''}}` };
}

/** How kubectl ends when a comparison is impossible: klog.Exitf (exit 1) or klog.Fatalf (exit 255). */
export class SortExit extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}

export type SortResult = { order: number[] } | { error: string };

/** isLess over the values kubectl reads from unstructured objects (interface-typed). */
function isLess(i: Val, j: Val): boolean | string {
  const ki = kindOf(i);
  if (ki === 'uint8') return numberOf(i as GoValue) < numberOf(j as GoValue);
  if (i === null && j === null) return false;
  if (i === null) return true;
  if (j === null) return false;
  const kj = kindOf(j);
  if (ki === 'int64' || ki === 'float64') {
    return ki === kj ? numberOf(i as GoValue) < numberOf(j as GoValue) : 'unsortable interface: interface';
  }
  if (ki === 'string') {
    if (kj !== 'string') return 'unsortable interface: interface';
    const qi = parseQuantity(i as string);
    const qj = qi && parseQuantity(j as string);
    if (qi && qj) return compareQuantities(qi, qj) < 0;
    return goStringCompare(i as string, j as string) < 0;
  }
  return `unsortable type: ${typeName(i)}`;
}

/** reflect's Kind name of a value read from a map or a []interface{}. */
const kindName = (v: Val) => (kindOf(v) === 'uint8' ? 'uint8' : 'interface');

interface Eval {
  values: Val[][];
  error: string | null;
}

function parser(field: string): JsonPath {
  return JsonPath.parse(field, true);
}

/** The first value of the first node, or undefined when the object has none. */
function firstValue(e: Eval): Val | undefined {
  const first = e.values[0];
  return first && first.length > 0 ? first[0] : undefined;
}

type Pair = (i: number, j: number) => [Val | undefined, Val | undefined];

function sortWith(n: number, values: Pair, unsortable: (v: Val, err: string) => never) {
  const order = [...Array(n).keys()];
  goSort(
    {
      less: (a, b) => {
        const [x, y] = values(order[a] ?? 0, order[b] ?? 0);
        if (x === undefined) return true;
        if (y === undefined) return false;
        const r = isLess(x, y);
        if (typeof r === 'string') unsortable(x, r);
        return r;
      },
      swap: (a, b) => {
        const t = order[a] ?? 0;
        order[a] = order[b] ?? 0;
        order[b] = t;
      },
    },
    n,
  );
  return order;
}

/**
 * SortObjects + RuntimeSort: how `-o yaml|json|name|jsonpath|custom-columns` lists are sorted
 * (SortingPrinter.sortObj). Returns the new order, or the error kubectl prints; throws SortExit
 * where kubectl exits through klog.
 */
export function sortObjects(objs: readonly GoValue[], fieldInput: string): SortResult {
  if (objs.length === 0) return { order: [] };
  const relaxed = relaxedJsonPath(fieldInput);
  if ('error' in relaxed) return relaxed;
  const field = relaxed.path;
  let j: JsonPath;
  try {
    j = parser(field);
  } catch (err) {
    if (err instanceof JsonPathSyntaxError) return { error: err.message };
    throw err;
  }
  const evalOf = (o: GoValue): Eval => {
    const [values, error] = parser(field).findResults(o);
    return { values, error };
  };
  let found = false;
  for (const o of objs) {
    const [values, error] = j.findResults(o);
    if (error !== null) return { error };
    if ((values[0]?.length ?? 0) > 0) {
      found = true;
      break;
    }
  }
  if (!found) return { error: `couldn't find any field with path ${goQuoteField(field)} in the list of objects` };
  const dump = (o: GoValue) => `&unstructured.Unstructured{Object:${goSyntax(o)}}`;
  const valueOfSide = (side: 'i' | 'j') => (idx: number) => {
    const o = objs[idx] ?? null;
    const e = evalOf(o);
    if (e.error !== null) {
      const err = side === 'i' ? `&errors.errorString{s:${goSyntax(e.error)}}` : e.error;
      throw new SortExit(`Failed to get ${side} values for ${dump(o)} using ${field} (${err})`, 255);
    }
    return firstValue(e);
  };
  const iValue = valueOfSide('i');
  const jValue = valueOfSide('j');
  // RuntimeSort.Less evaluates both objects, i first, before looking at either.
  const order = sortWith(
    objs.length,
    (a, b) => {
      const x = iValue(a);
      return [x, jValue(b)];
    },
    (v, err) => {
      throw new SortExit(
        `Field ${field} in *unstructured.Unstructured is an unsortable type: ${kindName(v)}, err: ${err}`,
        1,
      );
    },
  );
  return { order };
}

/**
 * NewTableSorter + TableSorter: how the rows of one server-side Table are sorted for the default
 * and `-o wide` output. `field` is what SortingPrinter passes: the relaxed path, or the text as
 * given when it cannot be relaxed.
 */
export function sortTableRows(objs: readonly GoValue[], sortBy: string): SortResult {
  const relaxed = relaxedJsonPath(sortBy);
  const field = 'path' in relaxed ? relaxed.path : sortBy;
  let j: JsonPath;
  try {
    j = parser(field);
  } catch (err) {
    if (err instanceof JsonPathSyntaxError) return { error: `sorting error: ${err.message}` };
    throw err;
  }
  const rows: (Val | undefined)[] = [];
  let found = false;
  for (const o of objs) {
    const [values, error] = j.findResults(o);
    if (error !== null) {
      return {
        error: `Failed to get values for [][]reflect.Value(nil) using ${field} (&errors.errorString{s:${goSyntax(error)}})`,
      };
    }
    const v = firstValue({ values, error });
    if (v !== undefined) found = true;
    rows.push(v);
  }
  if (objs.length > 0 && !found)
    return { error: `couldn't find any field with path ${goQuoteField(field)} in the list of objects` };
  const order = sortWith(
    objs.length,
    (a, b) => [rows[a], rows[b]],
    (v, err) => {
      throw new SortExit(`Field ${field} in [][][]reflect.Value is an unsortable type: ${kindName(v)}, err: ${err}`, 1);
    },
  );
  return { order };
}

/** %q of the field. */
function goQuoteField(field: string): string {
  return goSyntax(field);
}
