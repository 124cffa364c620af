// Structured arbitrary Services, Pods, Deployments, Ingresses and Namespaces, built as objects and
// dumped with the yaml package: mostly plausible (so the controllers and the data path have real
// work), sometimes wrong in the ways users are wrong (bad ports, foreign namespaces, dangling
// selectors, duplicate nodePorts, IPs outside the range).
import fc from 'fast-check';
import { stringify } from 'yaml';

const names = fc.constantFrom(
  'web',
  'api',
  'db',
  'cache',
  'web-2',
  'a',
  'x'.repeat(63),
  'Bad_Name',
  'dns',
  'kubernetes',
);
const namespaces = fc.constantFrom('default', 'default', 'default', 'prod', 'kube-system', 'team-a');
const apps = fc.constantFrom('web', 'api', 'db', 'cache');
const labels = fc.dictionary(fc.constantFrom('app', 'tier', 'version'), apps, { maxKeys: 2 });
const portNumber = fc.oneof(
  { arbitrary: fc.constantFrom(80, 443, 8080, 53, 9376, 3306), weight: 6 },
  { arbitrary: fc.integer({ min: -5, max: 70_000 }), weight: 1 },
);
const targetPort = fc.oneof(portNumber, fc.constantFrom('http', 'web', 'metrics', 'Bad Name', '8080'));
const nodePort = fc.oneof(fc.integer({ min: 30_000, max: 30_010 }), fc.integer({ min: 29_990, max: 32_770 }));
const protocol = fc.constantFrom('TCP', 'TCP', 'TCP', 'UDP', 'SCTP', 'tcp');
const clusterIP = fc.constantFrom(
  '10.96.0.10',
  '10.96.100.100',
  '10.96.0.1',
  'None',
  '',
  '192.168.0.1',
  '10.111.222.33',
  'not-an-ip',
);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Drops undefined fields so the YAML has no `null`s the generator did not mean. */
function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const servicePort = fc.record(
  {
    name: optional(fc.constantFrom('http', 'https', 'dns', 'metrics', 'HTTP')),
    port: portNumber,
    targetPort: optional(targetPort),
    nodePort: optional(nodePort),
    protocol: optional(protocol),
    appProtocol: optional(fc.constantFrom('http', 'kubernetes.io/h2c')),
  },
  { requiredKeys: ['port'] },
);

export const serviceArb = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constant('Service'),
  metadata: fc.record(
    { name: names, namespace: optional(namespaces), labels: optional(labels) },
    { requiredKeys: ['name'] },
  ),
  spec: fc.record(
    {
      type: optional(fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'Headless')),
      selector: optional(labels),
      ports: optional(fc.array(servicePort, { maxLength: 3 })),
      clusterIP: optional(clusterIP),
      externalName: optional(fc.constantFrom('example.com', 'db.prod.svc.cluster.local', 'bad name')),
      externalTrafficPolicy: optional(fc.constantFrom('Cluster', 'Local', 'Sideways')),
      internalTrafficPolicy: optional(fc.constantFrom('Cluster', 'Local')),
      sessionAffinity: optional(fc.constantFrom('None', 'ClientIP')),
      sessionAffinityConfig: optional(
        fc.record({ clientIP: fc.record({ timeoutSeconds: fc.integer({ min: -1, max: 90_000 }) }) }),
      ),
      publishNotReadyAddresses: optional(fc.boolean()),
      externalIPs: optional(fc.array(fc.constantFrom('203.0.113.5', '10.96.0.5', 'x'), { maxLength: 2 })),
      ipFamilyPolicy: optional(fc.constantFrom('SingleStack', 'PreferDualStack', 'RequireDualStack')),
    },
    { requiredKeys: [] },
  ),
});

const container = fc.record({
  name: fc.constantFrom('app', 'web', 'sidecar'),
  image: fc.constantFrom('nginx', 'registry.k8s.io/serve_hostname', 'busybox'),
  ports: optional(
    fc.array(
      fc.record(
        {
          name: optional(fc.constantFrom('http', 'web', 'metrics')),
          containerPort: portNumber,
          protocol: optional(protocol),
        },
        { requiredKeys: ['containerPort'] },
      ),
      { maxLength: 2 },
    ),
  ),
  readinessProbe: optional(fc.record({ httpGet: fc.record({ path: fc.constant('/'), port: targetPort }) })),
});

const podSpec = fc.record({
  containers: fc.array(container, { minLength: 1, maxLength: 2 }),
  nodeName: optional(fc.constantFrom('node-1', 'node-2', 'node-9')),
  hostNetwork: optional(fc.boolean()),
});

export const podArb = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constant('Pod'),
  metadata: fc.record(
    { name: names, namespace: optional(namespaces), labels: optional(labels) },
    { requiredKeys: ['name'] },
  ),
  spec: podSpec,
});

export const deploymentArb = fc
  .tuple(names, optional(namespaces), apps, fc.integer({ min: -1, max: 8 }), podSpec, fc.boolean())
  .map(([name, namespace, app, replicas, spec, matching]) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, ...(namespace ? { namespace } : {}) },
    spec: {
      replicas,
      selector: { matchLabels: { app } },
      template: { metadata: { labels: { app: matching ? app : `${app}-other` } }, spec },
    },
  }));

export const ingressArb = fc.record({
  apiVersion: fc.constant('networking.k8s.io/v1'),
  kind: fc.constant('Ingress'),
  metadata: fc.record({ name: names, namespace: optional(namespaces) }, { requiredKeys: ['name'] }),
  spec: fc.record(
    {
      ingressClassName: optional(fc.constantFrom('nginx', 'missing')),
      defaultBackend: optional(
        fc.record({ service: fc.record({ name: names, port: fc.record({ number: portNumber }) }) }),
      ),
      rules: optional(
        fc.array(
          fc.record({
            host: optional(fc.constantFrom('example.com', '*.example.com', 'Bad..host', '10.0.0.1')),
            http: fc.record({
              paths: fc.array(
                fc.record({
                  path: fc.constantFrom('/', '/api', '/api/', 'no-slash', '/a/(b)'),
                  pathType: fc.constantFrom('Prefix', 'Exact', 'ImplementationSpecific', 'Regex'),
                  backend: fc.record({
                    service: fc.record({
                      name: names,
                      port: fc.oneof(
                        fc.record({ number: portNumber }),
                        fc.record({ name: fc.constantFrom('http', 'web') }),
                      ),
                    }),
                  }),
                }),
                { minLength: 1, maxLength: 2 },
              ),
            }),
          }),
          { maxLength: 2 },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
});

const namespaceArb = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constant('Namespace'),
  metadata: fc.record({ name: namespaces }),
});

const objectArb = fc.oneof(
  { arbitrary: serviceArb, weight: 4 },
  { arbitrary: podArb, weight: 3 },
  { arbitrary: deploymentArb, weight: 3 },
  { arbitrary: ingressArb, weight: 1 },
  { arbitrary: namespaceArb, weight: 1 },
);

/** A multi-document scenario of 1–8 arbitrary objects, as YAML text. */
export const structuredScenarioArb: fc.Arbitrary<string> = fc
  .array(objectArb, { minLength: 1, maxLength: 8 })
  .map((objs) => objs.map((o) => stringify(clean(o))).join('---\n'));
