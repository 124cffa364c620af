// What is wrong with a Service's wiring, as codes and parameters the UI words in its language (the
// diagram marks the card and the edge). Nothing is decided here: each finding reads the decision
// its owner made — the EndpointSlice controller's (which pods were selected, which Service port a
// pod does not serve: state.endpointDecisions), the pod's answer on the endpoint port the slice
// lists (podAnswer.ts, the same function a packet meets), and the selector's near miss
// (selectorNearMiss.ts, the same one the packet explanation names).
import type { AdmittedEndpointSlice, AdmittedPod, AdmittedService } from '../model/admitted.ts';
import type { ClusterState } from '../model/clusterState.ts';
import { objectKey } from '../model/objects.ts';
import { servedPorts } from '../model/podPorts.ts';
import { LABEL_SERVICE_NAME } from '../model/endpointSliceLabels.ts';
import { podAnswers } from './podAnswer.ts';
import { nearestLabel, type NearMiss } from './selectorNearMiss.ts';
import { explainNoEndpoints } from './diagnose.ts';
import type { Said } from './said.ts';

export type ServiceFinding =
  /** The selector selects no pod; a pod of the namespace carries a label one slip away. */
  | ({ code: 'selector-near-miss' } & NearMiss)
  /** A pod the Service sends to does not listen on the endpoint port (a numeric targetPort nobody declares). */
  | {
      code: 'target-port-closed';
      portIndex: number;
      port: number;
      targetPort: number | string;
      endpointPort: number;
      protocol: string;
      /** `namespace/name` of the pod. */
      pod: string;
      /** The ports its containers declare, `9376/TCP`. */
      declared: string[];
    }
  /** A named targetPort names no container port of a selected pod, so its slice lists no port for it. */
  | {
      code: 'target-port-not-found';
      portIndex: number;
      port: number;
      targetPort: number | string;
      protocol: string;
      pod: string;
      declared: string[];
    };

/**
 * The pods by `namespace/name`, and the EndpointSlices by the Service their
 * kubernetes.io/service-name label names (discovery/v1; `objectKey`, in store order), built once for
 * every Service of a state. Built per Service, the diagram's view of 100 Services and 1,000 Pods
 * walked the pods and slices 100 times, and 5,000 Services made it quadratic.
 */
export interface ServiceIndex {
  podByName: Map<string, AdmittedPod>;
  slicesByService: Map<string, AdmittedEndpointSlice[]>;
}

export function serviceIndex(state: ClusterState): ServiceIndex {
  const podByName = new Map<string, AdmittedPod>();
  for (const p of state.pods) podByName.set(`${p.metadata.namespace}/${p.metadata.name}`, p);
  const slicesByService = new Map<string, AdmittedEndpointSlice[]>();
  for (const slice of state.endpointSlices) {
    const svc = slice.metadata.labels?.[LABEL_SERVICE_NAME];
    if (svc === undefined) continue;
    const key = objectKey('Service', slice.metadata.namespace, svc);
    const list = slicesByService.get(key);
    if (list) list.push(slice);
    else slicesByService.set(key, [slice]);
  }
  return { podByName, slicesByService };
}

const declaredOf = (pod: AdmittedPod | undefined): string[] =>
  pod ? servedPorts(pod).map((p) => `${p.port}/${p.protocol}`) : [];

export function serviceFindings(
  state: ClusterState,
  svc: AdmittedService,
  index: ServiceIndex = serviceIndex(state),
): ServiceFinding[] {
  const ns = svc.metadata.namespace;
  const name = svc.metadata.name;
  const ports = svc.spec.ports ?? [];
  const decision = state.endpointDecisions.get(objectKey('Service', ns, name));
  if (!decision) return [];
  const pods = index.podByName;
  const out: ServiceFinding[] = [];
  const selector = svc.spec.selector;
  if (decision.selected.length === 0 && selector && Object.keys(selector).length > 0) {
    const near = nearestLabel(
      state.pods.filter((p) => p.metadata.namespace === ns),
      selector,
    );
    if (near) out.push({ code: 'selector-near-miss', ...near });
  }
  for (const d of decision.selected) {
    if (d.leftOut) continue;
    const key = `${d.namespace}/${d.name}`;
    for (const i of d.portsNotFound) {
      const p = ports[i];
      if (!p) continue;
      out.push({
        code: 'target-port-not-found',
        portIndex: i,
        port: p.port,
        targetPort: p.targetPort,
        protocol: p.protocol,
        pod: key,
        declared: declaredOf(pods.get(key)),
      });
    }
  }
  // The endpoint ports the slices list, asked of each listed pod as a connection would ask it.
  for (const slice of index.slicesByService.get(objectKey('Service', ns, name)) ?? []) {
    for (const sp of slice.ports ?? []) {
      const i = ports.findIndex((p) => (p.name ?? '') === (sp.name ?? ''));
      const p = ports[i];
      if (!p || sp.port === undefined) continue;
      for (const ep of slice.endpoints ?? []) {
        if (ep.targetRef?.kind !== 'Pod' || !ep.targetRef.name) continue;
        const key = `${ns}/${ep.targetRef.name}`;
        const pod = pods.get(key);
        if (!pod) continue;
        const answer = podAnswers(pod, sp.port, sp.protocol ?? p.protocol);
        if (answer.ok || answer.why.code !== 'pod.notListening') continue;
        out.push({
          code: 'target-port-closed',
          portIndex: i,
          port: p.port,
          targetPort: p.targetPort,
          endpointPort: sp.port,
          protocol: sp.protocol ?? p.protocol,
          pod: key,
          declared: declaredOf(pod),
        });
      }
    }
  }
  return out;
}

/**
 * Why a Service with a selector has no endpoint in its slices — the words a refused packet's
 * explanation gives (diagnose.ts), for the diagram's "selects no pods" badge — or undefined when a
 * slice lists one (or the Service has no selector: nothing is expected to select).
 */
export function whyNoEndpoints(
  state: ClusterState,
  svc: AdmittedService,
  index: ServiceIndex = serviceIndex(state),
): Said | undefined {
  const selector = svc.spec.selector;
  if (!selector || Object.keys(selector).length === 0) return undefined;
  const slices = index.slicesByService.get(objectKey('Service', svc.metadata.namespace, svc.metadata.name)) ?? [];
  if (slices.some((s) => (s.endpoints ?? []).length > 0)) return undefined;
  return explainNoEndpoints({ state, podByName: index.podByName }, svc, 0).why;
}
