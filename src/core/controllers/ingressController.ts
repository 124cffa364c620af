// The built-in ingress controller: when the scenario holds an Ingress, the playground installs what
// ingress-nginx's cloud manifest creates (kubernetes/ingress-nginx deploy/static/provider/cloud/
// deploy.yaml): namespace ingress-nginx, ServiceAccounts ingress-nginx and ingress-nginx-admission,
// Deployment ingress-nginx-controller (ports http 80,
// https 443, webhook 8443), Service ingress-nginx-controller (type LoadBalancer,
// externalTrafficPolicy Local, http 80→http, https 443→https) and IngressClass nginx
// (controller k8s.io/ingress-nginx) unless the user declared one. Ingresses of that class (or with
// no class) then report the controller Service's LoadBalancer IP in status.loadBalancer.ingress,
// as the controller's status updater does (--publish-service).
import type { ClusterState } from '../model/clusterState.ts';
import type { Deployment, K8sObject } from '../model/objects.ts';
import type { AdmittedIngressClass, AdmittedService } from '../model/admitted.ts';
import type { Allocators } from '../api/allocators.ts';
import type { Rng } from '../random/rng.ts';
import { findObject, storeObject } from '../api/store.ts';
import { ensureUid, mut, recordOrigin, type KObject } from './meta.ts';
import { namespaceObject } from './systemObjects.ts';
import { serviceAccountObject } from './serviceAccounts.ts';
import { nextClusterIP, nextNodePort } from './serviceAddresses.ts';
import { ingressClassOf, loadBalancerIP } from './loadBalancers.ts';

export const INGRESS_NAMESPACE = 'ingress-nginx';
export const INGRESS_CONTROLLER_NAME = 'ingress-nginx-controller';
export const INGRESS_CLASS_CONTROLLER = 'k8s.io/ingress-nginx';
export const INGRESS_NGINX_VERSION = '1.13.3';

const SELECTOR = {
  'app.kubernetes.io/component': 'controller',
  'app.kubernetes.io/instance': 'ingress-nginx',
  'app.kubernetes.io/name': 'ingress-nginx',
};
const LABELS = {
  ...SELECTOR,
  'app.kubernetes.io/part-of': 'ingress-nginx',
  'app.kubernetes.io/version': INGRESS_NGINX_VERSION,
};

function controllerDeployment(): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: INGRESS_CONTROLLER_NAME, namespace: INGRESS_NAMESPACE, labels: { ...LABELS }, generation: 1 },
    spec: {
      replicas: 1,
      minReadySeconds: 0,
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      selector: { matchLabels: { ...SELECTOR } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
      template: {
        metadata: { labels: { ...LABELS } },
        spec: {
          serviceAccountName: 'ingress-nginx',
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          terminationGracePeriodSeconds: 300,
          dnsPolicy: 'ClusterFirst',
          containers: [
            {
              name: 'controller',
              image: `registry.k8s.io/ingress-nginx/controller:v${INGRESS_NGINX_VERSION}`,
              imagePullPolicy: 'IfNotPresent',
              args: [
                '/nginx-ingress-controller',
                `--publish-service=$(POD_NAMESPACE)/${INGRESS_CONTROLLER_NAME}`,
                '--election-id=ingress-nginx-leader',
                `--controller-class=${INGRESS_CLASS_CONTROLLER}`,
                '--ingress-class=nginx',
                `--configmap=$(POD_NAMESPACE)/${INGRESS_CONTROLLER_NAME}`,
                '--validating-webhook=:8443',
                '--validating-webhook-certificate=/usr/local/certificates/cert',
                '--validating-webhook-key=/usr/local/certificates/key',
              ],
              ports: [
                { name: 'http', containerPort: 80, protocol: 'TCP' },
                { name: 'https', containerPort: 443, protocol: 'TCP' },
                { name: 'webhook', containerPort: 8443, protocol: 'TCP' },
              ],
              resources: { requests: { cpu: '100m', memory: '90Mi' } },
              readinessProbe: {
                httpGet: { path: '/healthz', port: 10254, scheme: 'HTTP' },
                initialDelaySeconds: 10,
                periodSeconds: 10,
                timeoutSeconds: 1,
                successThreshold: 1,
                failureThreshold: 3,
              },
            },
          ],
        },
      },
    },
  };
}

