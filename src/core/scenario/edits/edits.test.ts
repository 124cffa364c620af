// The YAML after each direct-manipulation edit: golden text, comments and other documents kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deletePod, markPodReady, relabelPod, scaleWorkload } from './podEdits.ts';
import { appendHistory } from './history.ts';
import { updateMetadataMap } from './objectEdits.ts';

const WEB = readFileSync('src/core/scenario/edits/fixtures/web.yaml', 'utf8');
const yamlOf = (r: { ok: boolean; yaml?: string; error?: string }) => {
  if (!r.ok) throw new Error(r.error);
  return r.yaml ?? '';
};

describe('scenario edits', () => {
  it('scale rewrites only the replicas scalar, keeping its comment', () => {
    const out = yamlOf(scaleWorkload(WEB, 'Deployment', 'web', 5));
    expect(out).toBe(WEB.replace('  replicas: 3 # scaled by kubectl scale', '  replicas: 5 # scaled by kubectl scale'));
    expect(scaleWorkload(WEB, 'Deployment', 'nope', 2)).toEqual({
      ok: false,
      error: 'Deployment "nope" is not declared in the scenario YAML',
    });
    expect(scaleWorkload(WEB, 'Deployment', 'web', -1).ok).toBe(false);
  });

  it('deleting a declared pod removes its document and its leading comment', () => {
    const out = yamlOf(deletePod(WEB, 'client'));
    expect(out).not.toContain('name: client');
    expect(out).not.toContain('# A bare pod');
    expect(out).toContain("# The seed's web app");
    expect(out.split('\n---\n')).toHaveLength(2);
  });

  it('a generated pod is recorded in a KubectlHistory document, appended once and then extended', () => {
    const once = yamlOf(deletePod(WEB, 'web-abc-12345'));
    expect(once).toBe(
      `${WEB}---\napiVersion: playground.ksp.dev/v1alpha1\nkind: KubectlHistory\ncommands:\n- kubectl delete pod web-abc-12345\n`,
    );
    const twice = yamlOf(relabelPod(once, 'web-abc-xyz12', { tier: 'frontend' }, [], 'default', { app: 'web' }));
    expect(twice).toBe(
      `${WEB}---\napiVersion: playground.ksp.dev/v1alpha1\nkind: KubectlHistory\ncommands:\n- kubectl delete pod web-abc-12345\n- kubectl label pod web-abc-xyz12 tier=frontend --overwrite\n`,
    );
    expect(yamlOf(appendHistory('', 'kubectl delete pod x -n shop'))).toBe(
      'apiVersion: playground.ksp.dev/v1alpha1\nkind: KubectlHistory\ncommands:\n- kubectl delete pod x -n shop\n',
    );
  });

  it('markPodReady writes the readiness annotation on a declared pod and removes it again', () => {
    const notReady = yamlOf(markPodReady(WEB, 'client', false));
    expect(notReady).toContain(
      '  labels:\n    role: client\n  annotations:\n    playground.ksp.dev/ready: "false"\nspec:',
    );
    expect(notReady).toContain('# A bare pod, declared here.');
    expect(yamlOf(markPodReady(notReady, 'client', true))).toBe(WEB);
    const generated = yamlOf(markPodReady(WEB, 'web-abc-12345', false));
    expect(generated).toContain('- kubectl annotate pod web-abc-12345 playground.ksp.dev/ready=false --overwrite\n');
  });

  it("label without --overwrite refuses an existing key with kubectl's text; removal with k-", () => {
    const ref = { kind: 'Pod', namespace: 'default', name: 'client' };
    expect(
      updateMetadataMap(WEB, ref, {
        field: 'labels',
        changes: { set: new Map([['role', 'x']]), remove: [] },
        overwrite: false,
      }),
    ).toEqual({ ok: false, error: "'role' already has a value (client)" });
    const removed = updateMetadataMap(WEB, ref, {
      field: 'labels',
      changes: { set: new Map(), remove: ['role'] },
      overwrite: false,
    });
    expect(removed.ok && removed.yaml).toContain('metadata:\n  name: client\nspec:');
    const same = updateMetadataMap(WEB, ref, {
      field: 'labels',
      changes: { set: new Map([['role', 'client']]), remove: [] },
      overwrite: true,
    });
    expect(same).toEqual({ ok: true, yaml: WEB, changed: false });
  });

  it('refuses to edit a stream with YAML errors', () => {
    expect(scaleWorkload('a: [1\n', 'Deployment', 'web', 1).ok).toBe(false);
  });
});
