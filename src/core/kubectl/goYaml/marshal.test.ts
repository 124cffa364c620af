import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { goFloat, marshalYaml } from './marshal.ts';
import { compareKeys } from './keyOrder.ts';
import { resolvesToString } from './resolve.ts';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';

/** A fixture's YAML without its leading comment: what kubectl printed. */
const kubectlOutput = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').replace(/^(#.*\n)+/, '');

describe('marshalYaml writes what kubectl -o yaml prints', () => {
  it.each(['kube-root-ca.crt.yaml', 'pending-pod-status.yaml'])(
    '%s: a real output reads back and prints the same',
    (f) => {
      const text = kubectlOutput(f);
      expect(marshalYaml(parse(text))).toBe(text);
    },
  );

  it('wraps a plain value at the first space past column 80, two columns in from the key or dash', () => {
    const words = 'word '.repeat(20).trim();
    expect(marshalYaml({ a: { b: words } })).toBe(`a:\n  b: ${'word '.repeat(15)}word\n    ${'word '.repeat(3)}word\n`);
    expect(marshalYaml({ l: [words] })).toBe(`l:\n- ${'word '.repeat(15)}word\n  word word word word\n`);
    // Keys never wrap, and a value with no space cannot.
    const long = 'x'.repeat(100);
    expect(marshalYaml({ [`${'k '.repeat(50)}k`]: long })).toBe(`${'k '.repeat(50)}k: ${long}\n`);
  });

  it('quotes what would read back as something else, in double quotes', () => {
    expect(marshalYaml({ a: '80', b: 'true', c: 'yes', d: '', e: '1:20', f: '2023-01-11T06:17:08Z', g: '0x1F' })).toBe(
      'a: "80"\nb: "true"\nc: "yes"\nd: ""\ne: "1:20"\nf: "2023-01-11T06:17:08Z"\ng: "0x1F"\n',
    );
    expect(marshalYaml({ y: 1, '8080': 'http' })).toBe('"8080": http\n"y": 1\n');
  });

  it('single-quotes what plain cannot hold, and double-quotes what needs escapes', () => {
    expect(marshalYaml({ a: 'x: y', b: '*', c: "it's # ok", d: '- x', e: 'a#b' })).toBe(
      "a: 'x: y'\nb: '*'\nc: 'it''s # ok'\nd: '- x'\ne: a#b\n",
    );
    expect(marshalYaml({ t: 'a\tb', q: 'say "hi" ', u: '😀' })).toBe(
      'q: \'say "hi" \'\nt: "a\\tb"\nu: "\\U0001F600"\n',
    );
  });

  it('writes line breaks as a literal block with its chomping and indentation hints', () => {
    expect(marshalYaml({ a: 'x\ny\n', b: 'x\ny', c: 'x\n\n', d: '\nx' })).toBe(
      'a: |\n  x\n  y\nb: |-\n  x\n  y\nc: |+\n  x\n\nd: |2-\n\n  x\n',
    );
    // A space before a break or at the end cannot be a block: double quotes with \n escapes.
    expect(marshalYaml({ a: 'x \ny' })).toBe('a: "x \\ny"\n');
  });

  it('writes empty collections in flow style and sequences unindented under their key', () => {
    expect(marshalYaml({ a: [], b: {}, c: [{ x: 1, y: [2] }, [3, 4]], d: null })).toBe(
      'a: []\nb: {}\nc:\n- x: 1\n  "y":\n  - 2\n- - 3\n  - 4\nd: null\n',
    );
  });
});

describe('kubectl get -o yaml in the playground', () => {
  it('wraps the root-CA ConfigMap description and single-quotes the scheduler message, as a cluster prints them', () => {
    const s = loadScenario(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: picky\nspec:\n  nodeSelector:\n    disktype: ssd\n  containers:\n  - name: app\n    image: nginx\n',
    );
    const cm = runKubectl(s, ['get', 'cm', 'kube-root-ca.crt', '-o', 'yaml']).stdout;
    expect(cm).toContain(
      '    kubernetes.io/description: Contains a CA bundle that can be used to verify the\n      kube-apiserver when',
    );
    const pod = runKubectl(s, ['get', 'pod', 'picky', '-o', 'yaml']).stdout;
    expect(pod).toContain(
      "    message: '0/3 nodes are available: 3 node(s) didn''t match Pod''s node affinity/selector.\n      preemption: 0/3",
    );
  });
});

describe('go-yaml v2 details', () => {
  it('orders keys as keyList.Less: digit runs as numbers, non-letters before letters', () => {
    expect(['file10', 'file2', 'file1', 'aB', 'a_b', 'a'].sort(compareKeys)).toEqual([
      'a',
      'a_b',
      'aB',
      'file1',
      'file2',
      'file10',
    ]);
  });

  it('resolves plain scalars as YAML 1.1 does', () => {
    for (const s of [
      '80',
      '-1',
      '+1',
      '1_000',
      '0o17',
      '017',
      '0b101',
      '1.5',
      '.5',
      '1e3',
      'on',
      'Off',
      '~',
      'NULL',
      '2006-1-2',
      '2006-01-02 15:04:05',
    ])
      expect(resolvesToString(s), s).toBe(false);
    for (const s of ['web', '08x', '1.2.3', '-', 'v1', '2006-13-02', '1e', 'yess', '.5.5'])
      expect(resolvesToString(s), s).toBe(true);
  });

  it('formats floats as strconv.FormatFloat(f, g, -1, 64)', () => {
    expect([1.5, 1234567.5, 0.00001, 0.0001, 100000.5, -2.5e-7].map(goFloat)).toEqual([
      '1.5',
      '1.2345675e+06',
      '1e-05',
      '0.0001',
      '100000.5',
      '-2.5e-07',
    ]);
  });
});
