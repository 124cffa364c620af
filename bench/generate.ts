// Generators of the benchmark's large scenarios. Scenario loads are measured on real YAML text (the
// same path a pasted manifest takes); the routing clusters are built as objects because 10,000
// Services of 10 endpoints (100,000 pods) are far past SCENARIO_LIMITS, so no YAML could carry them.
import type {
  ClusterState,
  EndpointSlice,
  AdmittedIngress,
  AdmittedPod,
  AdmittedService,
} from '../src/core/model/index.ts';

/** One app = a Service plus the Pods it selects (one Service per 4 Pods, like a small Deployment). */
function appYaml(i: number, pods: number): string {
  const out = [
    `apiVersion: v1
kind: Service
metadata:
  name: app-${i}
  labels:
    app.kubernetes.io/name: app-${i}
spec:
  selector:
    app.kubernetes.io/name: app-${i}
  ports:
    - name: http
      protocol: TCP
      port: 80
      targetPort: 9376
`,
  ];
  for (let k = 0; k < pods; k++) out.push(podYaml(`app-${i}-${k}`, `app-${i}`));
  return out.join('---\n');
}

function podYaml(name: string, app: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${app}
spec:
  containers:
    - name: serve-hostname
      image: registry.k8s.io/serve_hostname
      ports:
        - containerPort: 9376
          protocol: TCP
`;
}

/** `objects` documents: groups of 1 Service + 4 Pods (the last group is cut to fit). */
export function scenarioYaml(objects: number): string {
  const docs: string[] = [];
  let left = objects;
  for (let i = 0; left > 0; i++) {
    const pods = Math.min(4, left - 1);
    docs.push(appYaml(i, pods));
    left -= 1 + pods;
  }
  return docs.join('---\n');
}

/** `pods` Pod documents, 50 per app label (SCENARIO_LIMITS.maxDocuments leaves no room for Services). */
export function podsYaml(pods: number): string {
  const docs: string[] = [];
  for (let i = 0; i < pods; i++) docs.push(podYaml(`web-${i}`, `web-${Math.floor(i / 50)}`));
  return docs.join('---\n');
}

/** `services` Service documents, each selecting its own app (issue 19 item 15: 5,000 of them were quadratic). */
export function servicesYaml(services: number): string {
  const docs: string[] = [];
  for (let i = 0; i < services; i++)
    docs.push(
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  selector:\n    app: app-${i}\n  ports:\n    - port: 80\n      targetPort: 9376\n`,
    );
  return docs.join('---\n');
}

/** A manifest of about `bytes` characters (apps of 1 Service + 4 Pods), for share-link length. */
export function manifestOfSize(bytes: number): string {
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += (text ? '---\n' : '') + appYaml(i, 4);
  return text;
}

export interface RoutingCluster {
  /** ClusterIP:port of the plain ClusterIP Services (no affinity). */
  clusterIPs: string[];
  /** nodePort of the Services that have one (the node-port range holds 2,768). */
  nodePorts: number[];
  /** Ingress host + path per routed Service. */
  ingressRoutes: { host: string; path: string }[];
}

const NODE_PORT_BASE = 30_000;
const NODE_PORT_COUNT = 2_768;

/**
 * Add `services` Services of `endpoints` ready endpoints each (their Pods and EndpointSlices, spread
 * over the nodes of `state`) and one Ingress per 10 Services (10 paths each) to a loaded scenario,
 * as the controllers would have left them. Odd Services are NodePort with sessionAffinity ClientIP
 * (while the node-port range lasts: 2,768); the others are plain ClusterIP. ClusterIPs come from 10.100.0.0/14, inside the default
 * service CIDR 10.96.0.0/12 and clear of what the allocator hands out from 10.96.0.0.
 */
