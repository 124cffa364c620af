import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { parseStream } from './parseStream.ts';
import { parseYamlBounded } from './boundedParse.ts';
import { YAML_LIMITS, scenarioBytesOver, scenarioSizeMessage, utf8ByteLength } from './limits.ts';
import { aliasedEnvDeployment, flatConfigMap, laughs } from '../fuzz/hostileYaml.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const errors = (text: string) => parseStream(text).problems.filter((p) => p.severity === 'error');

describe('parseYamlBounded: alias expansion (issue 19, items 1 and 14)', () => {
  it('refuses one env list reused by 998 containers at the alias that passes the limit', () => {
    // 20,000 entries × 5 values each; the 10th alias passes 1,000,000. The text is ~785 KB, under
    // the byte limit; the library's reference counter let it through and the copies ran out of memory.
    const text = aliasedEnvDeployment(20_000, 998);
    expect(utf8ByteLength(text)).toBeLessThan(YAML_LIMITS.maxBytes);
    const s = parseStream(text);
    expect(s.documents).toEqual([]);
    // 12 lines of header, c0 takes 3 + 20,000 lines, each alias 3; 10 lists of 100,001 values pass 1,000,000.
    const line = 12 + 3 + 20_000 + 3 * 9;
    expect(s.problems).toEqual([
      {
        severity: 'error',
        docIndex: 0,
        message: `yaml: document contains excessive aliasing: the alias *e at line ${line}, column 14 expands the scenario past 1000000 values; the playground accepts at most 1000000 values after alias expansion`,
        range: { line, column: 14, endLine: line, endColumn: 16 },
      },
    ]);
  }, 60_000);

  it('accepts the same shape while the expansion stays under the limit, and the aliases resolve', () => {
    const s = parseStream(aliasedEnvDeployment(1_000, 150));
    expect(s.problems).toEqual([]);
    const containers = (
      s.documents[0]!.object as { spec: { template: { spec: { containers: { env: unknown[] }[] } } } }
    ).spec.template.spec.containers;
    expect(containers).toHaveLength(150);
    expect(containers[149]!.env).toHaveLength(1_000);
  });

  it('counts the budget over the whole stream, not per document', () => {
    // Two documents of 600,003 values each (a list of 100,000 and five aliases of it): the second passes the limit.
    const half = `a: &a [${Array.from({ length: 100_000 }, () => '1').join(',')}]\nb: [*a, *a, *a, *a, *a]\n`;
    const s = parseStream(`${half}---\n${half}`);
    expect(s.documents).toHaveLength(1);
    expect(s.problems.map((p) => [p.docIndex, p.range.line, p.message.split(':')[1]])).toEqual([
      [1, 5, ' document contains excessive aliasing'],
    ]);
  }, 60_000);

  it('stops a billion laughs after a few steps', () => {
    const e = errors(laughs(9, 9));
    expect(e).toHaveLength(1);
    expect(e[0]!.message).toMatch(
      /^yaml: document contains excessive aliasing: the alias \*l\d at line \d, column \d+/,
    );
  });

  it('no longer refuses many references to a small anchor (the old reference counter did at 1,000)', () => {
    const items = Array.from({ length: 2_000 }, (_, i) => `  k${i}: *r`).join('\n');
    expect(errors(`r: &r {cpu: 100m}\nm:\n${items}\n`)).toEqual([]);
  });

  it("a self-referencing alias gets go-yaml's message at the alias, not a stack overflow", () => {
    const text = fixture('self-alias.yaml');
    expect(text.length).toBeLessThan(80);
    expect(errors(text)).toEqual([
      {
        severity: 'error',
        docIndex: 0,
        message:
          "yaml: anchor 'm' value contains itself (the alias *m at line 5, column 11 is inside the node it names)",
        range: { line: 5, column: 11, endLine: 5, endColumn: 13 },
      },
    ]);
    expect(errors('a: &a [x, [y, *a]]\n')[0]!.message).toMatch(/^yaml: anchor 'a' value contains itself/);
    // An earlier anchor of the same name is not an ancestor: that alias is fine.
    expect(errors('a: &a [x]\nb: [*a, &a [y]]\n')).toEqual([]);
  });
});

