// The committed editor schema accepts every real manifest of the project and rejects the
// mistakes the playground teaches about. ajv 6 (draft-07) comes with ESLint; it is only used here.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv';

const schema = JSON.parse(readFileSync(new URL('../src/ui/editor/k8s.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, schemaId: 'auto' }).compile(schema);
const objects = (text: string) =>
  parseAllDocuments(text)
    .map((d) => d.toJS() as unknown)
    .filter((o) => o !== null);
const errorsOf = (o: unknown) => (validate(o) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`));

describe('k8s.schema.json', () => {
  it('stays under 300 KB', () => {
    expect(JSON.stringify(schema).length).toBeLessThan(300 * 1024);
  });

  const seedDir = new URL('../src/core/fixtures/seed/', import.meta.url);
  const files = [
    ...readdirSync(seedDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => new URL(f, seedDir)),
    new URL('../src/scenarios/default.yaml', import.meta.url),
  ];
  for (const file of files) {
    it(`accepts ${file.pathname.split('/').slice(-2).join('/')}`, () => {
      for (const o of objects(readFileSync(file, 'utf8'))) expect(errorsOf(o)).toEqual([]);
    });
  }

  it('rejects an unknown field, a string port, an unknown Service type and a wrong apiVersion', () => {
    const base = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80 }] } };
    expect(errorsOf(base)).toEqual([]);
    expect(errorsOf({ ...base, spec: { ...base.spec, bogusField: 1 } }).join()).toContain(
      'should NOT have additional properties',
    );
    expect(errorsOf({ ...base, spec: { ports: [{ port: 'eighty' }] } }).join()).toContain(
      '.spec.ports[0].port should be integer',
    );
    expect(errorsOf({ ...base, spec: { type: 'Nodeport', ports: [{ port: 80 }] } }).join()).toContain(
      'should be equal to one of the allowed values',
    );
    expect(errorsOf({ ...base, apiVersion: 'apps/v1' }).join()).toContain('.apiVersion should be equal to constant');
    expect(errorsOf({ ...base, spec: { ports: [{ port: 70000 }] } }).join()).toContain('should be <= 65535');
  });

  it('leaves kinds it does not know alone (CRDs, the playground Cluster kind)', () => {
    expect(
      errorsOf({ apiVersion: 'playground.ksp.dev/v1alpha1', kind: 'Cluster', spec: { serviceCIDR: '10.96.0.0/12' } }),
    ).toEqual([]);
  });
});
