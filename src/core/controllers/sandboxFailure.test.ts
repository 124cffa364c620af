// kubelet when the CNI has no address left for a pod's sandbox (scheduler.ts bind): the pod stays
// ContainerCreating on its node, with the FailedCreatePodSandBox Event containerd's error gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildState } from './fixtures/buildState.ts';
import { hostLocalRangeSet } from './podIPAM.ts';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe("host-local's range set, as its errors print it", () => {
  it("runs from the subnet's .1 to the address before broadcast", () => {
    expect(hostLocalRangeSet('10.244.1.0/24')).toBe('10.244.1.1-10.244.1.254');
    expect(hostLocalRangeSet('192.168.63.160/27')).toBe('192.168.63.161-192.168.63.190');
    expect(hostLocalRangeSet('10.244.9.0/30')).toBe('10.244.9.1-10.244.9.2');
  });
});

describe('a pod whose sandbox gets no address', () => {
  const { state } = buildState(read('ip-exhaustion.yaml'));
  const pod = (name: string) => state.pods.find((p) => p.metadata.name === name)!;

  it('the first pod takes the one address; the second waits on its node without one', () => {
    expect(pod('first').status?.podIP).toBe('10.244.9.2');
    const s = pod('second').status!;
    expect(s.phase).toBe('Pending');
    expect(s.hostIP).toBe(pod('first').status?.hostIP);
    expect(s.podIP).toBeUndefined();
    expect(s.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=False',
      'Initialized=True',
      'Ready=False',
      'ContainersReady=False',
      'PodScheduled=True',
    ]);
    expect(s.conditions?.find((c) => c.type === 'Ready')?.message).toBe(
      'containers with unready status: [app sidecar]',
    );
    expect(s.containerStatuses?.map((c) => `${c.name}:${c.state?.waiting?.reason}`)).toEqual([
      'app:ContainerCreating',
      'sidecar:ContainerCreating',
    ]);
  });

  it("records kubelet's FailedCreatePodSandBox with containerd's error", () => {
    const events = state.events.filter((e) => e.about.endsWith('/second'));
    expect(events.map((e) => [e.type, e.reason, e.from, e.host])).toEqual([
      ['Warning', 'FailedCreatePodSandBox', 'kubelet', 'tiny'],
    ]);
    expect(events[0]!.message).toMatch(
      /^Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "[0-9a-f]{64}": plugin type="flannel" failed \(add\): failed to allocate for range 0: no IP addresses available in range set: 10\.244\.9\.1-10\.244\.9\.2$/,
    );
  });
});
