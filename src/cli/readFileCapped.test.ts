// ksp's file reading on real paths (issue 19, item 12): every kind of bad path gets its own
// message and nothing reads past the scenario size limit.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileCapped } from './readFileCapped.ts';
import { readFailureMessage, type ReadFailure } from './io.ts';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'ksp-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const message = (r: string | ReadFailure) => (typeof r === 'string' ? `text of ${r.length}` : readFailureMessage(r));

describe('readFileCapped', () => {
  it('reads a file as UTF-8', () => {
    writeFileSync(join(dir, 'ok.yaml'), 'a: é\n');
    expect(readFileCapped(join(dir, 'ok.yaml'))).toBe('a: é\n');
  });

  it('says which kind of path it was', () => {
    expect(message(readFileCapped(join(dir, 'missing.yaml')))).toBe('no such file');
    expect(message(readFileCapped(join(dir, 'ok.yaml', 'below')))).toBe('no such file');
    expect(message(readFileCapped(dir))).toBe('is a directory');
  });

  it('refuses a 600 MB file from its size, without reading it', () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, 600_000_000); // sparse: no disk used
    expect(message(readFileCapped(big))).toBe(
      'scenario is 600000000 bytes; the playground accepts at most 2000000 bytes',
    );
  });

  it('stops reading a device that never ends (/dev/zero) at the limit', () => {
    expect(message(readFileCapped('/dev/zero'))).toBe(
      'scenario is more than 2000000 bytes (read stopped there); the playground accepts at most 2000000 bytes',
    );
    expect(readFileCapped('/dev/null')).toBe('');
  });
});

describe('ksp validate with a bad path among good ones', () => {
  it("prints the readable files' problems and says why the other one failed (exit 2)", () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 70000\n    targetPort: 80\n',
    );
    let out = '';
    let err = '';
    const code = main(['validate', bad, join(dir, 'missing.yaml'), dir], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      readFile: (p) => readFileCapped(p),
    });
    expect(code).toBe(2);
    expect(out).toBe(
      `${bad}:7:11: The Service "web" is invalid: spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive\n`,
    );
    expect(err).toBe(
      `ksp: cannot read ${join(dir, 'missing.yaml')}: no such file\nksp: cannot read ${dir}: is a directory\n`,
    );
  });
});
