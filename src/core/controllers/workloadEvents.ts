// The Normal Events the workload controllers record about the object they act for, at the time
// they act (the owner's creation time: every scenario is a first apply):
// - deployment-controller, on creating a Deployment's new ReplicaSet with replicas
//   (pkg/controller/deployment/sync.go getNewReplicaSet): ScalingReplicaSet
//   `Scaled up replica set <rs> from 0 to <n>`;
// - replicaset-controller / daemonset-controller, per created Pod (pkg/controller/controller_utils.go
//   RealPodControl.createPods): SuccessfulCreate `Created pod: <pod>`;
// - statefulset-controller, per created Pod (pkg/controller/statefulset/stateful_pod_control.go
//   recordPodEvent): SuccessfulCreate `create Pod <pod> in StatefulSet <sts> successful`.
import type { ClusterState } from '../model/clusterState.ts';
import { objectKey } from '../model/objects.ts';
import type { KObject } from './meta.ts';

export function recordNormal(state: ClusterState, obj: KObject, from: string, reason: string, message: string): void {
  const m = obj.metadata ?? {};
  state.events.push({
    about: objectKey(String(obj.kind), m.namespace, m.name ?? ''),
    type: 'Normal',
    reason,
    from,
    message,
    at: m.creationTimestamp ?? state.createdAt,
  });
}
