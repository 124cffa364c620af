// A workload applied again is an update: selectors are immutable (strategy ValidateUpdate via
// ValidateImmutableField), a StatefulSet's spec only changes in its mutable fields
// (ValidateStatefulSetUpdate). Messages as kubectl apply prints the server's Invalid status.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';

const workload = (kind: string, app: string, extra = '') =>
  `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: web\nspec:\n${extra}  selector:\n    matchLabels: {app: ${app}}\n  template:\n    metadata:\n      labels: {app: ${app}}\n    spec:\n      containers:\n      - name: web\n        image: nginx\n`;
const applyTwice = (a: string, b: string) => loadScenario(`${a}---\n${b}`, { seed: 1 }).applied.map((r) => r.message);

describe('selector immutability (apps/v1)', () => {
  it.each(['Deployment', 'ReplicaSet', 'DaemonSet'])(
    '%s: a new selector is refused, the first object stays',
    (kind) => {
      const resource = kind.toLowerCase();
      expect(applyTwice(workload(kind, 'web'), workload(kind, 'web2'))).toEqual([
        `${resource}.apps/web created`,
        `The ${kind} "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"web2"}}: field is immutable`,
      ]);
    },
  );
  it('the same selector with other changes is configured', () => {
    expect(
      applyTwice(workload('Deployment', 'web', '  replicas: 1\n'), workload('Deployment', 'web', '  replicas: 2\n')),
    ).toEqual(['deployment.apps/web created', 'deployment.apps/web configured']);
  });
});

describe('StatefulSet updates (ValidateStatefulSetUpdate)', () => {
  const sts = (serviceName: string, replicas: number) =>
    workload('StatefulSet', 'web', `  serviceName: ${serviceName}\n  replicas: ${replicas}\n`);
  it('replicas may change', () => {
    expect(applyTwice(sts('web', 1), sts('web', 3))).toEqual([
      'statefulset.apps/web created',
      'statefulset.apps/web configured',
    ]);
  });
  it('serviceName may not', () => {
    expect(applyTwice(sts('web', 1), sts('other', 1))).toEqual([
      'statefulset.apps/web created',
      "The StatefulSet \"web\" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    ]);
  });
});
