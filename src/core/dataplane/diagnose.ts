// Turns "kube-proxy had no endpoint" into the user's mistake, pointing at the YAML field: the
// selector matches nothing (with the nearest almost-matching label), the pods live in another
// namespace, they are not Ready, or a named targetPort names no container port. It reads what the
// EndpointSlice controller decided about each selected pod (state.endpointDecisions) and never
// re-applies its rules; the selection hints only look for near misses when nothing was selected.

import type { AdmittedService, AdmittedPod } from '../model/admitted.ts';
import type { HopAt } from './types.ts';
import type { ClusterIndex } from './clusterIndex.ts';
import { servedPorts } from '../model/podPorts.ts';
import { objectKey } from '../model/objects.ts';
import type { PodLeftOut, SelectedPod } from '../model/endpointDecisions.ts';
import { matchesSet } from '../model/labels.ts';
import { podWaiting } from '../model/podWaiting.ts';
import type { Said } from './said.ts';
import { say } from './say.ts';
import { nearestLabel } from './selectorNearMiss.ts';

export interface Explanation {
  why: Said;
  at: HopAt;
}

const podRef = (p: AdmittedPod) => `${p.metadata.namespace}/${p.metadata.name}`;
const fmtLabels = (l: Record<string, string>) =>
  Object.entries(l)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');

/** What the explanation reads of the cluster: its state and the pods by `namespace/name`. */
export type ExplainIndex = Pick<ClusterIndex, 'state' | 'podByName'>;

export function explainNoEndpoints(index: ExplainIndex, svc: AdmittedService, portIndex: number): Explanation {
  const ns = svc.metadata.namespace;
  const name = svc.metadata.name;
  const at = (path: string): HopAt => ({ kind: 'Service', namespace: ns, name, path });
  const selector = svc.spec.selector;
  if (!selector || Object.keys(selector).length === 0) {
    return {
      why: say('explain.noSelector', { service: `${ns}/${name}` }),
      at: at('spec.selector'),
    };
  }
  const port = svc.spec.ports?.[portIndex];
  const noReadyEndpoint = (): Explanation => ({
    why: say('explain.noReadyEndpointForPort', { service: `${ns}/${name}`, port: String(port?.name || port?.port) }),
    at: at(`spec.ports[${portIndex}]`),
  });
  // What the EndpointSlice controller decided; none when it did not run (a state given as stored).
  const decision = index.state.endpointDecisions.get(objectKey('Service', ns, name));
  if (!decision) return noReadyEndpoint();
  const selected = decision.selected;
  if (selected.length === 0) {
    const pods = index.state.pods;
    const elsewhere = pods.filter((p) => p.metadata.namespace !== ns && matchesSet(selector, p.metadata.labels));
    if (elsewhere.length > 0) {
      const other = elsewhere[0]!.metadata.namespace;
      return {
        why: say('explain.namespaceMismatch', {
          selector: fmtLabels(selector),
          service: `${ns}/${name}`,
          namespace: other,
          pod: podRef(elsewhere[0]!),
        }),
        at: at('metadata.namespace'),
      };
    }
    const inNs = pods.filter((p) => p.metadata.namespace === ns);
    const near = nearestLabel(inNs, selector);
    const matched = { selector: fmtLabels(selector), service: `${ns}/${name}` };
    return {
      why: near
        ? say('explain.selectorMatchesNoneNearest', {
            ...matched,
            pod: near.pod,
            key: near.key,
            value: near.value,
            wantKey: near.wants.key,
            wantValue: near.wants.value,
          })
        : inNs.length === 0
          ? say('explain.selectorMatchesNoneEmpty', { ...matched, namespace: ns })
          : say('explain.selectorMatchesNone', matched),
      at: at('spec.selector'),
    };
  }
  // The EndpointSlice controller's decisions: a pod it listed and that is Ready could carry traffic.
  const ready = selected.filter((d) => !d.leftOut && d.serving);
  if (ready.length === 0) {
    const d = selected[0]!;
    return {
      why: say(selected.length === 1 ? 'explain.noneReadyOne' : 'explain.noneReadyOther', {
        count: selected.length,
        service: `${ns}/${name}`,
        pod: `${d.namespace}/${d.name}`,
        state: podState(d, index.podByName.get(`${d.namespace}/${d.name}`)),
      }),
      at: { kind: 'Pod', namespace: d.namespace, name: d.name, path: 'status.conditions' },
    };
  }
  if (port && ready.every((d) => d.portsNotFound.includes(portIndex))) {
    const proto = port.protocol;
    const declared = ready.flatMap((d) => {
      const pod = index.podByName.get(`${d.namespace}/${d.name}`);
      return (pod ? servedPorts(pod) : []).map((sp) => `${sp.name ? `${sp.name} ` : ''}${sp.port}/${sp.protocol}`);
    });
    const list = [...new Set(declared)].join(', ');
    const tp = { targetPort: String(port.targetPort), protocol: proto };
    return {
      why: list
        ? say('explain.targetPortNamesNone', { ...tp, declared: list })
        : say('explain.targetPortNamesNoneNoPorts', tp),
      at: at(`spec.ports[${portIndex}].targetPort`),
    };
  }
  return noReadyEndpoint();
}

/**
 * How a selected pod that carries no traffic looked to the EndpointSlice controller, and why kubelet
 * holds its container back when it does (its status, read by podWaiting), in kubelet's words.
 */
function podState(d: SelectedPod, pod: AdmittedPod | undefined): Said {
  const state = podLeftOut(d);
  const waiting = pod && podWaiting(pod);
  return waiting ? say('podState.waiting', { state, ...waiting }) : state;
}

function podLeftOut(d: SelectedPod): Said {
  if (d.terminating) return say('podState.terminating');
  const why: Record<PodLeftOut, Said['code']> = {
    terminal: 'podState.notReady',
    'no-ip': 'podState.noIP',
    'no-ipv4': 'podState.noIPv4',
    'node-unknown': 'podState.nodeUnknown',
  };
  return say(d.leftOut ? why[d.leftOut] : 'podState.notReady', { phase: d.phase });
}
