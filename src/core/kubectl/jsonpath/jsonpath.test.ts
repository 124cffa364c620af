// The cases of k8s.io/client-go util/jsonpath/jsonpath_test.go and parser_test.go, with their
// inputs (fixtures/upstream-inputs.json) and expected text. Upstream feeds some inputs as Go
// structs, printed in field order; kubectl only ever gives the engine maps, so those cases use
// the same data as maps and expect map order (keys sorted) — marked "map order" below. Where
// upstream only says "expect an error", the message is the one jsonpath.go builds for that case.
import { describe, expect, it } from 'vitest';
import inputs from './fixtures/upstream-inputs.json';
import { JsonPath } from './jsonpath.ts';
import { JsonPathSyntaxError, parseJsonPath } from './parser.ts';
import type { Val } from './goValue.ts';

type Case = [name: string, template: string, input: unknown, expect: string | { error: string }];

function run(template: string, input: unknown, allowMissingKeys: boolean): string | { error: string } {
  let j: JsonPath;
  try {
    j = JsonPath.parse(template, allowMissingKeys);
  } catch (err) {
    if (err instanceof JsonPathSyntaxError) return { error: err.message };
    throw err;
  }
  const r = j.execute(input as Val);
  return 'text' in r ? r.text : r;
}

function table(cases: readonly Case[], allowMissingKeys: boolean) {
  it.each(cases)('%s: %s', (_name, template, input, expected) => {
    expect(run(template, input, allowMissingKeys)).toEqual(expected);
  });
}

const { types, store, points, nodes, nestedRanges, annotations, fourContainers, sixContainers, runningPods } = inputs;

describe('TestTypesInput', () => {
  table(
    [
      ['boolSlice', '{ .bools }', types, '[true,false,true,false]'],
      ['boolSliceIndex', '{ .bools[0] }', types, 'true'],
      ['boolSliceIndex', '{ .bools[-1] }', types, 'false'],
      ['boolSubSlice', '{ .bools[0:2] }', types, 'true false'],
      ['boolSubSliceFirst2', '{ .bools[:2] }', types, 'true false'],
      ['boolSubSliceStep2', '{ .bools[:4:2] }', types, 'true true'],
      ['integerSlice', '{ .integers }', types, '[1,2,3,4]'],
      ['integerSliceIndex', '{ .integers[0] }', types, '1'],
      ['integerSliceIndexReverse', '{ .integers[-2] }', types, '3'],
      ['integerSubSliceFirst2', '{ .integers[0:2] }', types, '1 2'],
      ['integerSubSliceFirst2Alt', '{ .integers[:2] }', types, '1 2'],
      ['integerSubSliceStep2', '{ .integers[:4:2] }', types, '1 3'],
      ['floatSlice', '{ .floats }', types, '[1,2.2,3.3,4]'],
      ['floatSliceIndex', '{ .floats[0] }', types, '1'],
      ['floatSliceIndexReverse', '{ .floats[-2] }', types, '3.3'],
      ['floatSubSliceFirst2', '{ .floats[0:2] }', types, '1 2.2'],
      ['floatSubSliceFirst2Alt', '{ .floats[:2] }', types, '1 2.2'],
      ['floatSubSliceStep2', '{ .floats[:4:2] }', types, '1 3.3'],
      ['stringSlice', '{ .strings }', types, '["one","two","three","four"]'],
      ['stringSliceIndex', '{ .strings[0] }', types, 'one'],
      ['stringSliceIndexReverse', '{ .strings[-2] }', types, 'three'],
      ['stringSubSliceFirst2', '{ .strings[0:2] }', types, 'one two'],
      ['stringSubSliceFirst2Alt', '{ .strings[:2] }', types, 'one two'],
      ['stringSubSliceStep2', '{ .strings[:4:2] }', types, 'one three'],
      ['interfaceSlice', '{ .interfaces }', types, '[true,"one",1,1.1]'],
      ['interfaceSliceIndex', '{ .interfaces[0] }', types, 'true'],
      ['interfaceSliceIndexReverse', '{ .interfaces[-2] }', types, '1'],
      ['interfaceSubSliceFirst2', '{ .interfaces[0:2] }', types, 'true one'],
      ['interfaceSubSliceFirst2Alt', '{ .interfaces[:2] }', types, 'true one'],
      ['interfaceSubSliceStep2', '{ .interfaces[:4:2] }', types, 'true 1'],
      [
        'mapSlice',
        '{ .maps }',
        types,
        '[{"name":"one","value":1},{"name":"two","value":2.02},{"name":"three","value":3.03},{"name":"four","value":4.04}]',
      ],
      ['mapSliceIndex', '{ .maps[0] }', types, '{"name":"one","value":1}'],
      ['mapSliceIndexReverse', '{ .maps[-2] }', types, '{"name":"three","value":3.03}'],
      ['mapSubSliceFirst2', '{ .maps[0:2] }', types, '{"name":"one","value":1} {"name":"two","value":2.02}'],
      ['mapSubSliceFirst2Alt', '{ .maps[:2] }', types, '{"name":"one","value":1} {"name":"two","value":2.02}'],
      ['mapSubSliceStepOdd', '{ .maps[::2] }', types, '{"name":"one","value":1} {"name":"three","value":3.03}'],
      ['mapSubSliceStepEven', '{ .maps[1::2] }', types, '{"name":"two","value":2.02} {"name":"four","value":4.04}'],
    ],
    false,
  );
});

