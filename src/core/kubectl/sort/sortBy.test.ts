// The cases of kubectl pkg/cmd/get/sorter_test.go (TestSortingPrinter, run there through both
// SortingPrinter.sortObj and NewTableSorter, and TestRuntimeSortLess), with upstream's objects
// written as the JSON kubectl's sorter reads; plus RelaxedJSONPathExpression's cases
// (customcolumn_test.go TestMassageJSONPath).
import { describe, expect, it } from 'vitest';
import { relaxedJsonPath, SortExit, sortObjects, sortTableRows } from './sortBy.ts';
import type { GoValue } from '../jsonpath/goValue.ts';

const named = (...names: string[]) => names.map((name) => ({ metadata: { name } }));
const created = (...secs: number[]) =>
  secs.map((s) => ({ metadata: { creationTimestamp: new Date(s * 1000).toISOString().replace('.000Z', 'Z') } }));
const pod = (memReq: string, cpuReq: string, name?: string) => {
  const requests: Record<string, string> = {};
  if (memReq) requests['memory'] = memReq;
  if (cpuReq) requests['cpu'] = cpuReq;
  const resources = Object.keys(requests).length > 0 ? { requests } : {};
  return { ...(name ? { metadata: { name } } : {}), spec: { containers: [{ name: '', resources }] } };
};

interface SortCase {
  name: string;
  objs: unknown[];
  field: string;
  /** The expected order, as indexes into objs. */
  order?: number[];
  error?: string;
}

const cases: SortCase[] = [
  { name: 'empty', objs: [], field: '{.metadata.name}', order: [] },
  { name: 'in-order-already', objs: named('a', 'b', 'c'), field: '{.metadata.name}', order: [0, 1, 2] },
  { name: 'reverse-order', objs: named('b', 'c', 'a'), field: '{.metadata.name}', order: [2, 0, 1] },
  {
    name: 'random-order-timestamp',
    objs: created(300, 100, 200),
    field: '{.metadata.creationTimestamp}',
    order: [1, 2, 0],
  },
  {
    name: 'random-order-numbers',
    objs: [5, 1, 9].map((replicas) => ({ spec: { replicas } })),
    field: '{.spec.replicas}',
    order: [1, 0, 2],
  },
  { name: 'v1.List in order', objs: named('a', 'b', 'c'), field: '{.metadata.name}', order: [0, 1, 2] },
  { name: 'v1.List in reverse', objs: named('c', 'b', 'a'), field: '{.metadata.name}', order: [2, 1, 0] },
  {
    name: 'some-missing-fields',
    objs: [{ status: { availableReplicas: 2 } }, { status: {} }, { status: { availableReplicas: 1 } }],
    field: '{.status.availableReplicas}',
    order: [1, 2, 0],
  },
  {
    name: 'all-missing-fields',
    objs: [{ status: { replicas: 0 } }, { status: { replicas: 0 } }],
    field: '{.status.availableReplicas}',
    error: 'couldn\'t find any field with path "{.status.availableReplicas}" in the list of objects',
  },
  {
    name: 'model-invalid-fields',
    objs: [{ status: {} }, { status: {} }, { status: {} }],
    field: '{.invalid}',
    error: 'couldn\'t find any field with path "{.invalid}" in the list of objects',
  },
  {
    // An Event's zero lastTimestamp is encoded as null, which sorts first.
    name: 'empty fields',
    objs: [
      { metadata: { creationTimestamp: '1970-01-01T00:05:00Z' }, lastTimestamp: '1970-01-01T00:05:00Z' },
      { metadata: { creationTimestamp: '1970-01-01T00:03:20Z' }, lastTimestamp: null },
    ],
    field: '{.lastTimestamp}',
    order: [1, 0],
  },
  {
    name: 'pod-resources-cpu-random-order-with-missing-fields',
    objs: [pod('', '0.5'), pod('', '10'), pod('', '100m'), pod('', '')],
    field: '{.spec.containers[].resources.requests.cpu}',
    order: [3, 2, 0, 1],
  },
  {
    name: 'pod-resources-memory-random-order-with-missing-fields',
    objs: [
      pod('128Mi', ''),
      pod('10Ei', ''),
      pod('8Ti', ''),
      pod('64Gi', ''),
      pod('55Pi', ''),
      pod('2Ki', ''),
      pod('', ''),
    ],
    field: '{.spec.containers[].resources.requests.memory}',
    order: [6, 5, 0, 3, 2, 4, 1],
  },
];

