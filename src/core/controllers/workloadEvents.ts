// The Events the workload controllers record about the object they act for, at the time they act
// (the owner's creation time: every scenario is a first apply):
// - deployment-controller, on creating a Deployment's new ReplicaSet with replicas
//   (pkg/controller/deployment/sync.go getNewReplicaSet): ScalingReplicaSet
//   `Scaled up replica set <rs> from 0 to <n>`;
// - replicaset-controller / daemonset-controller, per created Pod (pkg/controller/controller_utils.go
//   RealPodControl.createPods): SuccessfulCreate `Created pod: <pod>`;
// - statefulset-controller, per created Pod (pkg/controller/statefulset/stateful_pod_control.go
//   recordPodEvent): SuccessfulCreate `create Pod <pod> in StatefulSet <sts> successful`;
// - and when the API server refuses a Pod (a ServiceAccount that does not exist), a Warning
//   FailedCreate: `Error creating: <status message>` (controller_utils.go), for a StatefulSet
//   `create Pod <pod> in StatefulSet <sts> failed error: <status message>`.
import type { ClusterEvent, ClusterState } from '../model/clusterState.ts';
import { objectKey } from '../model/objects.ts';
import type { KObject } from './meta.ts';

export function recordEvent(
  state: ClusterState,
  obj: KObject,
  from: string,
  reason: string,
  message: string,
  type: ClusterEvent['type'] = 'Normal',
): void {
  const m = obj.metadata ?? {};
  state.events.push({
    about: objectKey(String(obj.kind), m.namespace, m.name ?? ''),
    type,
    reason,
    from,
    message,
    at: m.creationTimestamp ?? state.createdAt,
  });
}
