import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { locatePath, parseStream } from './parseStream.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseStream', () => {
  it('parses every document of a stream and keeps the document index of each', () => {
    const s = parseStream(fixture('two-services.yaml'));
    expect(s.problems).toEqual([]);
    expect(s.documents.map((d) => [d.index, d.object.kind, d.object.metadata?.name])).toEqual([
      [0, 'Service', 'web'],
      [2, 'Service', 'api'],
    ]);
  });

  it('maps a field path to the line and column of its value', () => {
    const s = parseStream(fixture('two-services.yaml'));
    const api = s.documents[1]!;
    // line 26 of the fixture is `      nodePort: 30081` (1-based, like Monaco).
    expect(locatePath(s, api, 'spec.ports[1].nodePort')).toMatchObject({
      line: 26,
      column: 17,
      endLine: 26,
      endColumn: 22,
    });
    expect(locatePath(s, api, 'metadata.name')).toMatchObject({ line: 16, column: 9 });
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    const s = parseStream(fixture('two-services.yaml'));
    const web = s.documents[0]!;
    const r = locatePath(s, web, 'spec.ports[0].name');
    expect(r).toMatchObject({ line: 9, column: 7 });
  });

  it('reports syntax errors with line and column and never throws', () => {
    const s = parseStream('apiVersion: v1\nkind: Service\nmetadata:\n  name: [oops\n');
    expect(s.problems.length).toBeGreaterThan(0);
    expect(s.problems[0]!.range.line).toBeGreaterThanOrEqual(4);
    expect(s.documents).toEqual([]);
  });

  it('rejects a document that is not a mapping', () => {
    const s = parseStream('- a\n- b\n');
    expect(s.problems[0]!.message).toMatch(/must be a mapping/);
  });

  it('stops alias expansion bombs', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      );
    const t0 = performance.now();
    const s = parseStream(bomb.join('\n'));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(s.problems.some((p) => /alias/i.test(p.message))).toBe(true);
  });

  it('skips empty documents', () => {
    const s = parseStream('---\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n');
    expect(s.documents).toHaveLength(1);
    expect(s.documents[0]!.index).toBe(1);
  });
});
