import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { makeVariant } from './variants.ts';

const yaml = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');

describe('makeVariant', () => {
  it('Cluster vs Local sets externalTrafficPolicy on the NodePort Service only', () => {
    const v = makeVariant(yaml, 'local');
    expect(v.changed).toBe(1);
    expect(v.right).toMatch(/type: NodePort[\s\S]*|externalTrafficPolicy: Local/);
    expect(v.right.match(/externalTrafficPolicy: Local/g)).toHaveLength(1);
    expect(v.left.match(/externalTrafficPolicy: Cluster/g)).toHaveLength(1);
    // Everything else, comments included, is untouched.
    expect(v.right.replace(/^\s+externalTrafficPolicy: Local\n/m, '')).toBe(yaml);
  });

  it('ClusterIP vs NodePort turns the ClusterIP Service with a selector into a NodePort', () => {
    const v = makeVariant(yaml, 'nodeport');
    expect(v.changed).toBe(1);
    expect(v.left).toBe(yaml);
    expect(v.right.match(/type: NodePort/g)?.length).toBe((yaml.match(/type: NodePort/g)?.length ?? 0) + 1);
  });

  it('sessionAffinity None vs ClientIP sets it on every Service kube-proxy balances, not on a headless one', () => {
    const v = makeVariant(yaml, 'affinity');
    expect(v.changed).toBe(2);
    expect(v.right.match(/sessionAffinity: ClientIP/g)).toHaveLength(2);
    expect(v.left.match(/sessionAffinity: None/g)).toHaveLength(2);
    const headless = 'kind: Service\nspec:\n  clusterIP: None\n  selector:\n    app: a\n';
    expect(makeVariant(headless, 'affinity')).toEqual({ left: headless, right: headless, changed: 0 });
  });

  it('replaces an existing setting instead of adding a second one', () => {
    const t = 'kind: Service\nspec:\n  type: NodePort\n  externalTrafficPolicy: Cluster\n  ports:\n  - port: 80\n';
    expect(makeVariant(t, 'local').right).toBe(t.replace('Cluster', 'Local'));
  });
});
