// The work both simulators are given in the peer comparison (bench/peers.bench.ts): the same
// Kubernetes objects, handed to our core as YAML text and to Webernetes as objects, so neither side
// gets a lighter scenario. The pods run agnhost netexec (an upstream e2e test image that both
// simulators know) on port 9376.

/** The peer has no Node objects (a node count instead); both sides get this many nodes. */
export function nodesFor(pods: number): number {
  return Math.max(3, Math.ceil(pods / 100));
}

export type Manifest = Record<string, unknown>;

const AGNHOST = 'registry.k8s.io/e2e-test-images/agnhost:2.40';

export function deployment(name: string, replicas: number): Manifest {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'netexec',
              image: AGNHOST,
              args: ['netexec', '--http-port=9376'],
              ports: [{ containerPort: 9376 }],
            },
          ],
        },
      },
    },
  };
}

export interface ServiceShape {
  type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  nodePort?: number;
  sessionAffinity?: 'ClientIP';
  externalTrafficPolicy?: 'Local';
  /** Pods selected (app label); the Service's own name when absent. */
  app?: string;
}

export function service(name: string, shape: ServiceShape = {}): Manifest {
  const spec: Record<string, unknown> = {};
  if (shape.type) spec.type = shape.type;
  if (shape.sessionAffinity) spec.sessionAffinity = shape.sessionAffinity;
  if (shape.externalTrafficPolicy) spec.externalTrafficPolicy = shape.externalTrafficPolicy;
  spec.selector = { app: shape.app ?? name };
  spec.ports = [{ port: 80, targetPort: 9376, ...(shape.nodePort ? { nodePort: shape.nodePort } : {}) }];
  return { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec };
}

export function ingress(name: string, host: string, backend: string): Manifest {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name },
    spec: {
      ingressClassName: 'nginx',
      rules: [
        {
          host,
          http: {
            paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: backend, port: { number: 80 } } } }],
          },
        },
      ],
    },
  };
}

/** A pod that only sends (the pod → Service rows). */
export const CLIENT_IMAGE = 'bench/client:1.0';
export function clientPod(): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'client', labels: { app: 'client' } },
    spec: { containers: [{ name: 'client', image: CLIENT_IMAGE }] },
  };
}

/** Cold start: a Deployment of 3 behind a NodePort Service on 30080. */
export function coldStartObjects(): Manifest[] {
  return [deployment('web', 3), service('web', { type: 'NodePort', nodePort: 30080 })];
}

/** `n` Services, each with its Deployment of 3. */
export function scaleObjects(n: number): Manifest[] {
  const out: Manifest[] = [];
  for (let i = 0; i < n; i++) out.push(deployment(`app-${i}`, 3), service(`app-${i}`));
  return out;
}

/** Routing: cold start's objects plus a client pod. */
export function routeObjects(): Manifest[] {
  return [...coldStartObjects(), clientPod()];
}

/** Behaviour: one Deployment of 3 behind four Services, an Ingress, and one pod behind an eTP Local Service. */
export function behaviourObjects(): Manifest[] {
  return [
    deployment('web', 3),
    service('web', { type: 'NodePort', nodePort: 30080 }),
    service('sticky', { type: 'NodePort', nodePort: 30081, sessionAffinity: 'ClientIP', app: 'web' }),
    service('lb', { type: 'LoadBalancer', nodePort: 30083, app: 'web' }),
    deployment('one', 1),
    service('local', { type: 'NodePort', nodePort: 30082, externalTrafficPolicy: 'Local', app: 'one' }),
    ingress('web', 'web.example.com', 'web'),
  ];
}

/** What each task prints (one JSON line) for bench/peers.bench.ts. */
export interface TaskResult {
  /** Milliseconds of wall time (from process start for `cold`). */
  wallMs: number;
  /** Milliseconds of CPU (user + system) of the process over the same span. */
  cpuMs: number;
  heapMB?: number;
  /** Scale: Services whose 3 endpoints are ready (of `n`). */
  ready?: number;
  /** Routing: requests per CPU-second, external → NodePort and pod → Service by DNS name. */
  nodePortPerCpuSec?: number;
  dnsPerCpuSec?: number;
  answered?: number;
  behaviour?: Record<string, string>;
  error?: string;
}
