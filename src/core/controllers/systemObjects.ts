// The objects a fresh kubeadm cluster already holds before anything is applied.
// Sources: kube-apiserver's kubernetesservice controller (pkg/controlplane/controller/
// kubernetesservice/controller.go: labels provider/component, no selector, index 1 of the service
// range) and its endpoint reconciler (pkg/controlplane/reconcilers/endpointsadapter.go: the
// `kubernetes` Endpoints/EndpointSlice, named after the Service, Ready=true, skip-mirror label);
// kubeadm's CoreDNS addon (cmd/kubeadm/app/phases/addons/dns/manifests.go: kube-dns Service at
// index 10, ports dns/dns-tcp/metrics, the coredns Deployment with 2 replicas).
import type { Deployment, Namespace } from '../model/objects.ts';
import type {
  AdmittedService,
  AdmittedEndpointSlice,
  AdmittedEndpoints,
  AdmittedNamespace,
} from '../model/admitted.ts';
import type { Cidr } from '../net/ipv4.ts';
import { indexedIP } from '../net/ipv4.ts';
import { setNamespaceDefaults } from '../api/coreKinds/clusterKinds.ts';
import { LABEL_SKIP_MIRROR } from '../model/endpointSliceLabels.ts';

/** The control plane node's address; the API server listens on 6443 (kubeadm's default). */
export const CONTROL_PLANE_IP = '192.168.1.10';
/** The control plane machine's hostname (kubeadm names its node after it; not a Node here). */
export const CONTROL_PLANE_HOSTNAME = 'control-plane';
export const APISERVER_PORT = 6443;
export const COREDNS_IMAGE = 'registry.k8s.io/coredns/coredns:v1.12.1';
export const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'] as const;

export function namespaceObject(
  name: string,
  uid: string,
  creationTimestamp: string,
  labels: Record<string, string> = {},
): AdmittedNamespace {
  const ns: Namespace = {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, ...(uid ? { uid } : {}), creationTimestamp, labels: { ...labels } },
  };
  // The namespace strategy's finalizer and phase, and the kubernetes.io/metadata.name label.
  setNamespaceDefaults(ns);
  return ns as AdmittedNamespace;
}

/** The address at `index` of the service range, kept inside the range for tiny CIDRs. */
export function serviceRangeIP(cidr: Cidr, index: number): string {
  return indexedIP(cidr, Math.min(index, Math.max(1, cidr.size - 2)));
}

export function kubernetesService(clusterIP: string): AdmittedService {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: {
      clusterIP,
      clusterIPs: [clusterIP],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: APISERVER_PORT }],
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  };
}

export function kubernetesEndpoints(): AdmittedEndpoints {
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: {
      name: 'kubernetes',
      namespace: 'default',
      labels: { [LABEL_SKIP_MIRROR]: 'true' },
    },
    subsets: [
      { addresses: [{ ip: CONTROL_PLANE_IP }], ports: [{ name: 'https', port: APISERVER_PORT, protocol: 'TCP' }] },
    ],
  };
}

export function kubernetesEndpointSlice(): AdmittedEndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: [CONTROL_PLANE_IP], conditions: { ready: true } }],
    ports: [{ name: 'https', port: APISERVER_PORT, protocol: 'TCP' }],
  };
}

const KUBE_DNS_LABELS = {
  'k8s-app': 'kube-dns',
  'kubernetes.io/cluster-service': 'true',
  'kubernetes.io/name': 'CoreDNS',
};

export function kubeDnsService(clusterIP: string): AdmittedService {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kube-dns',
      namespace: 'kube-system',
      labels: { ...KUBE_DNS_LABELS },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
    },
    spec: {
      clusterIP,
      clusterIPs: [clusterIP],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
      selector: { 'k8s-app': 'kube-dns' },
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  };
}

export function corednsDeployment(): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, generation: 1 },
    spec: {
      replicas: 2,
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
      template: {
        metadata: { labels: { 'k8s-app': 'kube-dns' } },
        spec: {
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'coredns',
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          tolerations: [
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
          ],
          dnsPolicy: 'Default',
          containers: [
            {
              name: 'coredns',
              image: COREDNS_IMAGE,
              imagePullPolicy: 'IfNotPresent',
              args: ['-conf', '/etc/coredns/Corefile'],
              resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
              ports: [
                { name: 'dns', containerPort: 53, protocol: 'UDP' },
                { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
              ],
              readinessProbe: {
                httpGet: { path: '/ready', port: 8181, scheme: 'HTTP' },
                periodSeconds: 10,
                timeoutSeconds: 1,
                successThreshold: 1,
                failureThreshold: 3,
              },
              livenessProbe: {
                httpGet: { path: '/health', port: 8080, scheme: 'HTTP' },
                initialDelaySeconds: 60,
                periodSeconds: 10,
                timeoutSeconds: 5,
                successThreshold: 1,
                failureThreshold: 5,
              },
            },
          ],
        },
      },
    },
  };
}
