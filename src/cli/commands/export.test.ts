// `ksp export` in-process on the export fixtures: the same golden text the core test checks.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readRepoFile, runCaptured, type CapturedRun } from '../runCaptured.ts';

const DIR = 'src/core/scenario/export/fixtures';

const run = (...argv: string[]): CapturedRun =>
  runCaptured(argv, (p) => (p === 'broken.yaml' ? 'kind: Service\nmetadata: {name: a\n' : readRepoFile(p)));

describe('ksp export', () => {
  it('prints the YAML, or the commands with --commands', () => {
    expect(run('export', `${DIR}/playground-settings.yaml`)).toEqual({
      code: 0,
      out: readFileSync(`${DIR}/playground-settings.golden-export.yaml`, 'utf8'),
      err: '',
    });
    expect(run('export', '--commands', `${DIR}/namespaced-kinds.yaml`)).toEqual({
      code: 0,
      out: readFileSync(`${DIR}/namespaced-kinds.golden-commands.sh`, 'utf8'),
      err: '',
    });
  });

  it('usage errors exit 2, a YAML that does not parse exits 1', () => {
    expect(run('export')).toMatchObject({
      code: 2,
      err: 'ksp export: expected one FILE\nusage: ksp export [--commands] FILE\n',
    });
    expect(run('export', '--yaml', 'a.yaml')).toMatchObject({
      code: 2,
      err: 'ksp export: unknown flag --yaml\nusage: ksp export [--commands] FILE\n',
    });
    const broken = run('export', 'broken.yaml');
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^ksp export: broken\.yaml: the scenario YAML has errors/);
    // the refusal is a code (export.syntax) around the parser's own message, which stays verbatim
    const ko = run('export', 'broken.yaml', '--lang', 'ko');
    expect(ko.code).toBe(1);
    expect(ko.err).toMatch(
      /^ksp export: broken\.yaml: 시나리오 YAML에 오류가 있습니다\. 먼저 편집기에서 고치세요\(.+\)\n$/,
    );
    expect(ko.err.slice(ko.err.indexOf('('))).toBe(broken.err.slice(broken.err.indexOf('(')));
  });
});
