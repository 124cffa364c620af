// A Pod applied again is an update. Expected texts: pkg/apis/core/validation/validation.go
// ValidatePodUpdate / ValidateContainerUpdates (the messages and the updatable-fields list,
// `updatablePodSpecFields`, joined with ","), as its TestValidatePodUpdate cases exercise them:
// an image change is allowed, adding a container or changing a port is not, activeDeadlineSeconds
// may only be set or lowered.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';

const pod = (spec: string, labels = '{app: web}') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: ${labels}\nspec:\n${spec}`;
const ctr = (image: string, port = 80) =>
  `  containers:\n  - name: web\n    image: ${image}\n    ports:\n    - containerPort: ${port}\n`;
const second = (first: string, next: string) => {
  const s = loadScenario(`${first}---\n${next}`);
  return { record: s.applied[1], state: s.state };
};
const HEAD =
  'The Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n';

describe('ValidatePodUpdate', () => {
  it('an image (and a label) may change: pod/web configured', () => {
    const { record, state } = second(pod(ctr('nginx:1.25')), pod(ctr('nginx:1.27'), '{app: web, tier: front}'));
    expect(record?.outcome).toBe('configured');
    expect(state.pods.find((p) => p.metadata.name === 'web')?.spec.containers[0]?.image).toBe('nginx:1.27');
  });

  it('any other spec change is forbidden, with the updatable fields listed', () => {
    const { record } = second(pod(ctr('nginx:1.25')), pod(ctr('nginx:1.25', 8080)));
    expect(record?.outcome).toBe('invalid');
    expect(record?.message.startsWith(HEAD)).toBe(true);
    expect(record?.message).toContain('- \tContainers: ');
  });

  it('containers may not be added or removed', () => {
    const two = `${ctr('nginx:1.25')}  - name: side\n    image: busybox\n`;
    const { record } = second(pod(ctr('nginx:1.25')), pod(two));
    expect(record?.message).toBe(
      'The Pod "web" is invalid: spec.containers: Forbidden: pod updates may not add or remove containers',
    );
  });

  it('activeDeadlineSeconds may be lowered, not raised, and not unset', () => {
    const ads = (n: number) => `${ctr('nginx:1.25')}  activeDeadlineSeconds: ${n}\n`;
    expect(second(pod(ads(30)), pod(ads(10))).record?.outcome).toBe('configured');
    expect(second(pod(ads(10)), pod(ads(30))).record?.message).toBe(
      'The Pod "web" is invalid: spec.activeDeadlineSeconds: Invalid value: 30: must be less than or equal to previous value',
    );
    expect(second(pod(ads(10)), pod(ctr('nginx:1.25'))).record?.outcome).toBe('configured'); // omitted: kept (a patch)
  });

  it('fields the manifest leaves out keep their stored values, as with kubectl apply’s patch', () => {
    const pinned = `${ctr('nginx:1.25')}  nodeName: node-2\n`;
    const { record, state } = second(pod(pinned), pod(ctr('nginx:1.27')));
    expect(record?.outcome).toBe('configured');
    expect(state.pods.find((p) => p.metadata.name === 'web')?.spec.nodeName).toBe('node-2');
    expect(second(pod(pinned), pod(`${ctr('nginx:1.25')}  nodeName: node-3\n`)).record?.outcome).toBe('invalid');
  });
});
