// `ksp kubectl FILE -- scale …` prints kubectl's result; --write saves the new scenario to FILE.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { main, type CliIO } from './main.ts';

const FILE = 'src/core/scenario/edits/fixtures/web.yaml';

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const written = new Map<string, string>();
  const io: CliIO = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: (p) => written.get(p) ?? readFileSync(p, 'utf8'),
    writeFile: (p, text) => {
      written.set(p, text);
      return true;
    },
  };
  return { code: main(argv, io), out, err, written };
}

describe('ksp kubectl with mutating commands', () => {
  it('prints the result and leaves FILE alone without --write', () => {
    const r = run('kubectl', FILE, '--', 'scale', 'deployment', 'web', '--replicas=5');
    expect(r).toMatchObject({ code: 0, out: 'deployment.apps/web scaled\n' });
    expect(r.err).toBe(`ksp: ${FILE} was not changed; run ksp kubectl --write ${FILE} -- … to save the new scenario\n`);
    expect(r.written.size).toBe(0);
  });

  it('--write saves the new YAML (comments kept)', () => {
    const r = run('kubectl', '--write', FILE, '--', 'scale', 'deployment', 'web', '--replicas=5');
    expect(r).toMatchObject({ code: 0, out: 'deployment.apps/web scaled\n', err: '' });
    expect(r.written.get(FILE)).toBe(
      readFileSync(FILE, 'utf8').replace('replicas: 3 # scaled', 'replicas: 5 # scaled'),
    );
  });

  it('--replicas beyond int32 is refused as the API server refuses it, and FILE stays as it was', () => {
    // Issue 19 item 17: this used to write `replicas: 999999999999`, which the playground then refused to load.
    const r = run('kubectl', '--write', FILE, '--', 'scale', 'deployment', 'web', '--replicas=999999999999');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /^The request is invalid: patch: Invalid value: "\{.*\}": json: cannot unmarshal number 999999999999 into Go struct field ScaleSpec\.spec\.replicas of type int32\n/,
    );
    expect(r.written.size).toBe(0);
  });

  it('read-only commands never write', () => {
    const r = run('kubectl', '--write', FILE, '--', 'get', 'deploy');
    expect(r.code).toBe(0);
    expect(r.written.size).toBe(0);
  });
});
