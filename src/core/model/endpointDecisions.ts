// What the EndpointSlice controller decided about each pod a Service selects, recorded where it
// decides (controllers/endpointSlices.ts) so the explanations (dataplane/diagnose.ts) read the
// decision instead of deriving it a second time. Upstream keeps no such record; the rules it
// reflects are k8s.io/endpointslice util ShouldPodBeInEndpoints, reconciler.go
// reconcileByAddressType (a pod on an unknown Node is skipped) and utils.go getEndpointPorts
// (pkg/api/v1/pod FindPort: a port no container serves is omitted).

/** Why a selected pod is in no EndpointSlice, in the order the controller checks. */
export type PodLeftOut =
  | 'terminal' // phase Succeeded or Failed
  | 'no-ip' // no status.podIP(s) yet
  | 'no-ipv4' // only IPv6 addresses, and the slices are IPv4
  | 'node-unknown'; // spec.nodeName names no Node (or is unset)

export interface SelectedPod {
  namespace: string;
  name: string;
  /** status.phase when the controller looked ('Pending' when unset). */
  phase: string;
  /** Why the pod is in no slice; absent when it is listed. */
  leftOut?: PodLeftOut;
  /** Its endpoint conditions (serving = the pod is Ready, terminating = deletionTimestamp set). */
  serving: boolean;
  terminating: boolean;
  /** Indexes of the Service ports this pod does not serve (FindPort found no port of that name and protocol). */
  portsNotFound: number[];
}

export interface EndpointDecision {
  /** The pods the selector selected, in selection order. */
  selected: SelectedPod[];
}
