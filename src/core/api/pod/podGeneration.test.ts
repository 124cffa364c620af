// metadata.generation of a Pod as v1.34's pod strategy keeps it (api/systemMeta.ts): 1 on create
// whatever was sent (PrepareForCreate), +1 when an update changes the spec (PrepareForUpdate,
// updatePodGeneration), +1 when the graceful deletion starts (apiserver rest.BeforeDelete), and 1
// on the pods controllers create. kubernetes/kubernetes pkg/registry/core/pod/strategy.go.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../scenario/load.ts';

const YAML = readFileSync('src/core/api/pod/fixtures/generation.yaml', 'utf8');

describe('Pod metadata.generation', () => {
  const s = loadScenario(YAML);
  const generation = (name: string) => s.state.pods.find((p) => p.metadata.name === name)?.metadata.generation;

  it('create: 1, whatever the manifest wrote; update: +1 only when the spec changed', () => {
    expect(s.applied.map((a) => a.message)).toContain('pod/web configured');
    expect(generation('web')).toBe(2);
    expect(s.applied.map((a) => a.message)).toContain('pod/tagged configured');
    expect(generation('tagged')).toBe(1);
  });

  it('graceful deletion: +1 with the deletionTimestamp', () => {
    const pod = s.state.pods.find((p) => p.metadata.name === 'leaving');
    expect(pod?.metadata.deletionTimestamp).toBeDefined();
    expect(pod?.metadata.generation).toBe(2);
  });

  it("a controller's pod: 1", () => {
    expect(generation('db-0')).toBe(1);
  });

  it('a StatefulSet replacement is a new object: 1, not the deleted pod’s generation', () => {
    const terminating = YAML.replace(
      '      labels:\n        app: db\n',
      '      labels:\n        app: db\n      annotations:\n        playground.ksp.dev/terminating: "true"\n',
    );
    const history =
      'apiVersion: playground.ksp.dev/v1alpha1\nkind: KubectlHistory\ncommands:\n  - kubectl delete pod db-0\n';
    const after = loadScenario(`${terminating}---\n${history}`);
    expect(after.diagnostics).toEqual([]);
    // The replacement starts at 1 and is terminating again, as its template says: 2.
    expect(after.state.pods.find((p) => p.metadata.name === 'db-0')?.metadata.generation).toBe(2);
  });
});
