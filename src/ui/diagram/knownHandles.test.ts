import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownHandles } from './knownHandles.ts';

describe(knownHandles, () => {
  it("gives kube-proxy boxes the target handle their component draws: an outside client's NodePort arrow ends there", () => {
    // NodeGroup.tsx draws <Handle type="target"> and <Handle type="source"> on the kube-proxy box;
    // without them here React Flow has no handle to route `cle:laptop>kp:node-1` to and drops the edge.
    const component = readFileSync(new URL('./nodes/NodeGroup.tsx', import.meta.url), 'utf8');
    const proxy = component.slice(component.indexOf('function KubeProxyNodeView'));
    expect(proxy).toContain('<Handle type="target"');
    expect(proxy).toContain('<Handle type="source"');
    expect(knownHandles('kubeProxy', 90, 24).map((h) => h.type)).toEqual(['target', 'source']);
  });
});
