// The built-in Gateway API implementation, modelled on NGINX Gateway Fabric 2.x (nginx/nginx-gateway-fabric):
// when the scenario holds a Gateway API object, the playground installs what NGF's manifests
// create — namespace nginx-gateway, the ServiceAccount and control plane Deployment nginx-gateway and GatewayClass
// nginx (controllerName gateway.nginx.org/nginx-gateway-controller) unless the user declared one.
// For each Gateway of a class it serves, it provisions the data plane the way GEP-1762 (in-cluster
// Gateway deployments) describes: a Deployment and a LoadBalancer Service named
// `<gateway>-<class>` in the Gateway's namespace, labelled gateway.networking.k8s.io/gateway-name,
// one port per listener port. The cloud controller gives that Service an address, which becomes
// the Gateway's status.addresses. Status conditions are written from gatewayAttachment.ts.
import type { ClusterState } from '../model/clusterState.ts';
import type { Deployment, K8sObject } from '../model/objects.ts';
import type { AdmittedService } from '../model/admitted.ts';
import type { Allocators } from '../api/allocators.ts';
import type { Rng } from '../random/rng.ts';
import {
  GATEWAY_GROUP,
  type AdmittedGateway,
  type AdmittedGatewayClass,
  type Condition,
  type RouteParentStatus,
} from '../model/gatewayApi.ts';
import { findObject, storeObject } from '../api/store.ts';
import { ensureUid, mut, recordOrigin, type KObject } from './meta.ts';
import { namespaceObject } from './systemObjects.ts';
import { serviceAccountObject } from './serviceAccounts.ts';
import { nextClusterIP, nextNodePort } from './serviceAddresses.ts';
import { loadBalancerIP } from './loadBalancers.ts';
import { GATEWAY_CONTROLLER_NAME, gatewayDecisions, ourClasses, type Verdict } from './gatewayAttachment.ts';

export const GATEWAY_CLASS_NAME = 'nginx';
export const NGF_NAMESPACE = 'nginx-gateway';
export const NGF_VERSION = '2.2.1';
export const GATEWAY_NAME_LABEL = 'gateway.networking.k8s.io/gateway-name';

const NGF_LABELS = {
  'app.kubernetes.io/instance': 'nginx-gateway',
  'app.kubernetes.io/name': 'nginx-gateway',
};

/** The data plane's name for a Gateway (GEP-1762: `<gateway name>-<gateway class name>`). */
export function dataPlaneName(gw: AdmittedGateway): string {
  return `${gw.metadata.name}-${gw.spec.gatewayClassName}`;
}

function dataPlaneLabels(gw: AdmittedGateway): Record<string, string> {
  return { [GATEWAY_NAME_LABEL]: gw.metadata.name, 'app.kubernetes.io/name': dataPlaneName(gw) };
}

const listenerPorts = (gw: AdmittedGateway): number[] =>
  [...new Set(gw.spec.listeners.map((l) => l.port))].sort((a, b) => a - b);

function controlPlaneDeployment(): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'nginx-gateway', namespace: NGF_NAMESPACE, labels: { ...NGF_LABELS }, generation: 1 },
    spec: {
      replicas: 1,
      selector: { matchLabels: { ...NGF_LABELS } },
      template: {
        metadata: { labels: { ...NGF_LABELS } },
        spec: {
          serviceAccountName: 'nginx-gateway',
          containers: [
            {
              name: 'nginx-gateway',
              image: `ghcr.io/nginx/nginx-gateway-fabric:${NGF_VERSION}`,
              args: [
                'controller',
                `--gateway-ctlr-name=${GATEWAY_CONTROLLER_NAME}`,
                `--gatewayclass=${GATEWAY_CLASS_NAME}`,
              ],
              ports: [{ name: 'grpc', containerPort: 8443, protocol: 'TCP' }],
            },
          ],
        },
      },
    },
  };
}

function dataPlaneDeployment(gw: AdmittedGateway): Deployment {
  const labels = dataPlaneLabels(gw);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: dataPlaneName(gw), namespace: gw.metadata.namespace, labels: { ...labels }, generation: 1 },
    spec: {
      replicas: 1,
      selector: { matchLabels: { ...labels } },
      template: {
        metadata: { labels: { ...labels } },
        spec: {
          containers: [
            {
              name: 'nginx',
              image: `ghcr.io/nginx/nginx-gateway-fabric/nginx:${NGF_VERSION}`,
              ports: listenerPorts(gw).map((p) => ({ containerPort: p, protocol: 'TCP' })),
            },
          ],
        },
      },
    },
  };
}

