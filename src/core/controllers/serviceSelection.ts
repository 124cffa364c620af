// Which pods back a Service (the port each pod serves is model/podPorts.ts findPort).
// Sources: k8s.io/endpointslice util/controller_utils.go (ShouldPodBeInEndpoints, ShouldSetHostname),
// pkg/controller/endpointslice/endpointslice_controller.go (no selector or ExternalName → no
// managed endpoints).
import type { ClusterState } from '../model/clusterState.ts';

import type { AdmittedService, AdmittedPod } from '../model/admitted.ts';
import { matchesSet } from '../model/labels.ts';

/** The selector the controllers act on; `{}` is stored as nil after the protobuf round-trip. */
export function serviceSelector(svc: AdmittedService): Record<string, string> | null {
  const sel = svc.spec.selector;
  if (!sel || typeof sel !== 'object' || Object.keys(sel).length === 0) return null;
  return sel;
}

/** Services the EndpointSlice and Endpoints controllers manage. */
export function isManagedService(svc: AdmittedService): boolean {
  return svc.spec.type !== 'ExternalName' && serviceSelector(svc) !== null;
}

/** helper.IsServiceIPSet is false: headless (`None`) or no IP. */
export function isHeadless(svc: AdmittedService): boolean {
  const ip = svc.spec.clusterIP;
  return !ip || ip === 'None';
}

/** labels.Set(selector).AsSelectorPreValidated(): same namespace, equality on every key. */
export function selectedPods(state: ClusterState, svc: AdmittedService): AdmittedPod[] {
  const sel = serviceSelector(svc);
  if (!sel) return [];
  const ns = svc.metadata.namespace;
  return state.pods.filter((p) => p.metadata.namespace === ns && matchesSet(sel, p.metadata.labels));
}

/** selectedPods for every Service of one controller pass, in the same order. */
export type PodSelection = (svc: AdmittedService) => AdmittedPod[];

/**
 * selectedPods through an index of the pods by namespace and label (key, value), built once for a
 * pass over all Services (the controllers' informer indexes play this part upstream). Scanning every
 * pod for every Service made a 100-Service / 1,000-Pod manifest spend a quarter of its load here.
 * Valid while the pass does not add pods or change their labels.
 */
export function podSelection(state: ClusterState): PodSelection {
  const index = new Map<string, AdmittedPod[]>();
  for (const p of state.pods) {
    const ns = p.metadata.namespace;
    for (const [k, v] of Object.entries(p.metadata.labels ?? {})) {
      if (typeof v !== 'string') continue; // a null value matches no selector (Go-null semantics)
      const key = `${ns}\u0000${k}\u0000${v}`;
      const list = index.get(key);
      if (list) list.push(p);
      else index.set(key, [p]);
    }
  }
  return (svc) => {
    const sel = serviceSelector(svc);
    if (!sel) return [];
    const ns = svc.metadata.namespace;
    let fewest: AdmittedPod[] | undefined;
    for (const [k, v] of Object.entries(sel)) {
      const list = index.get(`${ns}\u0000${k}\u0000${v}`);
      if (!list) return [];
      if (!fewest || list.length < fewest.length) fewest = list;
    }
    return (fewest ?? []).filter((p) => matchesSet(sel, p.metadata.labels));
  };
}

/** ShouldPodBeInEndpoints, with the check that failed: terminal phase, no IP, or terminating when not included. */
export function whyNotInEndpoints(
  pod: AdmittedPod,
  includeTerminating: boolean,
): 'terminal' | 'no-ip' | 'terminating' | null {
  const phase = pod.status?.phase;
  if (phase === 'Failed' || phase === 'Succeeded') return 'terminal';
  if (!pod.status?.podIP && !(pod.status?.podIPs ?? []).length) return 'no-ip';
  if (!includeTerminating && pod.metadata.deletionTimestamp) return 'terminating';
  return null;
}

/** ShouldPodBeInEndpoints: not Failed/Succeeded, has an IP, and terminating only when included. */
export function shouldPodBeInEndpoints(pod: AdmittedPod, includeTerminating: boolean): boolean {
  return whyNotInEndpoints(pod, includeTerminating) === null;
}

export function podIPv4(pod: AdmittedPod): string | undefined {
  const ips = [pod.status?.podIP, ...(pod.status?.podIPs ?? []).map((x) => x.ip)].filter((x): x is string => !!x);
  return ips.find((ip) => ip.includes('.'));
}

/** ShouldSetHostname: pod.spec.hostname, when pod.spec.subdomain names this Service. */
export function endpointHostname(pod: AdmittedPod, svc: AdmittedService): string | undefined {
  const h = pod.spec.hostname;
  if (h && pod.spec.subdomain === svc.metadata.name && pod.metadata.namespace === svc.metadata.namespace) return h;
  return undefined;
}