function controllerService(clusterIP: string | null, ports: (number | null)[]): AdmittedService {
  const [http, https, health] = ports;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: INGRESS_CONTROLLER_NAME, namespace: INGRESS_NAMESPACE, labels: { ...LABELS } },
    spec: {
      type: 'LoadBalancer',
      ...(clusterIP ? { clusterIP, clusterIPs: [clusterIP] } : {}),
      externalTrafficPolicy: 'Local',
      ...(health ? { healthCheckNodePort: health } : {}),
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      allocateLoadBalancerNodePorts: true,
      sessionAffinity: 'None',
      ports: [
        {
          name: 'http',
          appProtocol: 'http',
          port: 80,
          protocol: 'TCP',
          targetPort: 'http',
          ...(http ? { nodePort: http } : {}),
        },
        {
          name: 'https',
          appProtocol: 'https',
          port: 443,
          protocol: 'TCP',
          targetPort: 'https',
          ...(https ? { nodePort: https } : {}),
        },
      ],
      selector: { ...SELECTOR },
    },
    status: { loadBalancer: {} },
  };
}

/** Installs the controller's objects when at least one Ingress exists. Returns whether it did. */
export function installIngressController(state: ClusterState, allocators: Allocators | undefined, rng: Rng): boolean {
  if (state.ingresses.length === 0) return false;
  const add = (obj: KObject) => {
    const meta = mut((mut(obj).metadata ??= {}));
    meta.creationTimestamp ??= state.createdAt;
    ensureUid(state, obj);
    storeObject(state, obj as K8sObject);
    recordOrigin(state, String(obj.kind), meta.namespace, meta.name ?? '', null, 'system');
  };
  if (!state.namespaces.some((n) => n.metadata.name === INGRESS_NAMESPACE)) {
    add(
      namespaceObject(INGRESS_NAMESPACE, '', state.createdAt, {
        'app.kubernetes.io/instance': 'ingress-nginx',
        'app.kubernetes.io/name': 'ingress-nginx',
      }),
    );
  }
  if (!state.ingressClasses.some((c) => c.metadata.name === 'nginx')) {
    const cls: AdmittedIngressClass = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: 'nginx', labels: { ...LABELS } },
      spec: { controller: INGRESS_CLASS_CONTROLLER },
    };
    add(cls);
  }
  // The manifest's accounts: the controller's pods run as ingress-nginx, its admission Jobs as ingress-nginx-admission.
  for (const sa of ['ingress-nginx', 'ingress-nginx-admission'])
    if (!findObject(state, 'ServiceAccount', INGRESS_NAMESPACE, sa)) add(serviceAccountObject(INGRESS_NAMESPACE, sa));
  if (
    !state.deployments.some(
      (d) => d.metadata.namespace === INGRESS_NAMESPACE && d.metadata.name === INGRESS_CONTROLLER_NAME,
    )
  )
    add(controllerDeployment());
  if (
    !state.services.some(
      (s) => s.metadata.namespace === INGRESS_NAMESPACE && s.metadata.name === INGRESS_CONTROLLER_NAME,
    )
  ) {
    const ipRng = rng.fork('ingress-nginx:clusterIP');
    const portRng = rng.fork('ingress-nginx:nodePorts');
    const clusterIP = nextClusterIP(state, allocators, ipRng);
    const ports: (number | null)[] = [];
    for (let i = 0; i < 3; i++)
      ports.push(
        nextNodePort(
          state,
          allocators,
          portRng,
          ports.filter((p): p is number => p !== null),
        ),
      );
    add(controllerService(clusterIP, ports));
  }
  return true;
}

/** Ingresses the controller serves: class nginx (or any class whose controller is ingress-nginx), or no class. */
export function publishIngressStatus(state: ClusterState): void {
  const svc = state.services.find(
    (s) => s.metadata.namespace === INGRESS_NAMESPACE && s.metadata.name === INGRESS_CONTROLLER_NAME,
  );
  const ip = loadBalancerIP(svc);
  if (!ip) return;
  const ours = new Set(
    state.ingressClasses.filter((c) => c.spec?.controller === INGRESS_CLASS_CONTROLLER).map((c) => c.metadata.name),
  );
  for (const ing of state.ingresses) {
    const cls = ingressClassOf(ing);
    if (cls !== undefined && !ours.has(cls)) continue;
    ing.status = { loadBalancer: { ingress: [{ ip }] } };
  }
}