describe('TestStructInput (the store as maps)', () => {
  table(
    [
      ['plain', 'hello jsonpath', null, 'hello jsonpath'],
      ['recursive', '{..}', [1, 2, 3], '[1,2,3]'],
      ['filter', '{[?(@<5)]}', [2, 6, 3, 7], '2 3'],
      ['quote', '{"{"}', null, '{'],
      ['union', '{[1,3,4]}', [0, 1, 2, 3, 4], '1 3 4'],
      ['array', '{[0:2]}', ['Monday', 'Tudesday'], 'Monday Tudesday'],
      ['variable', 'hello {.Name}', store, 'hello jsonpath'],
      ['dict/', '{$.Labels.web/html}', store, '15'],
      ['dict/', '{$.Employees.jason}', store, 'manager'],
      ['dict/', '{$.Employees.dan}', store, 'clerk'],
      ['dict-', '{.Labels.k8s-app}', store, '20'],
      ['nest', '{.Bicycle[*].Color}', store, 'red green'],
      ['allarray', '{.Book[*].Author}', store, 'Nigel Rees Evelyn Waugh Herman Melville'],
      // map order: Color, IsNew, Price
      ['allfields', '{range .Bicycle[*]}{ "{" }{ @.* }{ "} " }{end}', store, '{red true 19.95} {green false 20.01} '],
      // map order: Bicycle before Book
      ['recurfields', '{..Price}', store, '19.95 20.01 8.95 12.99 8.99'],
      ['recurdotfields', '{...Price}', store, '19.95 20.01 8.95 12.99 8.99'],
      [
        'superrecurfields',
        '{............................................................Price}',
        store,
        { error: 'invalid multiple recursive descent' },
      ],
      [
        'allstructsSlice',
        '{.Bicycle}',
        store,
        '[{"Color":"red","IsNew":true,"Price":19.95},{"Color":"green","IsNew":false,"Price":20.01}]',
      ],
      [
        'allstructs',
        '{range .Bicycle[*]}{ @ }{ " " }{end}',
        store,
        '{"Color":"red","IsNew":true,"Price":19.95} {"Color":"green","IsNew":false,"Price":20.01} ',
      ],
      [
        'lastarray',
        '{.Book[-1:]}',
        store,
        '{"Author":"Herman Melville","Category":"fiction","Price":8.99,"Title":"Moby Dick"}',
      ],
      [
        'recurarray',
        '{..Book[2]}',
        store,
        '{"Author":"Herman Melville","Category":"fiction","Price":8.99,"Title":"Moby Dick"}',
      ],
      ['bool', '{.Bicycle[?(@.IsNew==true)]}', store, '{"Color":"red","IsNew":true,"Price":19.95}'],
    ],
    false,
  );
  describe('missing keys allowed', () => {
    table(
      [
        ['nonexistent field', '{.hello}', store, ''],
        ['nonexistent field 2', 'before-{.hello}after', store, 'before-after'],
      ],
      true,
    );
  });
  describe('failures (testFailJSONPath)', () => {
    table(
      [
        ['invalid identifier', '{hello}', store, { error: 'unrecognized identifier hello' }],
        ['nonexistent field', '{.hello}', store, { error: 'hello is not found' }],
        // upstream's store has a typed map[string]int; kubectl's objects are map[string]interface {}.
        ['invalid array', '{.Labels[0]}', store, { error: 'map[string]interface {} is not array or slice' }],
        ['invalid filter operator', '{.Book[?(@.Price<>10)]}', store, { error: 'unrecognized filter operator <>' }],
        ['redundant end', '{range .Labels.*}{@}{end}{end}', store, { error: 'not in range, nothing to end' }],
      ],
      false,
    );
  });
});

