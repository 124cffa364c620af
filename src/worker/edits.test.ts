import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadScenario } from '../core/scenario/index.ts';
import { applyMutation } from './edits.ts';

const text = readFileSync(new URL('./fixtures/edit-me.yaml', import.meta.url), 'utf8');
const objects = (yaml: string) =>
  parseAllDocuments(yaml).map(
    (d) =>
      d.toJS() as {
        kind: string;
        metadata: Record<string, unknown>;
        spec: Record<string, unknown>;
        commands?: string[];
      },
  );

describe(applyMutation, () => {
  it('scales a Deployment through the core and keeps the other documents byte for byte', () => {
    const r = applyMutation(text, { op: 'scale', kind: 'Deployment', namespace: 'default', name: 'web', replicas: 5 });
    expect(r).toMatchObject({ changed: true, message: 'deployment.apps/web scaled' });
    expect(objects(r.yaml)[0]!.spec.replicas).toBe(5);
    expect(r.yaml.slice(r.yaml.indexOf('---'))).toBe(text.slice(text.indexOf('---')));
  });

  it('deletes a declared Pod document', () => {
    const r = applyMutation(text, { op: 'deletePod', namespace: 'default', name: 'debug' });
    expect(r).toMatchObject({ changed: true, message: 'pod/debug deleted' });
    expect(objects(r.yaml).map((o) => o.kind)).toEqual(['Deployment', 'Service']);
  });

  it('records the delete of a pod a controller made as a kubectl command, and the replay removes it', () => {
    const scenario = loadScenario(text, { seed: 1 });
    const generated = scenario.state.pods.find((p) => p.metadata.name.startsWith('web-'))!.metadata!.name!;
    const r = applyMutation(text, { op: 'deletePod', namespace: 'default', name: generated }, scenario);
    expect(r.changed).toBe(true);
    expect(objects(r.yaml).at(-1)!.commands).toEqual([`kubectl delete pod ${generated}`]);
    const after = loadScenario(r.yaml, { seed: 1 });
    expect(after.state.pods.some((p) => p.metadata.name === generated)).toBe(false);
  });

  it('marks a generated pod not ready using its current annotations from the last good scenario', () => {
    const scenario = loadScenario(text, { seed: 1 });
    const generated = scenario.state.pods.find((p) => p.metadata.name.startsWith('web-'))!.metadata!.name!;
    const r = applyMutation(text, { op: 'setPodReady', namespace: 'default', name: generated, ready: false }, scenario);
    expect(r.message).toBe(`pod/${generated} marked not ready`);
    expect(objects(r.yaml).at(-1)!.commands?.[0]).toContain(`kubectl annotate pod ${generated}`);
  });

  it('relabels a declared pod, and reports "unchanged" when the label is already there', () => {
    const r = applyMutation(text, {
      op: 'setLabel',
      kind: 'Pod',
      namespace: 'default',
      name: 'debug',
      key: 'tier',
      value: 'debug',
    });
    expect(objects(r.yaml)[1]!.metadata.labels).toEqual({ app: 'web', tier: 'debug' });
    const same = applyMutation(r.yaml, {
      op: 'setLabel',
      kind: 'Pod',
      namespace: 'default',
      name: 'debug',
      key: 'tier',
      value: 'debug',
    });
    expect(same).toEqual({ yaml: r.yaml, changed: false, message: 'pod/debug unchanged' });
    const off = applyMutation(r.yaml, {
      op: 'setLabel',
      kind: 'Pod',
      namespace: 'default',
      name: 'debug',
      key: 'app',
      value: null,
    });
    expect(objects(off.yaml)[1]!.metadata.labels).toEqual({ tier: 'debug' });
  });

  it('passes the core errors through and never touches the text on failure', () => {
    const neg = applyMutation(text, {
      op: 'scale',
      kind: 'Deployment',
      namespace: 'default',
      name: 'web',
      replicas: -1,
    });
    expect(neg).toEqual({
      yaml: text,
      changed: false,
      message: 'The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
    });
    const broken = 'kind: Pod\nmetadata: [\n';
    const r = applyMutation(broken, { op: 'deletePod', namespace: 'default', name: 'x' });
    expect(r.changed).toBe(false);
    expect(r.yaml).toBe(broken);
    expect(r.message).toContain('fix them in the editor first');
  });
});