function dataPlaneService(
  gw: AdmittedGateway,
  clusterIP: string | null,
  nodePorts: (number | null)[],
): AdmittedService {
  const labels = dataPlaneLabels(gw);
  const staticIP = gw.spec.addresses?.find((a) => a.type === 'IPAddress' && a.value)?.value;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: dataPlaneName(gw), namespace: gw.metadata.namespace, labels: { ...labels } },
    spec: {
      type: 'LoadBalancer',
      ...(clusterIP ? { clusterIP, clusterIPs: [clusterIP] } : {}),
      ...(staticIP ? { loadBalancerIP: staticIP } : {}),
      externalTrafficPolicy: 'Local',
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      allocateLoadBalancerNodePorts: true,
      sessionAffinity: 'None',
      ports: listenerPorts(gw).map((port, i) => ({
        name: `port-${port}`,
        port,
        protocol: 'TCP',
        targetPort: port,
        ...(nodePorts[i] ? { nodePort: nodePorts[i]! } : {}),
      })),
      selector: { ...labels },
    },
    status: { loadBalancer: {} },
  };
}

const hasGatewayApiObjects = (s: ClusterState) =>
  s.gateways.length + s.httpRoutes.length + s.gatewayClasses.length + s.referenceGrants.length > 0;

/** Installs NGF's objects and each served Gateway's data plane. Returns whether it did. */
export function installGatewayController(state: ClusterState, allocators: Allocators | undefined, rng: Rng): boolean {
  if (!hasGatewayApiObjects(state)) return false;
  const add = (obj: KObject, owner: KObject | null) => {
    const meta = mut((mut(obj).metadata ??= {}));
    meta.creationTimestamp ??= state.createdAt;
    ensureUid(state, obj);
    storeObject(state, obj as K8sObject);
    recordOrigin(
      state,
      String(obj.kind),
      meta.namespace,
      meta.name ?? '',
      owner,
      owner ? 'gateway-controller' : 'system',
    );
  };
  if (!state.namespaces.some((n) => n.metadata.name === NGF_NAMESPACE))
    add(namespaceObject(NGF_NAMESPACE, '', state.createdAt, { ...NGF_LABELS }), null);
  if (!state.gatewayClasses.some((c) => c.metadata.name === GATEWAY_CLASS_NAME)) {
    const cls: AdmittedGatewayClass = {
      apiVersion: `${GATEWAY_GROUP}/v1`,
      kind: 'GatewayClass',
      metadata: { name: GATEWAY_CLASS_NAME, labels: { ...NGF_LABELS }, generation: 1 },
      spec: { controllerName: GATEWAY_CONTROLLER_NAME },
    };
    add(cls, null);
  }
  if (!findObject(state, 'ServiceAccount', NGF_NAMESPACE, 'nginx-gateway'))
    add(serviceAccountObject(NGF_NAMESPACE, 'nginx-gateway'), null);
  if (!state.deployments.some((d) => d.metadata.namespace === NGF_NAMESPACE && d.metadata.name === 'nginx-gateway'))
    add(controlPlaneDeployment(), null);
  const classes = ourClasses(state);
  for (const gw of state.gateways) {
    if (!classes.has(gw.spec.gatewayClassName)) continue;
    const ns = gw.metadata.namespace;
    const name = dataPlaneName(gw);
    if (!state.deployments.some((d) => d.metadata.namespace === ns && d.metadata.name === name))
      add(dataPlaneDeployment(gw), gw);
    if (!state.services.some((s) => s.metadata.namespace === ns && s.metadata.name === name)) {
      const ipRng = rng.fork(`${ns}/${name}:clusterIP`);
      const portRng = rng.fork(`${ns}/${name}:nodePorts`);
      const clusterIP = nextClusterIP(state, allocators, ipRng);
      const nodePorts: (number | null)[] = [];
      for (let i = 0; i < listenerPorts(gw).length + 1; i++)
        nodePorts.push(
          nextNodePort(
            state,
            allocators,
            portRng,
            nodePorts.filter((p): p is number => p !== null),
          ),
        );
      const svc = dataPlaneService(gw, clusterIP, nodePorts);
      const health = nodePorts[nodePorts.length - 1];
      if (health) mut(svc.spec).healthCheckNodePort = health;
      add(svc, gw);
    }
  }
  return true;
}