describe('TestJSONInput', () => {
  table(
    [
      ['exists filter', '{[?(@.z)].id}', points, 'i2 i5'],
      ['bracket key', "{[0]['id']}", points, 'i1'],
      ['nil value', "{[-1]['x']}", points, 'null'],
    ],
    false,
  );
});

describe('TestKubernetes', () => {
  table(
    [
      ['range item', '{range .items[*]}{.metadata.name}, {end}{.kind}', nodes, '127.0.0.1, 127.0.0.2, List'],
      ['range item with quote', '{range .items[*]}{.metadata.name}{"\\t"}{end}', nodes, '127.0.0.1\t127.0.0.2\t'],
      ['range addresss', '{.items[*].status.addresses[*].address}', nodes, '127.0.0.1 127.0.0.2 127.0.0.3'],
      [
        'double range',
        '{range .items[*]}{range .status.addresses[*]}{.address}, {end}{end}',
        nodes,
        '127.0.0.1, 127.0.0.2, 127.0.0.3, ',
      ],
      ['item name', '{.items[*].metadata.name}', nodes, '127.0.0.1 127.0.0.2'],
      [
        'union nodes capacity',
        "{.items[*]['metadata.name', 'status.capacity']}",
        nodes,
        '127.0.0.1 127.0.0.2 {"cpu":"4"} {"cpu":"8"}',
      ],
      [
        'range nodes capacity',
        '{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}',
        nodes,
        '[127.0.0.1, {"cpu":"4"}] [127.0.0.2, {"cpu":"8"}] ',
      ],
      ['user password', '{.users[?(@.name=="e2e")].user.password}', nodes, 'secret'],
      ['hostname', '{.items[0].metadata.labels.kubernetes\\.io/hostname}', nodes, '127.0.0.1'],
      ['hostname filter', '{.items[?(@.metadata.labels.kubernetes\\.io/hostname=="127.0.0.1")].kind}', nodes, 'None'],
      ['bool item', '{.items[?(@..ready==true)].metadata.name}', nodes, '127.0.0.1'],
    ],
    false,
  );
  it('recursive name (upstream sorts the words: map order is random in Go)', () => {
    const out = run('{..name}', nodes, false);
    expect(typeof out === 'string' ? out.split(' ').sort() : out).toEqual(
      ['127.0.0.1', '127.0.0.2', 'myself', 'e2e'].sort(),
    );
  });
});

describe('TestEmptyRange', () => {
  table(
    [
      ['empty range', '{range .items[*]}{.metadata.name}{end}', { items: [] }, ''],
      [
        'empty nested range',
        '{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}',
        { items: [] },
        '',
      ],
    ],
    true,
  );
});

describe('TestNestedRanges', () => {
  table(
    [
      [
        'nested range with a trailing newline',
        '{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}',
        nestedRanges,
        'pod1:foo,bar,+pod2:baz,+',
      ],
      [
        'nested range with a trailing character within another nested range with a trailing newline',
        '{range .items[*]}{.metadata.name}{"~"}{range @.spec.containers[*]}{.name}{":"}{range @.another[*]}{.name}{","}{end}{"+"}{end}{"#"}{end}',
        nestedRanges,
        'pod1~foo:value1,value2,+bar:value1,value2,+#pod2~baz:value1,value2,+#',
      ],
      [
        'two nested ranges at the same level with a trailing newline',
        '{range .items[*]}{.metadata.name}{"\\t"}{range @.spec.containers[*]}{.name}{" "}{end}{"\\t"}{range @.spec.containers[*]}{.name}{" "}{end}{"\\n"}{end}',
        nestedRanges,
        'pod1\tfoo bar \tfoo bar \npod2\tbaz \tbaz \n',
      ],
    ],
    false,
  );
});

describe('TestFilterPartialMatchesSometimesMissingAnnotations', () => {
  const template = '{.items[?(@.metadata.annotations.color=="blue")].metadata.name}';
  it('tolerates missing items when missing keys are allowed', () => {
    expect(run(template, annotations, true)).toBe('pod1 pod4');
  });
  it('errors on the missing annotations otherwise', () => {
    expect(run(template, annotations, false)).toEqual({ error: 'annotations is not found' });
  });
});