describe('TestSortingPrinter', () => {
  it.each(cases)('$name (sortObj)', ({ objs, field, order, error }) => {
    expect(sortObjects(objs as GoValue[], field)).toEqual(error ? { error } : { order });
  });
  it.each(cases)('$name (table)', ({ objs, field, order, error }) => {
    expect(sortTableRows(objs as GoValue[], field)).toEqual(error ? { error } : { order });
  });
});

describe('TestRuntimeSortLess', () => {
  const objs = [pod('0.5', '1Gi', 'b'), pod('2', '1Ti', 'c'), pod('10m', '1Ki', 'a')] as unknown as GoValue[];
  // Upstream's helper takes (memReq, memLimit, cpuReq, …) but its test passes CPU-like values as
  // memory and memory-like ones as cpu; the field names below follow what the test sorts by.
  const less = (field: string, i: number, j: number) => {
    const r = sortObjects([objs[i] ?? null, objs[j] ?? null], field);
    return 'order' in r && r.order[0] === 0 && i !== j;
  };
  it.each([
    ['{.metadata.name}', 0, 1, true],
    ['{.metadata.name}', 1, 2, false],
    ['{.metadata.name}', 0, 2, false],
    ['{.spec.containers[].resources.requests.memory}', 0, 1, true],
    ['{.spec.containers[].resources.requests.memory}', 1, 2, false],
    ['{.spec.containers[].resources.requests.memory}', 0, 2, false],
    ['{.spec.containers[].resources.requests.cpu}', 0, 1, true],
    ['{.spec.containers[].resources.requests.cpu}', 1, 2, false],
    ['{.spec.containers[].resources.requests.cpu}', 0, 2, false],
  ])('%s: objs[%i] < objs[%i] is %s', (field, i, j, expected) => {
    expect(less(field, i, j)).toBe(expected);
  });
});

describe('TestMassageJSONPath', () => {
  it.each([
    ['foo.bar', '{.foo.bar}'],
    ['{foo.bar}', '{.foo.bar}'],
    ['.foo.bar', '{.foo.bar}'],
    ['{.foo.bar}', '{.foo.bar}'],
    ['', ''],
  ])('%s → %s', (input, path) => {
    expect(relaxedJsonPath(input)).toEqual({ path });
  });
  it.each(['{foo.bar', 'foo.bar}', '{foo.bar}}', '{{foo.bar}'])('%s is refused', (input) => {
    expect(relaxedJsonPath(input)).toHaveProperty('error');
  });
});

describe('what sorter.go does beyond its tests', () => {
  it('missing values go first, in reverse order of appearance (Less(missing, missing) is true)', () => {
    const objs: GoValue[] = [{ a: 1 }, { b: 1 }, { a: 0 }, { c: 1 }];
    expect(sortObjects(objs, '.a')).toEqual({ order: [3, 1, 2, 0] });
  });
  it('ties keep insertion-sort order for up to 12 items', () => {
    const objs = ['x', 'y', 'x', 'y'].map((t, i) => ({ t, i }));
    expect(sortObjects(objs, '.t')).toEqual({ order: [0, 2, 1, 3] });
  });
  it('a number and a string cannot be compared: klog.Exitf', () => {
    expect(() => sortObjects([{ v: 1 }, { v: 'a' }], '.v')).toThrow(
      new SortExit(
        'Field {.v} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable interface: interface',
        1,
      ),
    );
  });
  it('booleans are unsortable', () => {
    expect(() => sortTableRows([{ v: true }, { v: false }], '.v')).toThrow(
      'Field {.v} in [][][]reflect.Value is an unsortable type: interface, err: unsortable type: bool',
    );
  });
  it('a path that cannot be relaxed: sortObj refuses it, the table sorter parses it as given', () => {
    expect(sortObjects(named('b', 'a'), '{.metadata.name}{.kind}')).toEqual({
      error:
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    });
    expect(sortTableRows(named('b', 'a'), '{.metadata.name}{.kind}')).toEqual({ order: [1, 0] });
    expect(sortTableRows(named('b', 'a'), '{.a')).toEqual({ error: 'sorting error: unclosed action' });
  });
  it('more than 12 items go through pdqsort', () => {
    const names = Array.from({ length: 40 }, (_, i) => `n${String((i * 17) % 40).padStart(2, '0')}`);
    const r = sortObjects(named(...names), '.metadata.name');
    expect('order' in r && r.order.map((i) => names[i])).toEqual([...names].sort());
  });
});
