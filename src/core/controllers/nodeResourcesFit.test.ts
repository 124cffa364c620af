// kube-scheduler's NodeResourcesFit on the playground's nodes (4 CPUs, 8035100Ki each): pods that ask
// for more than a node has left stay Pending with FitError's message, as a v1.34 cluster shows them.
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/resource-fit.yaml?raw';
import { loadScenario } from '../scenario/load.ts';
import { podRequests } from './nodeResourcesFit.ts';

const state = loadScenario(fixture).state;
const failed = (name: string) =>
  state.events.find((e) => e.reason === 'FailedScheduling' && e.about.endsWith(`/${name}`))?.message;

describe('NodeResourcesFit', () => {
  it('binds while requests fit what each node has left, then leaves the rest Pending', () => {
    const workers = state.pods.filter((p) => p.metadata.name.startsWith('workers-'));
    const byNode = new Map<string, number>();
    for (const p of workers) if (p.spec.nodeName) byNode.set(p.spec.nodeName, (byNode.get(p.spec.nodeName) ?? 0) + 1);
    // 1500m each: two per 4-CPU node (CoreDNS's 100m on node-2 and node-3 leaves 3900m), the seventh waits.
    expect([...byNode.entries()].sort()).toEqual([
      ['node-1', 2],
      ['node-2', 2],
      ['node-3', 2],
    ]);
    const waiting = workers.filter((p) => !p.spec.nodeName);
    expect(waiting.map((p) => p.status?.phase)).toEqual(['Pending']);
    expect(failed(waiting[0]!.metadata.name)).toBe(
      '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
    );
  });

  it('names every resource short, and counts filters that failed earlier apart', () => {
    expect(failed('huge')).toBe(
      '0/3 nodes are available: 3 Insufficient cpu, 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
    );
    expect(failed('pinned')).toBe(
      "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
    );
    // An init container's extended resource no node offers.
    expect(failed('init-heavy')).toBe(
      '0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
    );
  });

  it("computes a pod's request as PodRequests: containers summed, raised to an init container's, sidecars added", () => {
    const c = (cpu: string, restartPolicy?: 'Always') => ({
      name: 'c',
      image: 'x',
      ...(restartPolicy ? { restartPolicy } : {}),
      resources: { requests: { cpu } },
    });
    expect(podRequests({ containers: [c('500m'), c('250m')] }).get('cpu')).toBe(750);
    expect(podRequests({ containers: [c('500m')], initContainers: [c('2')] }).get('cpu')).toBe(2000);
    // A sidecar (restartable init container) runs beside the containers and beside later init containers.
    expect(podRequests({ containers: [c('500m')], initContainers: [c('1', 'Always'), c('1')] }).get('cpu')).toBe(2000);
    expect(
      podRequests({ containers: [c('500m')], initContainers: [c('1', 'Always')], overhead: { cpu: '250m' } }).get(
        'cpu',
      ),
    ).toBe(1750);
  });
});