describe('TestNegativeIndex', () => {
  table(
    [
      ['containers[0]', '{.spec.containers[0].name}', fourContainers, 'fake0'],
      ['containers[0:0]', '{.spec.containers[0:0].name}', fourContainers, ''],
      ['containers[0:-1]', '{.spec.containers[0:-1].name}', fourContainers, 'fake0 fake1 fake2'],
      [
        'containers[-1:0]',
        '{.spec.containers[-1:0].name}',
        fourContainers,
        { error: 'starting index 3 is greater than ending index 0' },
      ],
      ['containers[-1]', '{.spec.containers[-1].name}', fourContainers, 'fake3'],
      ['containers[-1:]', '{.spec.containers[-1:].name}', fourContainers, 'fake3'],
      ['containers[-2]', '{.spec.containers[-2].name}', fourContainers, 'fake2'],
      ['containers[-2:]', '{.spec.containers[-2:].name}', fourContainers, 'fake2 fake3'],
      ['containers[-3]', '{.spec.containers[-3].name}', fourContainers, 'fake1'],
      ['containers[-4]', '{.spec.containers[-4].name}', fourContainers, 'fake0'],
      ['containers[-4:]', '{.spec.containers[-4:].name}', fourContainers, 'fake0 fake1 fake2 fake3'],
      [
        'containers[-5]',
        '{.spec.containers[-5].name}',
        fourContainers,
        { error: 'array index out of bounds: index -1, length 4' },
      ],
      ['containers[5:5]', '{.spec.containers[5:5].name}', fourContainers, ''],
      ['containers[-5:-5]', '{.spec.containers[-5:-5].name}', fourContainers, ''],
      [
        'containers[3:1]',
        '{.spec.containers[3:1].name}',
        fourContainers,
        { error: 'starting index 3 is greater than ending index 1' },
      ],
      [
        'containers[-1:-2]',
        '{.spec.containers[-1:-2].name}',
        fourContainers,
        { error: 'starting index 3 is greater than ending index 2' },
      ],
    ],
    false,
  );
});

describe('TestRunningPodsJSONPathOutput', () => {
  table(
    [
      [
        'range over pods without selecting the last one',
        '{range .items[?(.status.phase=="Running")]}{.metadata.name}{" is Running\\n"}{end}',
        runningPods,
        'pod1 is Running\npod2 is Running\npod3 is Running\n',
      ],
    ],
    true,
  );
});

describe('TestStep', () => {
  table(
    [
      ['containers[0:]', '{.spec.containers[0:].name}', sixContainers, 'fake0 fake1 fake2 fake3 fake4 fake5'],
      ['containers[0:6:]', '{.spec.containers[0:6:].name}', sixContainers, 'fake0 fake1 fake2 fake3 fake4 fake5'],
      ['containers[0:6:1]', '{.spec.containers[0:6:1].name}', sixContainers, 'fake0 fake1 fake2 fake3 fake4 fake5'],
      ['containers[0:6:0]', '{.spec.containers[0:6:0].name}', sixContainers, { error: 'step must be > 0' }],
      ['containers[0:6:-1]', '{.spec.containers[0:6:-1].name}', sixContainers, { error: 'step must be > 0' }],
      ['containers[1:4:2]', '{.spec.containers[1:4:2].name}', sixContainers, 'fake1 fake3'],
      ['containers[1:4:3]', '{.spec.containers[1:4:3].name}', sixContainers, 'fake1'],
      ['containers[1:4:4]', '{.spec.containers[1:4:4].name}', sixContainers, 'fake1'],
      ['containers[0:6:2]', '{.spec.containers[0:6:2].name}', sixContainers, 'fake0 fake2 fake4'],
      ['containers[0:6:3]', '{.spec.containers[0:6:3].name}', sixContainers, 'fake0 fake3'],
      ['containers[0:6:5]', '{.spec.containers[0:6:5].name}', sixContainers, 'fake0 fake5'],
      ['containers[0:6:6]', '{.spec.containers[0:6:6].name}', sixContainers, 'fake0'],
    ],
    false,
  );
});

describe('TestFailParser (parser_test.go)', () => {
  it.each([
    ['unclosed action', '{.hello', 'unclosed action'],
    ['unrecognized character', '{*}', "unrecognized character in action: U+002A '*'"],
    ['invalid number', '{+12.3.0}', 'cannot parse number +12.3.0'],
    ['unterminated array', '{[1}', 'unterminated array'],
    ['unterminated filter', '{[?(.price]}', 'unterminated filter'],
    ['invalid multiple recursive descent', '{........}', 'invalid multiple recursive descent'],
  ])('%s', (_name, text, message) => {
    expect(() => parseJsonPath(text)).toThrow(new JsonPathSyntaxError(message));
  });
});

