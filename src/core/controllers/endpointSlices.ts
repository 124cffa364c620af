// The EndpointSlice controller (pkg/controller/endpointslice/endpointslice_controller.go and
// k8s.io/endpointslice reconciler.go, utils.go), for a first sync:
// - one set of slices per Service with a selector (not ExternalName);
// - each selected pod becomes an endpoint (utils.go podToEndpoint): serving = Ready,
//   terminating = deletionTimestamp set, ready = publishNotReadyAddresses || (serving && !terminating);
// - each pod resolves the Service's ports on its own (FindPort); pods are grouped by the resolved
//   port list (PortMapKey), so different numbers or a missing named port give different slices;
// - at most maxEndpointsPerSlice (100, config/v1alpha1/defaults.go) endpoints per slice;
// - no endpoints at all → one placeholder slice with no endpoints and no ports;
// - name from generateName `<svc>-`, controller ownerReference to the Service, labels
//   (setEndpointSliceLabels): Service labels minus reserved keys, kubernetes.io/service-name,
//   endpointslice.kubernetes.io/managed-by, service.kubernetes.io/headless when headless;
// - hints for spec.trafficDistribution (trafficDistribution.ts).
import type { ClusterState } from '../model/clusterState.ts';

import type {
  AdmittedService,
  AdmittedPod,
  AdmittedEndpointSlice,
  AdmittedEndpointSlicePort,
  AdmittedNode,
} from '../model/admitted.ts';
import type { Endpoint } from 'kubernetes-types/discovery/v1';
import type { Rng } from '../random/rng.ts';
import { generateName } from './names.ts';
import { controllerRef, ensureUid, recordOrigin } from './meta.ts';
import { isPodReady } from '../model/podReady.ts';
import {
  endpointHostname,
  isHeadless,
  isManagedService,
  podIPv4,
  podSelection,
  selectedPods,
  whyNotInEndpoints,
  type PodSelection,
} from './serviceSelection.ts';
import { findPort } from '../model/podPorts.ts';
import { ENDPOINTSLICE_CONTROLLER, LABEL_MANAGED_BY, LABEL_SERVICE_NAME } from '../model/endpointSliceLabels.ts';
import { withTrafficDistributionHints } from './trafficDistribution.ts';
import type { EndpointDecision, SelectedPod } from '../model/endpointDecisions.ts';
import { objectKey } from '../model/objects.ts';

export const MAX_ENDPOINTS_PER_SLICE = 100;
export const LABEL_HEADLESS = 'service.kubernetes.io/headless';
const RESERVED = new Set([LABEL_SERVICE_NAME, LABEL_MANAGED_BY, LABEL_HEADLESS]);

export function podToEndpoint(
  pod: AdmittedPod,
  svc: AdmittedService,
  node: AdmittedNode | undefined,
  ip: string,
): Endpoint {
  const publish = svc.spec.publishNotReadyAddresses === true;
  const serving = isPodReady(pod);
  const terminating = !!pod.metadata.deletionTimestamp;
  const ready = publish || (serving && !terminating);
  const hostname = endpointHostname(pod, svc);
  const zone = node?.metadata.labels?.['topology.kubernetes.io/zone'];
  return {
    addresses: [ip],
    conditions: { ready, serving, terminating },
    ...(hostname ? { hostname } : {}),
    ...(pod.spec.nodeName ? { nodeName: pod.spec.nodeName } : {}),
    targetRef: {
      kind: 'Pod',
      namespace: pod.metadata.namespace,
      name: pod.metadata.name,
      uid: pod.metadata.uid ?? '',
    },
    ...(zone ? { zone } : {}),
  };
}

/** getEndpointPorts: the Service ports this pod resolves, in Service order; `notFound` collects the indexes it does not. */
export function endpointPorts(
  pod: AdmittedPod,
  svc: AdmittedService,
  notFound: number[] = [],
): AdmittedEndpointSlicePort[] {
  const out: AdmittedEndpointSlicePort[] = [];
  for (const [i, sp] of (svc.spec.ports ?? []).entries()) {
    const port = findPort(pod, sp);
    if (port === null) {
      notFound.push(i);
      continue;
    }
    out.push({
      name: sp.name ?? '',
      port,
      protocol: sp.protocol,
      ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}),
    });
  }
  return out;
}

export function sliceLabels(svc: AdmittedService, managedBy = ENDPOINTSLICE_CONTROLLER): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(svc.metadata.labels ?? {})) if (!RESERVED.has(k)) labels[k] = v;
  if (isHeadless(svc)) labels[LABEL_HEADLESS] = '';
  labels[LABEL_SERVICE_NAME] = svc.metadata.name;
  labels[LABEL_MANAGED_BY] = managedBy;
  return labels;
}

