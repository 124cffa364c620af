import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lineOfPath, yamlPathAt } from './yamlLines.ts';

const text = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
const lines = text.split('\n');
const lineOf = (needle: string, from = 0): number => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe('yamlPathAt', () => {
  it('names the field under the cursor the way the API server prints it', () => {
    expect(yamlPathAt(text, lineOf('replicas: 3'))).toEqual({ docIndex: 0, path: 'spec.replicas' });
    expect(yamlPathAt(text, lineOf('containerPort: 9376'))).toEqual({
      docIndex: 0,
      path: 'spec.template.spec.containers[0].ports[0].containerPort',
    });
    const svc = lineOf('name: my-service');
    expect(yamlPathAt(text, lineOf('targetPort: 9376', svc))).toEqual({
      docIndex: 1,
      path: 'spec.ports[0].targetPort',
    });
    expect(yamlPathAt(text, lineOf('app.kubernetes.io/name: MyApp', svc))).toEqual({
      docIndex: 1,
      path: 'spec.selector[app.kubernetes.io/name]',
    });
  });

  it('counts list items and documents', () => {
    const t =
      'a: 1\n---\nkind: Service\nspec:\n  ports:\n  - port: 80\n    name: http\n  - port: 443\n    name: https\n';
    expect(yamlPathAt(t, 9)).toEqual({ docIndex: 1, path: 'spec.ports[1].name' });
    expect(yamlPathAt(t, 6)).toEqual({ docIndex: 1, path: 'spec.ports[0].port' });
    expect(yamlPathAt(t, 2)).toBeNull();
  });

  it('a leading separator does not start an empty document', () => {
    expect(yamlPathAt('---\nkind: Pod\n', 2)).toEqual({ docIndex: 0, path: 'kind' });
  });
});

describe('lineOfPath', () => {
  it('finds the line of a field, or of its deepest written parent', () => {
    const t = 'kind: Service\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30080\n';
    expect(lineOfPath(t, 0, 'spec.ports[0].nodePort')).toBe(6);
    expect(lineOfPath(t, 0, 'spec.externalTrafficPolicy')).toBe(2);
    expect(lineOfPath(t, 1, 'spec')).toBeNull();
  });
});
