import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildState } from './fixtures/buildState.ts';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const about = (state: ReturnType<typeof buildState>['state'], key: string) =>
  state.events.filter((e) => e.about === key).map((e) => `${e.type} ${e.reason} ${e.from} ${e.message}`);

describe('workload controllers record their Events', () => {
  it('deployment-controller: ScalingReplicaSet from 0 to spec.replicas; replicaset-controller: one SuccessfulCreate per pod', () => {
    const { state } = buildState(read('web.yaml'));
    const rs = state.replicaSets.find((r) => r.metadata.namespace === 'shop')!;
    expect(about(state, 'Deployment/shop/web')).toEqual([
      `Normal ScalingReplicaSet deployment-controller Scaled up replica set ${rs.metadata.name} from 0 to 3`,
    ]);
    const pods = state.pods.filter((p) => p.metadata.namespace === 'shop').map((p) => p.metadata.name);
    expect(pods).toHaveLength(3);
    expect(about(state, `ReplicaSet/shop/${rs.metadata.name}`)).toEqual(
      pods.map((p) => `Normal SuccessfulCreate replicaset-controller Created pod: ${p}`),
    );
  });

  it('statefulset-controller: `create Pod <pod> in StatefulSet <sts> successful`; daemonset-controller: Created pod', () => {
    const { state } = buildState(read('statefulset.yaml'));
    expect(about(state, 'StatefulSet/default/db')).toEqual(
      ['db-0', 'db-1', 'db-2'].map(
        (p) => `Normal SuccessfulCreate statefulset-controller create Pod ${p} in StatefulSet db successful`,
      ),
    );
    const ds = state.daemonSets[0]!;
    const dsPods = state.pods.filter((p) => p.metadata.ownerReferences?.[0]?.kind === 'DaemonSet');
    expect(dsPods.length).toBeGreaterThan(0);
    expect(about(state, `DaemonSet/${ds.metadata.namespace}/${ds.metadata.name}`)).toEqual(
      dsPods.map((p) => `Normal SuccessfulCreate daemonset-controller Created pod: ${p.metadata.name}`),
    );
  });
});
