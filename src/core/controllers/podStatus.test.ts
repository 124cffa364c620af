// observedGeneration in a Pod's status (podStatus.ts): kubelet sets status.observedGeneration
// (pkg/kubelet/status/status_manager.go SetPodStatus) and every writer of a condition sets the
// condition's (pkg/api/v1/pod/util.go CalculatePodConditionObservedGeneration), to the Pod's
// metadata.generation, with PodObservedGenerationTracking on as in v1.34.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';

const YAML = readFileSync('src/core/controllers/fixtures/observed-generation.yaml', 'utf8');

describe('Pod observedGeneration', () => {
  const s = loadScenario(YAML);
  const get = (...args: string[]) => runKubectl(s, ['get', 'pod', ...args]).stdout;

  it("kubelet's status: the generation it ran, on the status and on each condition", () => {
    expect(get('web', '-o', 'jsonpath={.metadata.generation} {.status.observedGeneration}')).toBe('2 2');
    expect(get('web', '-o', 'jsonpath={range .status.conditions[*]}{.type}={.observedGeneration} {end}')).toBe(
      'PodReadyToStartContainers=2 Initialized=2 Ready=2 ContainersReady=2 PodScheduled=2 ',
    );
  });

  it('-o yaml: the keys sorted, as kubectl prints them', () => {
    const yaml = get('web', '-o', 'yaml');
    expect(yaml).toContain('\n  generation: 2\n  name: web\n');
    expect(yaml).toContain('\n    observedGeneration: 2\n    status: "True"\n    type: Ready\n');
    expect(yaml).toContain('\n  observedGeneration: 2\n  phase: Running\n');
  });

  it("an unscheduled pod: the scheduler's condition has one, the status none (no kubelet ran it)", () => {
    const pod = s.state.pods.find((p) => p.metadata.name === 'nowhere');
    expect(pod?.status).not.toHaveProperty('observedGeneration');
    expect(pod?.status?.conditions).toEqual([expect.objectContaining({ type: 'PodScheduled', observedGeneration: 1 })]);
  });

  it('a pod bound to a NotReady node: kubelet reported it, so the status has one too', () => {
    const pod = s.state.pods.find((p) => p.metadata.name === 'waiting');
    expect(pod?.status).toMatchObject({ phase: 'Pending', observedGeneration: 1 });
  });
});
