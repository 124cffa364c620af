// CONTRACT (implemented by the controllers/ work): runs, after every user object is admitted,
// what the control plane would do: default Nodes when none are declared, Deployment →
// ReplicaSet → Pods, StatefulSet, DaemonSet, scheduling, Pod IPs from each Node's podCIDR, Pod
// readiness, the cloud controller's LoadBalancer ingress IPs, EndpointSlices and Endpoints.
import type { ClusterState } from '../model/clusterState.ts';
import type { Rng } from '../sim/rng.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { SourceRange } from '../yaml/parseStream.ts';
import type { PathSegment } from '../yaml/fieldPath.ts';

export interface ControllerContext {
  report(d: Diagnostic): void;
  locate(docIndex: number, path: string | readonly PathSegment[]): SourceRange;
}

export declare function runControllers(state: ClusterState, rng: Rng, ctx: ControllerContext): void;