describe('parseYamlBounded: merge keys (issue 19, item 17)', () => {
  it('merges `<<` as the API server does (go-yaml v2 is a YAML 1.1 decoder)', () => {
    const s = parseStream(fixture('merge-keys.yaml'));
    expect(s.problems).toEqual([]);
    const spec = (s.documents[0]!.object as { spec: { selector: unknown; ports: unknown } }).spec;
    expect(spec.selector).toEqual({ app: 'web', tier: 'front' });
    expect(spec.ports).toEqual([
      { name: 'http', port: 80, targetPort: 8080 },
      { name: 'alt', port: 8080, targetPort: 8080 },
    ]);
  });
});

describe('parseYamlBounded: duplicate keys (issue 19, item 2)', () => {
  it('reports every duplicate as the library did, at the repeated key', () => {
    for (const text of [
      flatConfigMap(10, [3, 7]),
      'a: 1\nb: {x: 1, x: 2}\na: 3\n',
      '? [k]\n: 1\n? [k]\n: 2\n1: a\n1.0: b\n"1": c\n~: d\nnull: e\n.nan: f\n.nan: g\n',
      'a: 1\n---\nb: 2\nb: 3\n',
      'x:\n  y: 1\n  y: 2\nx: 3\n',
    ]) {
      const library = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true, merge: true });
      const want = (Array.isArray(library) ? library : []).flatMap((d, docIndex) =>
        d.errors.map((e) => ({ docIndex, message: e.message, at: e.pos[0] })),
      );
      const s = parseStream(text);
      const got = s.problems.map((p) => ({ docIndex: p.docIndex, message: p.message, at: p.range }));
      expect(got.map((g) => [g.docIndex, g.message])).toEqual(want.map((w) => [w.docIndex, w.message]));
      expect(got.map((g) => g.at)).toEqual(
        want.map((w) => {
          const pos = s.lineCounter.linePos(w.at);
          const end = s.lineCounter.linePos(w.at + 1);
          return { line: pos.line, column: pos.col, endLine: end.line, endColumn: end.col };
        }),
      );
      expect(want.length).toBeGreaterThan(0);
    }
  });

  it('parses a 150,000-key map (1.8 MB) in linear time', () => {
    // The library's check took minutes here (quadratic); the timeout is the test.
    const text = flatConfigMap(150_000, [149_999]);
    expect(utf8ByteLength(text)).toBeGreaterThan(1_800_000);
    const e = errors(text);
    expect(e.map((p) => [p.message, p.range.line])).toEqual([['Map keys must be unique', 6 + 149_999]]);
  }, 60_000);
});

describe('parseYamlBounded: the byte limit counts UTF-8 bytes (issue 19, item 16)', () => {
  it('measures bytes as TextEncoder does', () => {
    for (const s of ['', 'abc', 'é', '€', '😀', 'a\uD800b', '\uDC00', 'x😀y€é']) {
      expect(utf8ByteLength(s)).toBe(new TextEncoder().encode(s).length);
    }
  });

  it('refuses 700,000 euro signs (2.1 MB in UTF-8, 700,000 characters)', () => {
    const text = `# ${'€'.repeat(700_000)}\n`;
    expect(text.length).toBeLessThan(YAML_LIMITS.maxBytes);
    expect(errors(text).map((p) => p.message)).toEqual([
      'scenario is 2100003 bytes; the playground accepts at most 2000000 bytes',
    ]);
  });

  it('a 3-byte-per-character text: exactly at the limit parses, one byte over is refused', () => {
    const at = `# ${'€'.repeat(666_666)}\n`; // 2 + 1,999,998 + 1 = 2,000,001: one over
    expect(scenarioBytesOver(at)).toBe(2_000_001);
    const under = at.slice(1); // 2,000,000
    expect(scenarioBytesOver(under)).toBeNull();
    expect(parseYamlBounded(under).ok).toBe(true);
    const refused = parseYamlBounded(at);
    expect(refused.ok ? null : refused.excess.message).toBe(scenarioSizeMessage(2_000_001));
    expect(scenarioSizeMessage(2_000_001)).toBe(
      'scenario is 2000001 bytes; the playground accepts at most 2000000 bytes',
    );
    // Four-byte characters (a surrogate pair each) are counted as 4, not as the 2 units they take.
    expect(scenarioBytesOver('😀'.repeat(500_001))).toBe(2_000_004);
    expect(scenarioBytesOver('😀'.repeat(500_000))).toBeNull();
  });
});