export function addRoutingServices(state: ClusterState, services: number, endpoints: number): RoutingCluster {
  const nodes = state.nodes.map((n) => n.metadata.name);
  const out: RoutingCluster = { clusterIPs: [], nodePorts: [], ingressRoutes: [] };
  let podSeq = 0;
  let ingress: AdmittedIngress | undefined;
  for (let s = 0; s < services; s++) {
    const name = `bench-${s}`;
    const app = { 'app.kubernetes.io/name': name };
    const v = s + 1; // .0 of each /24 is skipped only for readability; 10.100.0.1 is the first
    const clusterIP = `10.${100 + (v >> 16)}.${(v >> 8) & 255}.${v & 255}`;
    const nodePort = s % 2 === 1 && s >> 1 < NODE_PORT_COUNT ? NODE_PORT_BASE + (s >> 1) : 0;
    const svc: AdmittedService = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: 'default', labels: { ...app } },
      spec: {
        type: nodePort ? 'NodePort' : 'ClusterIP',
        clusterIP,
        clusterIPs: [clusterIP],
        selector: { ...app },
        ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 9376, ...(nodePort ? { nodePort } : {}) }],
        ...(nodePort
          ? {
              sessionAffinity: 'ClientIP',
              sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } },
              externalTrafficPolicy: 'Cluster',
            }
          : { sessionAffinity: 'None' }),
        internalTrafficPolicy: 'Cluster',
      },
    };
    state.services.push(svc);
    if (nodePort) out.nodePorts.push(nodePort);
    else out.clusterIPs.push(`${clusterIP}:80`);
    const eps: NonNullable<EndpointSlice['endpoints']> = [];
    for (let k = 0; k < endpoints; k++) {
      const seq = podSeq++;
      const podName = `${name}-${k}`;
      const node = nodes[seq % nodes.length] ?? '';
      const ip = `10.${200 + (seq >> 16)}.${(seq >> 8) & 255}.${seq & 255}`; // 10.200.0.0/14, not a pod CIDR: never a node's bridge
      const pod: AdmittedPod = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: podName, namespace: 'default', labels: { ...app } },
        spec: {
          nodeName: node,
          containers: [
            {
              name: 'serve-hostname',
              image: 'registry.k8s.io/serve_hostname',
              ports: [{ containerPort: 9376, protocol: 'TCP' }],
            },
          ],
        },
        status: { phase: 'Running', podIP: ip, podIPs: [{ ip }], conditions: [{ type: 'Ready', status: 'True' }] },
      };
      state.pods.push(pod);
      eps.push({
        addresses: [ip],
        nodeName: node,
        conditions: { ready: true, serving: true, terminating: false },
        targetRef: { kind: 'Pod', namespace: 'default', name: podName },
      });
    }
    state.endpointSlices.push({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      addressType: 'IPv4',
      metadata: {
        name: `${name}-bench`,
        namespace: 'default',
        labels: {
          'kubernetes.io/service-name': name,
          'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        },
      },
      ports: [{ name: 'http', protocol: 'TCP', port: 9376 }],
      endpoints: eps,
    });
    if (s % 10 === 0) {
      ingress = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { name: `bench-${s / 10}`, namespace: 'default' },
        spec: { ingressClassName: 'nginx', rules: [{ host: `app-${s / 10}.example.com`, http: { paths: [] } }] },
      };
      state.ingresses.push(ingress);
    }
    const rule = ingress?.spec?.rules?.[0];
    rule?.http?.paths.push({
      path: `/svc-${s}`,
      pathType: 'Prefix',
      backend: { service: { name, port: { number: 80 } } },
    });
    if (rule?.host) out.ingressRoutes.push({ host: rule.host, path: `/svc-${s}` });
  }
  return out;
}

/**
 * `count` worker Nodes (node-1…, 192.168.1.11…, pod CIDR 10.244.N.0/24, as the simulator's defaults).
 * kubelet admits 110 pods a node (allocatable pods), so the three default Nodes run 330 with
 * CoreDNS's two: a 1,000-Pod manifest declares ten.
 */
export function nodesYaml(count: number): string {
  const docs: string[] = [];
  for (let i = 1; i <= count; i++) {
    docs.push(`apiVersion: v1
kind: Node
metadata:
  name: node-${i}
  labels:
    kubernetes.io/hostname: node-${i}
spec:
  podCIDR: 10.244.${i}.0/24
status:
  addresses:
    - type: InternalIP
      address: 192.168.1.${10 + i}
`);
  }
  return docs.join('---\n');
}

/** `apps` Deployments of `replicas` Pods, each behind a Service (the classroom's "big" manifest). */
export function deploymentsYaml(apps: number, replicas: number): string {
  const docs: string[] = [];
  for (let i = 0; i < apps; i++) {
    docs.push(
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      containers:
        - name: serve-hostname
          image: registry.k8s.io/serve_hostname
          ports:
            - containerPort: 9376
`,
      `apiVersion: v1
kind: Service
metadata:
  name: app-${i}
spec:
  selector:
    app: app-${i}
  ports:
    - port: 80
      targetPort: 9376
`,
    );
  }
  return docs.join('---\n');
}
