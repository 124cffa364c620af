// The legacy Endpoints controller (pkg/controller/endpoint/endpoints_controller.go syncService):
// one Endpoints named after each Service with a selector; a pod is in it unless it is
// Failed/Succeeded, IP-less, or terminating (terminating pods count only with
// publishNotReadyAddresses); ready pods (or all, with publishNotReadyAddresses) go to `addresses`,
// the others to `notReadyAddresses`; a named port a pod cannot resolve is skipped for that pod;
// subsets are repacked by port set with addresses sorted by IP (pkg/api/v1/endpoints RepackSubsets,
// SortSubsets); at most 1000 addresses (maxCapacity, annotation endpoints.kubernetes.io/over-capacity).
// Labels: the Service's, plus endpoints.kubernetes.io/managed-by=endpoint-controller and the
// headless label; no ownerReferences.
import type { ClusterState } from '../model/clusterState.ts';
import type {
  AdmittedEndpointPort,
  AdmittedEndpointSubset,
  AdmittedEndpoints,
  AdmittedService,
} from '../model/admitted.ts';
import type { EndpointAddress } from 'kubernetes-types/core/v1';
import { ensureUid, recordOrigin } from './meta.ts';
import { isPodReady } from '../model/podReady.ts';
import {
  endpointHostname,
  isHeadless,
  isManagedService,
  podIPv4,
  podSelection,
  selectedPods,
  shouldPodBeInEndpoints,
  type PodSelection,
} from './serviceSelection.ts';
import { findPort } from '../model/podPorts.ts';
import { changeTime } from './endpointSlices.ts';
import { ENDPOINTS_MANAGED_BY, ENDPOINT_CONTROLLER } from '../model/endpointSliceLabels.ts';

export const MAX_ENDPOINTS_CAPACITY = 1000;

interface AddrEntry {
  addr: EndpointAddress;
  ready: boolean;
  ports: AdmittedEndpointPort[];
}

// Byte-wise, as Go compares strings. Not localeCompare: its first call builds an ICU collator, ~8 ms
// of CPU in a cold start (a port name is ASCII, IANA_SVC_NAME, so the order is the same).
const compareBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareAddr(a: EndpointAddress, b: EndpointAddress): number {
  // LessEndpointAddress: byte-wise IP, then targetRef UID.
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  const ua = a.targetRef?.uid ?? '';
  const ub = b.targetRef?.uid ?? '';
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

export function buildSubsets(
  state: ClusterState,
  svc: AdmittedService,
  select: PodSelection = (s) => selectedPods(state, s),
): { subsets: AdmittedEndpointSubset[]; truncated: boolean } {
  const publish = svc.spec.publishNotReadyAddresses === true;
  const entries: AddrEntry[] = [];
  for (const pod of select(svc)) {
    if (!shouldPodBeInEndpoints(pod, publish)) continue;
    const ip = podIPv4(pod);
    if (!ip) continue;
    const hostname = endpointHostname(pod, svc);
    const addr: EndpointAddress = {
      ip,
      ...(hostname ? { hostname } : {}),
      ...(pod.spec.nodeName ? { nodeName: pod.spec.nodeName } : {}),
      targetRef: {
        kind: 'Pod',
        namespace: pod.metadata.namespace,
        name: pod.metadata.name,
        uid: pod.metadata.uid ?? '',
      },
    };
    const ready = publish || isPodReady(pod);
    const svcPorts = svc.spec.ports ?? [];
    const ports: AdmittedEndpointPort[] = [];
    for (const sp of svcPorts) {
      const port = findPort(pod, sp);
      if (port === null) continue;
      ports.push({
        ...(sp.name ? { name: sp.name } : {}),
        port,
        protocol: sp.protocol,
        ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}),
      });
    }
    // A pod resolving none of several ports adds no address; a Service with no ports (headless) keeps it.
    if (svcPorts.length > 0 && ports.length === 0) continue;
    entries.push({ addr, ready, ports });
  }
  let truncated = false;
  if (entries.length > MAX_ENDPOINTS_CAPACITY) {
    // truncateAddresses keeps ready addresses first.
    entries.sort((a, b) => Number(b.ready) - Number(a.ready));
    entries.length = MAX_ENDPOINTS_CAPACITY;
    truncated = true;
  }
  const groups = new Map<
    string,
    { ports: AdmittedEndpointPort[]; ready: EndpointAddress[]; notReady: EndpointAddress[] }
  >();
  for (const e of entries) {
    const sorted = [...e.ports].sort((a, b) => compareBytes(a.name ?? '', b.name ?? '') || a.port - b.port);
    const key = JSON.stringify(sorted);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports: sorted, ready: [], notReady: [] }));
    (e.ready ? g.ready : g.notReady).push(e.addr);
  }
  const subsets: AdmittedEndpointSubset[] = [];
  for (const g of groups.values()) {
    subsets.push({
      ...(g.ready.length ? { addresses: g.ready.sort(compareAddr) } : {}),
      ...(g.notReady.length ? { notReadyAddresses: g.notReady.sort(compareAddr) } : {}),
      ...(g.ports.length ? { ports: g.ports } : {}),
    });
  }
  return { subsets, truncated };
}

export function reconcileEndpoints(state: ClusterState): void {
  const select = podSelection(state);
  // Where each Endpoints sits, built once (a findIndex per Service was quadratic in Services).
  const existing = new Map<string, number>();
  state.endpoints.forEach((e, i) => {
    const key = `${e.metadata.namespace}/${e.metadata.name}`;
    if (!existing.has(key)) existing.set(key, i);
  });
  for (const svc of state.services) {
    if (!isManagedService(svc)) continue;
    const ns = svc.metadata.namespace;
    const name = svc.metadata.name;
    const { subsets, truncated } = buildSubsets(state, svc, select);
    const labels: Record<string, string> = {
      ...(svc.metadata.labels ?? {}),
      [ENDPOINTS_MANAGED_BY]: ENDPOINT_CONTROLLER,
    };
    if (isHeadless(svc)) labels['service.kubernetes.io/headless'] = '';
    const when = changeTime(state, svc, select);
    const ep: AdmittedEndpoints = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: {
        name,
        namespace: ns,
        labels,
        annotations: {
          'endpoints.kubernetes.io/last-change-trigger-time': when,
          ...(truncated ? { 'endpoints.kubernetes.io/over-capacity': 'truncated' } : {}),
        },
        creationTimestamp: when,
      },
      ...(subsets.length ? { subsets } : {}),
    };
    ensureUid(state, ep);
    // The controller owns the Endpoints of a selector Service: a user-written one is overwritten.
    const i = existing.get(`${ns}/${name}`);
    if (i !== undefined) state.endpoints[i] = ep;
    else existing.set(`${ns}/${name}`, state.endpoints.push(ep) - 1);
    recordOrigin(state, 'Endpoints', ns, name, svc, 'endpoints-controller');
  }
}
