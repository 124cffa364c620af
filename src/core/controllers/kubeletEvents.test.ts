// The Events a Pod's describe lists: the scheduler's, recorded when it decides, and kubelet's, read
// from the containers that started and their pull policy (fixtures/pod-events.yaml).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load.ts';
import { objectKey } from '../model/objects.ts';
import { kubeletEvents } from './kubeletEvents.ts';

const yaml = readFileSync('src/core/controllers/fixtures/pod-events.yaml', 'utf8');
const { state } = loadScenario(yaml);
const pod = (name: string) => state.pods.find((p) => p.metadata.name === name)!;
const reasons = (name: string) => kubeletEvents(pod(name), state).map((e) => `${e.reason} ${e.message}`);
const scheduler = (name: string) =>
  state.events.filter((e) => e.about === objectKey('Pod', 'default', name)).map((e) => `${e.type} ${e.reason}`);

describe('Pod Events', () => {
  it('the scheduler records one Scheduled per pod it placed, none for a pod bound by spec.nodeName', () => {
    for (const p of state.pods.filter((x) => x.metadata.labels?.app === 'web'))
      expect(scheduler(p.metadata.name)).toEqual(['Normal Scheduled']);
    expect(state.events.find((e) => e.about === objectKey('Pod', 'default', 'with-init'))?.message).toBe(
      `Successfully assigned default/with-init to ${pod('with-init').spec.nodeName}`,
    );
    expect(scheduler('pinned')).toEqual([]);
  });

  it('an unschedulable pod: FailedScheduling with its PodScheduled message, and no kubelet events', () => {
    const failed = state.events.filter((e) => e.about === objectKey('Pod', 'default', 'nowhere'));
    expect(failed.map((e) => [e.type, e.reason, e.from])).toEqual([
      ['Warning', 'FailedScheduling', 'default-scheduler'],
    ]);
    expect(failed[0]!.message).toBe(pod('nowhere').status?.conditions?.[0]?.message);
    expect(kubeletEvents(pod('nowhere'), state)).toEqual([]);
  });

  it('Always pulls (an untagged image); init containers start first', () => {
    expect(reasons('pinned').map((r) => r.split(' ')[0])).toEqual(['Pulling', 'Pulled', 'Created', 'Started']);
    expect(reasons('pinned')[0]).toBe('Pulling Pulling image "busybox"');
    expect(reasons('pinned')[1]).toMatch(
      /^Pulled Successfully pulled image "busybox" in (\d+)ms \(\1ms including waiting\)\. Image size: \d+ bytes\.$/,
    );
    expect(reasons('with-init').filter((r) => /^(Created|Started)/.test(r))).toEqual([
      'Created Created container: setup',
      'Started Started container setup',
      'Created Created container: app',
      'Started Started container app',
    ]);
  });

  it('IfNotPresent: each node pulls a tagged image once; later pods there find it present', () => {
    const onNode = new Map<string, string[]>();
    for (const p of state.pods.filter((x) => x.status?.phase === 'Running' && x.metadata.name !== 'pinned')) {
      const node = p.spec.nodeName!;
      const pulls = kubeletEvents(p, state).filter((e) => e.message.includes('"nginx:1.27"'));
      onNode.set(node, [...(onNode.get(node) ?? []), ...pulls.map((e) => e.reason)]);
    }
    for (const [node, seq] of onNode) {
      expect(
        seq.filter((r) => r === 'Pulling'),
        node,
      ).toHaveLength(1);
      expect(seq.slice(0, 2), node).toEqual(['Pulling', 'Pulled']);
      expect(
        seq.slice(2).every((r) => r === 'Pulled'),
        node,
      ).toBe(true);
    }
    expect([...onNode.values()].some((seq) => seq.length > 2)).toBe(true);
  });

  it('every event is at the second its container started, and the same on every load', () => {
    const started = pod('pinned').status?.containerStatuses?.[0]?.state?.running?.startedAt;
    expect(new Set(kubeletEvents(pod('pinned'), state).map((e) => e.at))).toEqual(new Set([started]));
    const again = loadScenario(yaml).state;
    const p2 = again.pods.find((p) => p.metadata.name === 'pinned')!;
    expect(kubeletEvents(p2, again)).toEqual(kubeletEvents(pod('pinned'), state));
  });

  it('reads the pods list it is given: without the earlier pods of a node, a later one pulls', () => {
    const running = state.pods.filter((x) => x.status?.phase === 'Running' && x.metadata.name !== 'pinned');
    const node = running.find((p, i) => running.slice(0, i).some((q) => q.spec.nodeName === p.spec.nodeName))!;
    const pulled = (pods: typeof state.pods) =>
      kubeletEvents(node, { pods, now: state.now })
        .filter((e) => e.message.includes('"nginx:1.27"'))
        .map((e) => e.reason);
    expect(pulled(state.pods)).toEqual(['Pulled']);
    expect(pulled(state.pods.filter((p) => p === node || p.spec.nodeName !== node.spec.nodeName))).toEqual([
      'Pulling',
      'Pulled',
    ]);
  });
});
