// The v1 Endpoints deprecation warning on every request kubectl sends for the kind (KEP-4974), once
// per command, before the answer's own lines: describe, delete and label (get and apply: their tests).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from './runKubectl.ts';

const WARNING = 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n';
const selectorless = readFileSync('src/core/controllers/fixtures/selectorless.yaml', 'utf8');
const web = readFileSync('src/core/scenario/edits/fixtures/web.yaml', 'utf8');
const scenario = loadScenario(`${selectorless}\n---\n${web}`);
const k = (...args: string[]) => runKubectl(scenario, args);

describe('the v1 Endpoints deprecation warning', () => {
  it('describe: first on stderr, before a NotFound', () => {
    const found = k('describe', 'endpoints', 'external-db');
    expect(found.stderr).toBe(WARNING);
    expect(found.stdout).toContain('Name:         external-db');
    expect(found.exitCode).toBe(0);
    expect(k('describe', 'ep', 'nope')).toMatchObject({
      stderr: `${WARNING}Error from server (NotFound): endpoints "nope" not found\n`,
      exitCode: 1,
    });
    expect(k('describe', 'svc', 'external-db').stderr).toBe('');
  });

  it('delete: the DELETE answers with it, once for several names, and a NotFound too', () => {
    expect(k('delete', 'endpoints', 'external-db')).toMatchObject({
      stdout: 'endpoints "external-db" deleted from default namespace\n',
      stderr: WARNING,
      exitCode: 0,
    });
    expect(k('delete', 'ep', 'external-db', 'nope')).toMatchObject({
      stdout: 'endpoints "external-db" deleted from default namespace\n',
      stderr: `${WARNING}Error from server (NotFound): endpoints "nope" not found\n`,
      exitCode: 1,
    });
  });

  it('a request the playground refuses before sending (a controller-made Endpoints) gets none', () => {
    const r = k('delete', 'endpoints', 'my-service');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).not.toContain('Warning:');
  });

  it('label: the PATCH answers with it, and a warning is not a failure', () => {
    expect(k('label', 'endpoints', 'external-db', 'tier=db')).toMatchObject({
      stdout: 'endpoints/external-db labeled\n',
      stderr: WARNING,
      exitCode: 0,
    });
  });
});
