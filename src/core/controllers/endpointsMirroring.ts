// The EndpointSlice mirroring controller (pkg/controller/endpointslicemirroring): a user-written
// Endpoints for a Service WITHOUT a selector is mirrored into EndpointSlices, so kube-proxy (which
// reads only slices) can route it. Skipped when the Endpoints carries
// endpointslice.kubernetes.io/skip-mirror=true or is the endpoint controller's own. Slices:
// generateName `<svc>-`, owner = the Endpoints, labels = Endpoints labels + service-name +
// managed-by=endpointslicemirroring-controller.k8s.io; addresses ready, notReadyAddresses not ready;
// one slice per subset (up to 1000 endpoints, maxEndpointsPerSubset).
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedEndpointSlice } from '../model/admitted.ts';
import type { Endpoint } from 'kubernetes-types/discovery/v1';
import type { Rng } from '../random/rng.ts';
import { generateName } from './names.ts';
import { controllerRef, ensureUid, recordOrigin } from './meta.ts';
import { serviceSelector } from './serviceSelection.ts';
import {
  mirrorSkips,
  LABEL_MANAGED_BY,
  LABEL_SERVICE_NAME,
  MIRRORING_CONTROLLER,
} from '../model/endpointSliceLabels.ts';

const MAX_PER_SUBSET = 1000;

export function mirrorEndpoints(state: ClusterState, rng: Rng): void {
  for (const ep of [...state.endpoints]) {
    const ns = ep.metadata.namespace;
    const name = ep.metadata.name;
    const labels = ep.metadata.labels ?? {};
    if (mirrorSkips(labels)) continue;
    const svc = state.services.find((s) => s.metadata.namespace === ns && s.metadata.name === name);
    if (!svc || serviceSelector(svc) !== null) continue;
    ensureUid(state, ep);
    const names = rng.fork(`mirror:${ns}/${name}`);
    const taken = (n: string) => state.endpointSlices.some((s) => s.metadata.namespace === ns && s.metadata.name === n);
    const subsets = Array.isArray(ep.subsets) ? ep.subsets : [];
    for (const subset of subsets) {
      const toEndpoint =
        (ready: boolean) =>
        (a: { ip: string; hostname?: string; nodeName?: string; targetRef?: Endpoint['targetRef'] }): Endpoint => ({
          addresses: [a.ip],
          conditions: { ready },
          ...(a.hostname ? { hostname: a.hostname } : {}),
          ...(a.nodeName ? { nodeName: a.nodeName } : {}),
          ...(a.targetRef ? { targetRef: a.targetRef } : {}),
        });
      const endpoints = [
        ...(subset?.addresses ?? []).filter((a) => a?.ip?.includes('.')).map(toEndpoint(true)),
        ...(subset?.notReadyAddresses ?? []).filter((a) => a?.ip?.includes('.')).map(toEndpoint(false)),
      ].slice(0, MAX_PER_SUBSET);
      if (endpoints.length === 0) continue;
      const sliceName = generateName(`${name}-`, names, taken);
      const sliceLabels: Record<string, string> = { ...labels };
      delete sliceLabels[LABEL_MANAGED_BY];
      sliceLabels[LABEL_SERVICE_NAME] = name;
      sliceLabels[LABEL_MANAGED_BY] = MIRRORING_CONTROLLER;
      const slice: AdmittedEndpointSlice = {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: {
          name: sliceName,
          generateName: `${name}-`,
          namespace: ns,
          labels: sliceLabels,
          ownerReferences: [controllerRef({ ...ep, apiVersion: 'v1', kind: 'Endpoints' })],
          creationTimestamp: ep.metadata.creationTimestamp ?? state.createdAt,
          generation: 1,
        },
        addressType: 'IPv4',
        endpoints,
        ports: (subset?.ports ?? []).map((p) => ({
          name: p?.name ?? '',
          port: p?.port,
          protocol: p?.protocol,
          ...(p?.appProtocol ? { appProtocol: p.appProtocol } : {}),
        })),
      };
      ensureUid(state, slice);
      state.endpointSlices.push(slice);
      recordOrigin(state, 'EndpointSlice', ns, sliceName, ep, 'endpointslice-controller');
    }
  }
}