/**
 * The desired slices of one Service (first sync: no existing slices to fill), and what was
 * decided about each selected pod (state.endpointDecisions, read by the explanations).
 */
export function desiredSlices(
  state: ClusterState,
  svc: AdmittedService,
  select: PodSelection = (s) => selectedPods(state, s),
): { slices: { ports: AdmittedEndpointSlicePort[]; endpoints: Endpoint[] }[]; decision: EndpointDecision } {
  const publish = svc.spec.publishNotReadyAddresses === true;
  const groups = new Map<string, { ports: AdmittedEndpointSlicePort[]; endpoints: Endpoint[] }>();
  const decision: EndpointDecision = { selected: [] };
  for (const pod of select(svc)) {
    const seen: SelectedPod = {
      namespace: pod.metadata.namespace,
      name: pod.metadata.name,
      phase: pod.status?.phase ?? 'Pending',
      serving: isPodReady(pod),
      terminating: !!pod.metadata.deletionTimestamp,
      portsNotFound: [],
    };
    decision.selected.push(seen);
    const why = whyNotInEndpoints(pod, true);
    if (why === 'terminal' || why === 'no-ip') {
      seen.leftOut = why;
      continue;
    }
    const ip = podIPv4(pod);
    if (!ip) {
      seen.leftOut = 'no-ipv4';
      continue;
    }
    const node = state.nodes.find((n) => n.metadata.name === pod.spec.nodeName);
    // reconcileByAddressType: a pod whose Node is unknown is skipped unless publishNotReadyAddresses.
    if (!node && !publish) {
      seen.leftOut = 'node-unknown';
      continue;
    }
    const ports = endpointPorts(pod, svc, seen.portsNotFound);
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, endpoints: [] }));
    g.endpoints.push(podToEndpoint(pod, svc, node, ip));
  }
  const out: { ports: AdmittedEndpointSlicePort[]; endpoints: Endpoint[] }[] = [];
  for (const g of groups.values()) {
    for (let i = 0; i < g.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      out.push({ ports: g.ports, endpoints: g.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE) });
    }
  }
  if (out.length === 0) out.push({ ports: [], endpoints: [] });
  return { slices: out, decision };
}

export function reconcileEndpointSlices(state: ClusterState, rng: Rng): void {
  const select = podSelection(state);
  state.endpointDecisions.clear();
  // Slice names already used, per namespace: a linear scan per new name made 5,000 Services quadratic.
  const used = new Set(
    state.endpointSlices.map((s) => objectKey('EndpointSlice', s.metadata.namespace, s.metadata.name)),
  );
  for (const svc of state.services) {
    if (!isManagedService(svc)) continue;
    ensureUid(state, svc);
    const ns = svc.metadata.namespace;
    const name = svc.metadata.name;
    const names = rng.fork(`endpointslices:${ns}/${name}`);
    const taken = (n: string) => used.has(objectKey('EndpointSlice', ns, n));
    const when = changeTime(state, svc, select);
    const { slices, decision } = desiredSlices(state, svc, select);
    state.endpointDecisions.set(objectKey('Service', ns, name), decision);
    for (const d of slices) {
      const sliceName = generateName(`${name}-`, names, taken);
      const slice: AdmittedEndpointSlice = {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: {
          name: sliceName,
          generateName: `${name}-`,
          namespace: ns,
          labels: sliceLabels(svc),
          annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': when },
          ownerReferences: [controllerRef({ ...svc, apiVersion: 'v1', kind: 'Service' })],
          creationTimestamp: when,
          generation: 1,
        },
        addressType: 'IPv4',
        // ReconcileHints runs on the slices to create (trafficDistribution.ts).
        endpoints: withTrafficDistributionHints(svc.spec.trafficDistribution, d.endpoints),
        ports: d.ports,
      };
      ensureUid(state, slice);
      state.endpointSlices.push(slice);
      used.add(objectKey('EndpointSlice', ns, sliceName));
      recordOrigin(state, 'EndpointSlice', ns, sliceName, svc, 'endpointslice-controller');
    }
  }
}

/**
 * The last change of the Service or its pods (getEndpointsLastChangeTriggerTime): system Services
 * and CoreDNS pods are 10 days old; the scenario's objects are created at state.createdAt.
 */
export function changeTime(
  state: ClusterState,
  svc: AdmittedService,
  select: PodSelection = (s) => selectedPods(state, s),
): string {
  let best = svc.metadata.creationTimestamp ?? state.createdAt;
  let bestMs = Date.parse(best);
  for (const p of select(svc)) {
    const t = p.metadata.creationTimestamp;
    if (!t) continue;
    const ms = Date.parse(t);
    if (ms > bestMs) {
      best = t;
      bestMs = ms;
    }
  }
  return best;
}
