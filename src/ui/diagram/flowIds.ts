// Stable ids for diagram elements. Both the mapper (toFlowElements) and the packet router
// (traffic/hopsToPath) build ids through these helpers, so a hop and the box it lands on agree.

export const nsName = (namespace: string | undefined, name: string): string => `${namespace || 'default'}/${name}`;

export const clientId = (id: string): string => `client:${id}`;
export const lbId = (serviceKey: string): string => `lb:${serviceKey}`;
export const ingressId = (ingressKey: string): string => `ing:${ingressKey}`;
export const gatewayId = (gatewayKey: string): string => `gw:${gatewayKey}`;
export const serviceId = (serviceKey: string): string => `svc:${serviceKey}`;
export const nodeGroupId = (nodeName: string): string => `node:${nodeName}`;
export const kubeProxyId = (nodeName: string): string => `kp:${nodeName}`;
export const podId = (podKey: string): string => `pod:${podKey}`;

export const selectorEdgeId = (serviceKey: string, podKey: string): string => `sel:${serviceKey}>${podKey}`;
export const lbEdgeId = (serviceKey: string): string => `lbe:${serviceKey}`;
export const ingressEdgeId = (ingressKey: string, serviceKey: string): string => `inge:${ingressKey}>${serviceKey}`;
export const gatewayEdgeId = (gatewayKey: string, serviceKey: string): string => `gwe:${gatewayKey}>${serviceKey}`;
export const nearMissEdgeId = (serviceKey: string, podKey: string): string => `near:${serviceKey}>${podKey}`;
export const nodePortEdgeId = (serviceKey: string, nodeName: string): string => `npe:${serviceKey}>${nodeName}`;
export const clientEdgeId = (client: string, targetNodeId: string): string => `cle:${client}>${targetNodeId}`;

/** The box of the object a request enters first (the core's RequestResult.entry). */
export function flowIdOfEntry(entry: { kind: string; namespace?: string; name: string }): string {
  const key = nsName(entry.namespace, entry.name);
  switch (entry.kind) {
    case 'LoadBalancer':
      return lbId(key);
    case 'Service':
      return serviceId(key);
    case 'Ingress':
      return ingressId(key);
    case 'Node':
      return kubeProxyId(entry.name);
    default:
      return podId(key);
  }
}

/** The group that holds pods the scheduler has not placed (no spec.nodeName). */
export const UNSCHEDULED_NODE = '(unscheduled)';

export interface FlowRef {
  kind: string;
  namespace?: string;
  name: string;
}

const splitKey = (key: string): { namespace: string; name: string } => {
  const i = key.indexOf('/');
  return i < 0 ? { namespace: 'default', name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
};

/** The object a diagram box stands for (what a click selects), or null for decoration. */
export function refOfFlowId(id: string): FlowRef | null {
  const colon = id.indexOf(':');
  const prefix = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  switch (prefix) {
    case 'svc':
    case 'lb':
      return { kind: 'Service', ...splitKey(rest) };
    case 'pod':
      return { kind: 'Pod', ...splitKey(rest) };
    case 'ing':
      return { kind: 'Ingress', ...splitKey(rest) };
    case 'gw':
      return { kind: 'Gateway', ...splitKey(rest) };
    case 'node':
      return rest === UNSCHEDULED_NODE ? null : { kind: 'Node', name: rest };
    case 'kp':
      return { kind: 'Node', name: rest };
    case 'client':
      return { kind: 'Client', name: rest };
    default:
      return null;
  }
}

/** The boxes that stand for an object (a Service has its box and its cloud LB). */
export function flowIdsOfRef(ref: FlowRef): string[] {
  const key = nsName(ref.namespace, ref.name);
  switch (ref.kind) {
    case 'Service':
      return [serviceId(key), lbId(key)];
    case 'Pod':
      return [podId(key)];
    case 'Ingress':
      return [ingressId(key)];
    case 'Gateway':
      return [gatewayId(key)];
    case 'Node':
      return [nodeGroupId(ref.name), kubeProxyId(ref.name)];
    case 'Client':
      return [clientId(ref.name)];
    case 'KubeProxy':
      return [kubeProxyId(ref.name)];
    default:
      return [];
  }
}
