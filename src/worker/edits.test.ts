import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { applyMutation, READY_ANNOTATION } from './edits.ts';

const text = readFileSync(new URL('./fixtures/edit-me.yaml', import.meta.url), 'utf8');
const objects = (yaml: string) => parseAllDocuments(yaml).map((d) => d.toJS() as { kind: string; metadata: Record<string, unknown>; spec: Record<string, unknown> });

describe(applyMutation, () => {
  it('scales a Deployment and keeps every comment and every other document byte for byte', () => {
    const r = applyMutation(text, { op: 'scale', kind: 'Deployment', namespace: 'default', name: 'web', replicas: 5 });
    expect(r.changed).toBe(true);
    expect(r.message).toBe('deployment.apps/web scaled to 5');
    expect(objects(r.yaml)[0]!.spec.replicas).toBe(5);
    expect(r.yaml.startsWith('# Top comment: kept by every edit.\n')).toBe(true);
    expect(r.yaml).toContain('# the web tier');
    // The Pod and Service documents are untouched text.
    expect(r.yaml.slice(r.yaml.indexOf('---'))).toBe(text.slice(text.indexOf('---')));
  });

  it('deletes a bare Pod document and leaves the others parseable', () => {
    const r = applyMutation(text, { op: 'deletePod', namespace: 'default', name: 'debug' });
    expect(r.changed).toBe(true);
    expect(objects(r.yaml).map((o) => o.kind)).toEqual(['Deployment', 'Service']);
    expect(r.yaml).not.toContain('# A bare pod.');
  });

  it('deletes the first document too', () => {
    const r = applyMutation(text, { op: 'deletePod', namespace: 'default', name: 'debug' });
    const r2 = applyMutation(r.yaml, { op: 'setSelector', namespace: 'default', name: 'web', selector: { app: 'api' } });
    expect(objects(r2.yaml)[1]!.spec.selector).toEqual({ app: 'api' });
    const onlyPod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n';
    const r3 = applyMutation(onlyPod, { op: 'deletePod', namespace: 'default', name: 'a' });
    expect(r3.yaml).toBe('apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n');
  });

  it('refuses to delete a pod a controller made, and says why', () => {
    const r = applyMutation(text, { op: 'deletePod', namespace: 'default', name: 'web-7d4b9c5f6-abcde' });
    expect(r.changed).toBe(false);
    expect(r.yaml).toBe(text);
    expect(r.message).toContain('made by a controller');
  });

  it('marks a Pod not ready with the playground annotation and back', () => {
    const r = applyMutation(text, { op: 'setPodReady', namespace: 'default', name: 'debug', ready: false });
    const pod = objects(r.yaml)[1]!;
    expect((pod.metadata.annotations as Record<string, string>)[READY_ANNOTATION]).toBe('false');
    const back = applyMutation(r.yaml, { op: 'setPodReady', namespace: 'default', name: 'debug', ready: true });
    expect(objects(back.yaml)[1]!.metadata.annotations).toBeUndefined();
    expect(back.yaml).toBe(text);
  });

  it('relabels and unlabels', () => {
    const r = applyMutation(text, { op: 'setLabel', kind: 'Pod', namespace: 'default', name: 'debug', key: 'tier', value: 'debug' });
    expect(objects(r.yaml)[1]!.metadata.labels).toEqual({ app: 'web', tier: 'debug' });
    const r2 = applyMutation(r.yaml, { op: 'setLabel', kind: 'Pod', namespace: 'default', name: 'debug', key: 'app', value: null });
    expect(objects(r2.yaml)[1]!.metadata.labels).toEqual({ tier: 'debug' });
  });

  it('rejects bad replica counts and broken YAML without touching the text', () => {
    expect(applyMutation(text, { op: 'scale', kind: 'Deployment', namespace: 'default', name: 'web', replicas: -1 }).changed).toBe(false);
    expect(applyMutation(text, { op: 'scale', kind: 'Deployment', namespace: 'default', name: 'web', replicas: 1.5 }).changed).toBe(false);
    const broken = 'kind: Pod\nmetadata: [\n';
    const r = applyMutation(broken, { op: 'deletePod', namespace: 'default', name: 'x' });
    expect(r).toEqual({ yaml: broken, changed: false, message: 'fix the YAML errors first: the edit needs a scenario that parses' });
  });

  it('matches the namespace: a Service in another namespace is not found', () => {
    const r = applyMutation(text, { op: 'setSelector', namespace: 'prod', name: 'web', selector: { app: 'x' } });
    expect(r.changed).toBe(false);
    expect(r.message).toBe('no Service "web" in namespace "prod" is written in the YAML');
  });
});
