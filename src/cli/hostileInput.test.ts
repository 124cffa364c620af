// The CLI on the inputs that once crashed it (issue 19 items 1, 2 and 15): each ends with the
// documented message and exit 1, in bounded time and memory, through the same bounded parse the
// page's worker uses.
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from './main.ts';
import { aliasedEnvDeployment, flatConfigMap } from '../core/fuzz/index.ts';

function run(text: string, ...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readFile: () => text,
  };
  return { code: main(argv, io), out, err };
}

describe('ksp on hostile input', () => {
  it('item 1: one env list reused by 998 containers (553 KB, ran out of memory) is refused at the alias', () => {
    const text = aliasedEnvDeployment(20_000, 998);
    const r = run(text, 'validate', 'bomb.yaml');
    expect(r.code).toBe(1);
    expect(r.out + r.err).toMatch(
      /bomb\.yaml:\d+:\d+: yaml: document contains excessive aliasing: the alias \*e at line \d+, column \d+ expands the scenario past 1000000 values/,
    );
  }, 120_000);

  it('item 2: a map with duplicate keys among 40,000 (quadratic before) reports each duplicate', () => {
    const r = run(flatConfigMap(40_000, [7, 39_000]), 'validate', 'flat.yaml');
    expect(r.code).toBe(1);
    expect((r.out + r.err).match(/Map keys must be unique/g)).toHaveLength(2);
  }, 120_000);

  it('item 15: 5,001 documents get the document limit, nothing parsed', () => {
    const svc = (i: number) =>
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: s${i}\nspec:\n  ports:\n  - port: 80\n`;
    const r = run(Array.from({ length: 5001 }, (_, i) => svc(i)).join('---\n'), 'validate', 'many.yaml');
    expect(r.code).toBe(1);
    expect(r.out + r.err).toBe('many.yaml:1:1: the scenario has 5001 documents; the playground accepts at most 5000\n');
  });
});