/** The data plane Service of a Gateway (undefined before installGatewayController or for another class). */
export function gatewayService(state: ClusterState, gw: AdmittedGateway): AdmittedService | undefined {
  const name = dataPlaneName(gw);
  return state.services.find((s) => s.metadata.namespace === gw.metadata.namespace && s.metadata.name === name);
}

/** Writes the status a conformant controller sets: GatewayClass, Gateway (addresses, conditions, listeners) and HTTPRoute parents. */
export function publishGatewayStatus(state: ClusterState): void {
  if (!hasGatewayApiObjects(state)) return;
  const at = state.createdAt;
  const cond = (type: string, verdict: Verdict, generation: number | undefined): Condition => ({
    type,
    status: verdict.status,
    reason: verdict.reason,
    message: verdict.message,
    lastTransitionTime: at,
    ...(generation !== undefined ? { observedGeneration: generation } : {}),
  });
  for (const c of state.gatewayClasses) {
    if (c.spec.controllerName !== GATEWAY_CONTROLLER_NAME) continue;
    const g = c.metadata.generation ?? 1;
    c.status = {
      conditions: [
        cond('Accepted', { status: 'True', reason: 'Accepted', message: 'The GatewayClass is accepted' }, g),
        cond(
          'SupportedVersion',
          { status: 'True', reason: 'SupportedVersion', message: 'The Gateway API CRD versions are supported' },
          g,
        ),
      ],
    };
  }
  const decisions = gatewayDecisions(state);
  for (const gd of decisions.gateways) {
    const gw = gd.gateway;
    const g = gw.metadata.generation ?? 1;
    const ip = loadBalancerIP(gatewayService(state, gw));
    const attached = (li: number) =>
      decisions.routes.filter((r) => r.parents.some((p) => p.gateway === gw && p.listeners.some((l) => l.index === li)))
        .length;
    // No valid listener: NGF's NewGatewayNotAcceptedListenersNotValid also sets Programmed False, Invalid.
    const programmed: Verdict =
      gd.accepted.status === 'False'
        ? { status: 'False', reason: 'Invalid', message: gd.accepted.message }
        : ip
          ? { status: 'True', reason: 'Programmed', message: 'The Gateway is programmed' }
          : {
              status: 'False',
              reason: 'AddressNotAssigned',
              message: 'No address has been assigned to the Gateway yet',
            };
    gw.status = {
      ...(ip ? { addresses: [{ type: 'IPAddress', value: ip }] } : {}),
      conditions: [cond('Accepted', gd.accepted, g), cond('Programmed', programmed, g)],
      listeners: gd.listeners.map((l) => {
        // A conflicted listener is not Programmed, with the conflict's reason (NGF
        // NewListenerNotProgrammedProtocolConflict; conformance listenerset-protocol-conflict).
        const lp: Verdict =
          l.conflicted.status === 'True'
            ? { status: 'False', reason: l.conflicted.reason, message: l.conflicted.message }
            : l.valid && ip !== undefined
              ? { status: 'True', reason: 'Programmed', message: 'The Listener is programmed' }
              : { status: 'False', reason: 'Invalid', message: 'The Listener is not programmed' };
        return {
          name: l.listener.name,
          supportedKinds: l.supportedKinds.map((k) => ({ ...k })),
          attachedRoutes: attached(l.index),
          conditions: [
            cond('Accepted', l.accepted, g),
            cond('Programmed', lp, g),
            cond('ResolvedRefs', l.resolvedRefs, g),
            cond('Conflicted', l.conflicted, g),
          ],
        };
      }),
    };
  }
  for (const rd of decisions.routes) {
    const g = rd.route.metadata.generation ?? 1;
    const parents: RouteParentStatus[] = rd.parents.map((p) => ({
      parentRef: { ...p.parentRef },
      controllerName: GATEWAY_CONTROLLER_NAME,
      conditions: [cond('Accepted', p.accepted, g), cond('ResolvedRefs', rd.resolvedRefs, g)],
    }));
    rd.route.status = { parents };
  }
}
