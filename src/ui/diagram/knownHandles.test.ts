import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownHandles } from './knownHandles.ts';

describe(knownHandles, () => {
  it("gives kube-proxy boxes the target handle their component draws: an outside client's NodePort arrow ends there", () => {
    // NodeGroup.tsx draws a target and a source handle (nodes/sideHandles.tsx) on the kube-proxy box;
    // without them here React Flow has no handle to route `cle:laptop>kp:node-1` to and drops the edge.
    const component = readFileSync(new URL('./nodes/NodeGroup.tsx', import.meta.url), 'utf8');
    const proxy = component.slice(component.indexOf('function KubeProxyNodeView'));
    expect(proxy).toContain('<TargetHandle');
    expect(proxy).toContain('<SourceHandle');
    expect(knownHandles('kubeProxy', 90, 24).map((h) => h.type)).toEqual(['target', 'source']);
  });

  it('puts sources at the bottom and targets on top in the stacked layout, where sideHandles.tsx draws them; pods keep their left', () => {
    const at = (type: string, stacked: boolean) =>
      knownHandles(type, 200, 80, stacked).map((h) => `${h.type}:${h.position}@${h.x},${h.y}`);
    expect(at('service', false)).toEqual(['target:left@-3,37', 'source:right@197,37']);
    expect(at('service', true)).toEqual(['target:top@97,-3', 'source:bottom@97,77']);
    expect(at('client', true)).toEqual(['source:bottom@97,77']);
    expect(at('pod', true)).toEqual(['target:left@-3,37', 'source:bottom@97,77']);
    const pod = readFileSync(new URL('./nodes/PodNode.tsx', import.meta.url), 'utf8');
    expect(pod).toContain('<TargetHandle side="left" />');
  });
});