describe('TestParser (parser_test.go): node shapes', () => {
  it('union with a derived [3] end', () => {
    const root = parseJsonPath("{['bicycle.price', 3, 'book.price']}");
    expect(root.nodes[0]).toEqual({
      type: 'list',
      nodes: [
        {
          type: 'union',
          nodes: [
            {
              type: 'list',
              nodes: [
                { type: 'field', value: 'bicycle' },
                { type: 'field', value: 'price' },
              ],
            },
            {
              type: 'list',
              nodes: [
                {
                  type: 'array',
                  params: [
                    { value: 3, known: true, derived: false },
                    { value: 4, known: true, derived: true },
                    { value: 0, known: false, derived: false },
                  ],
                },
              ],
            },
            {
              type: 'list',
              nodes: [
                { type: 'field', value: 'book' },
                { type: 'field', value: 'price' },
              ],
            },
          ],
        },
      ],
    });
  });
  it.each([
    ['paired parentheses in quotes', '{[?(@.status.nodeInfo.osImage == "()")]}', '()'],
    ['escaped double quotes', '{[?(@.status.nodeInfo.osImage == "(\\"\\")")]}', '("")'],
    ['unregular parentheses in double quotes', '{[?(@.test == "())(")]}', '())('],
    ['plain text in single quotes', "{[?(@.status.nodeInfo.osImage == 'Linux')]}", 'Linux'],
    ['test filter suffix', '{[?(@.status.nodeInfo.osImage == "{[()]}")]}', '{[()]}'],
    ['double inside single', `{[?(@.status.nodeInfo.osImage == "''")]}`, "''"],
    ['single inside double', `{[?(@.status.nodeInfo.osImage == '""')]}`, '""'],
    ['single containing escaped single', "{[?(@.status.nodeInfo.osImage == '\\\\\\'')]}", "\\'"],
  ])('%s: the right operand is the text %s', (_name, text, literal) => {
    const list = parseJsonPath(text).nodes[0];
    const filter = list?.type === 'list' ? list.nodes[0] : undefined;
    expect(filter?.type === 'filter' ? [filter.operator, filter.right.nodes] : filter).toEqual([
      '==',
      [{ type: 'text', text: literal }],
    ]);
  });
  it.each([
    ['{[-5:]}', [-5, true, false], [0, false, false]],
    ['{[-1]}', [-1, true, false], [0, true, true]],
    ['{[1:-1]}', [1, true, false], [-1, true, false]],
  ])('negative index slice %s', (text, [v0, k0, d0], [v1, k1, d1]) => {
    const list = parseJsonPath(text).nodes[0];
    expect(list?.type === 'list' ? list.nodes[0] : list).toEqual({
      type: 'array',
      params: [
        { value: v0, known: k0, derived: d0 },
        { value: v1, known: k1, derived: d1 },
        { value: 0, known: false, derived: false },
      ],
    });
  });
  it('range/end identifiers and text between actions', () => {
    expect(parseJsonPath('{range .items}{.name},{end}').nodes).toEqual([
      {
        type: 'list',
        nodes: [
          { type: 'identifier', name: 'range' },
          { type: 'field', value: 'items' },
        ],
      },
      { type: 'list', nodes: [{ type: 'field', value: 'name' }] },
      { type: 'text', text: ',' },
      { type: 'list', nodes: [{ type: 'identifier', name: 'end' }] },
    ]);
  });
  it('malformat input is refused', () => {
    expect(() => parseJsonPath('{\\\\\\}')).toThrow(JsonPathSyntaxError);
  });
});

describe('filters compare like text/template (funcs.go)', () => {
  const pods = { items: [{ port: 80 }, { port: 8080 }, { port: '80' }] };
  it('an int field against a string literal is "incompatible types for comparison"', () => {
    expect(run('{.items[?(@.port=="80")]}', pods, true)).toEqual({ error: 'incompatible types for comparison' });
  });
  it('an int against a float literal is incompatible too', () => {
    expect(run('{.items[?(@.port>79.5)]}', { items: [{ port: 80 }] }, true)).toEqual({
      error: 'incompatible types for comparison',
    });
  });
  it('a bool in < is "invalid type for comparison"', () => {
    expect(run('{.items[?(@.ok<true)]}', { items: [{ ok: false }] }, true)).toEqual({
      error: 'invalid type for comparison',
    });
  });
  it('numbers compare as numbers', () => {
    expect(run('{.items[?(@.port>100)].port}', { items: [{ port: 80 }, { port: 8080 }] }, true)).toBe('8080');
  });
});
