import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../core/scenario/index.ts';
import { parseStream } from '../core/yaml/index.ts';
import { stateFromStoredYaml } from '../core/api/index.ts';
import { loadScenario } from '../core/scenario/index.ts';
import { toClusterView } from './view.ts';

/** A Scenario whose state is exactly the stored objects of the fixture, each from its own document. */
function storedScenario(file: string): Scenario {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  const state = stateFromStoredYaml(text, { seed: 7 });
  state.namespaces = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' }, status: { phase: 'Active' } },
  ];
  return { stream: parseStream(text), state, applied: [], diagnostics: [] };
}

describe(toClusterView, () => {
  const view = toClusterView(storedScenario('./fixtures/stored-cluster.yaml'));

  it('projects nodes with their InternalIP, podCIDR and Ready condition', () => {
    expect(view.nodes).toEqual([
      {
        name: 'node-1',
        ip: '192.168.1.11',
        podCIDR: '10.244.1.0/24',
        ready: true,
        labels: { 'kubernetes.io/hostname': 'node-1' },
        source: { docIndex: 0, by: 'user', range: { line: 3, column: 1, endLine: 20, endColumn: 1 } },
      },
    ]);
  });

  it('projects pods: node, IP, readiness, terminating, ports, owner', () => {
    const [web, lonely] = view.pods;
    expect(web).toMatchObject({
      name: 'web-7d4b9c5f6-abcde',
      namespace: 'default',
      node: 'node-1',
      ip: '10.244.1.2',
      ready: true,
      terminating: false,
      ports: [{ name: '', containerPort: 9376, protocol: 'TCP' }],
      owner: { kind: 'ReplicaSet', name: 'web-7d4b9c5f6', namespace: 'default' },
      docIndex: 1,
    });
    expect(lonely).toMatchObject({
      name: 'lonely',
      ready: false,
      terminating: true,
      ports: [],
      owner: null,
      docIndex: 2,
    });
  });

  it('projects the Service with its endpoints from the EndpointSlice, nil conditions defaulted', () => {
    const svc = view.services[0]!;
    expect(svc).toMatchObject({
      name: 'my-service',
      type: 'NodePort',
      clusterIP: '10.96.120.7',
      selector: { 'app.kubernetes.io/name': 'MyApp' },
      ports: [{ name: 'http', port: 80, targetPort: 9376, nodePort: 30080, protocol: 'TCP' }],
      sessionAffinity: 'ClientIP',
      timeoutSeconds: 10800,
      externalTrafficPolicy: 'Cluster',
      internalTrafficPolicy: 'Cluster',
      docIndex: 3,
    });
    expect(svc.endpoints).toEqual([
      {
        ip: '10.244.1.2',
        port: 9376,
        portName: 'http',
        ready: true,
        serving: true,
        terminating: false,
        pod: 'web-7d4b9c5f6-abcde',
        node: 'node-1',
      },
      {
        ip: '10.244.1.3',
        port: 9376,
        portName: 'http',
        ready: false,
        serving: false,
        terminating: true,
        pod: 'lonely',
        node: 'node-1',
      },
    ]);
    expect(svc.source?.range?.line).toBe(69); // the `apiVersion: v1` line of the Service document
  });

  it('projects Ingress rules and its load-balancer address', () => {
    expect(view.ingresses[0]).toMatchObject({
      name: 'web',
      className: 'nginx',
      lbIPs: ['192.168.1.240'],
      rules: [{ host: 'web.example.com', paths: [{ path: '/', pathType: 'Prefix', service: 'my-service', port: 80 }] }],
    });
  });

  it('is plain data: survives structured cloning (JSON round trip) unchanged', () => {
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(view.settings).toEqual({
      serviceCIDR: '10.96.0.0/12',
      nodePortRange: '30000-32767',
      clusterDomain: 'cluster.local',
      clusterCIDR: '10.244.0.0/16',
      proxyMode: 'iptables',
      masqueradeAll: false,
      ipvsScheduler: 'rr',
    });
    expect(view.seed).toBe(7);
    expect(view.namespaces).toEqual(['default']);
  });
});

describe('a Service that lists no endpoint', () => {
  it("carries the core's explanation for the diagram to word (the one a refused packet gives)", () => {
    const failures = readFileSync(new URL('../core/dataplane/fixtures/failures.yaml', import.meta.url), 'utf8');
    const view = toClusterView(loadScenario(failures, { seed: 1 }));
    const svc = (name: string) => view.services.find((s) => s.name === name);
    expect(svc('wrongns')?.noEndpointsWhy?.code).toBe('explain.namespaceMismatch');
    expect(svc('typo')?.noEndpointsWhy?.code).toBe('explain.selectorMatchesNoneNearest');
    expect(svc('badtarget')).not.toHaveProperty('noEndpointsWhy');
  });

  it("names the container kubelet holds back in the Inspector's words (core/model podWaiting)", () => {
    const yaml = readFileSync(new URL('../core/dataplane/fixtures/waiting-pods.yaml', import.meta.url), 'utf8');
    const view = toClusterView(loadScenario(yaml, { seed: 1 }));
    // The pod cannot mount its Secret: no IP, so no slice lists it and the card says why.
    const why = view.services.find((s) => s.name === 'tls-proxy')?.noEndpointsWhy;
    const pod = view.pods.find((p) => p.name === 'tls-proxy');
    expect(pod?.waiting).toBe('ContainerCreating');
    expect(why?.params.state).toEqual({
      code: 'podState.waiting',
      params: { state: { code: 'podState.noIP', params: { phase: 'Pending' } }, container: 'proxy', why: pod?.waiting },
    });
    // The Deployment's pods have IPs and are listed not ready: the card has no badge, a packet says why.
    expect(view.services.find((s) => s.name === 'web')).not.toHaveProperty('noEndpointsWhy');
  });
});

describe('the cluster-owned mark (core/model clusterOwnedObject)', () => {
  it("marks a learner's objects in kube-system and the cluster's own, not the learner's in default", () => {
    const yaml = ['kube-system', 'default']
      .map(
        (ns) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: app, namespace: ${ns} }
spec:
  replicas: 1
  selector: { matchLabels: { app: a } }
  template:
    metadata: { labels: { app: a } }
    spec: { containers: [{ name: c, image: nginx }] }
---
apiVersion: v1
kind: Service
metadata: { name: app, namespace: ${ns} }
spec: { selector: { app: a }, ports: [{ port: 80 }] }`,
      )
      .join('\n---\n');
    const view = toClusterView(loadScenario(yaml, { seed: 1 }));
    const marked = (o: { namespace: string; source: { system?: true } | null }) => o.source?.system === true;
    const svc = (ns: string, name: string) => view.services.find((s) => s.namespace === ns && s.name === name)!;
    expect(marked(svc('kube-system', 'app'))).toBe(true);
    expect(marked(svc('default', 'app'))).toBe(false);
    expect(marked(svc('default', 'kubernetes'))).toBe(true);
    const pods = (ns: string) => view.pods.filter((p) => p.namespace === ns && p.name.startsWith('app-'));
    expect(pods('kube-system').length).toBe(1);
    expect(pods('kube-system').every(marked)).toBe(true);
    expect(pods('default').some(marked)).toBe(false);
  });
});

describe("a pod's Deployment (the controllers' ownerReferences, pod → ReplicaSet → Deployment)", () => {
  const workload = (kind: string, name: string, app: string) => `apiVersion: apps/v1
kind: ${kind}
metadata: { name: ${name} }
spec:
  replicas: 1
  selector: { matchLabels: { app: ${app} } }
  template:
    metadata: { labels: { app: ${app} } }
    spec: { containers: [{ name: c, image: nginx }] }`;
  // web-api's ReplicaSet (web-api-<hash>) starts with "web-" too: the name alone does not tell
  // which Deployment made it, and a bare ReplicaSet named web-extra has none.
  const yaml = [
    workload('Deployment', 'web', 'web'),
    workload('Deployment', 'web-api', 'api'),
    workload('ReplicaSet', 'web-extra', 'extra'),
    'apiVersion: v1\nkind: Pod\nmetadata: { name: bare, labels: { app: bare } }\nspec: { containers: [{ name: c, image: nginx }] }',
  ].join('\n---\n');
  const view = toClusterView(loadScenario(yaml, { seed: 1 }));
  const deploymentOf = (app: string) =>
    view.pods.filter((p) => p.labels['app'] === app).map((p) => [p.owner?.kind, p.deployment]);

  it("carries why a pod's container waits, in kubelet's words", () => {
    const text = readFileSync(new URL('../core/controllers/fixtures/missing-config.yaml', import.meta.url), 'utf8');
    const pods = toClusterView(loadScenario(text, { seed: 1 })).pods;
    const waiting = Object.fromEntries(pods.map((p) => [p.name, p.waiting]));
    expect(waiting).toMatchObject({
      fine: '',
      'missing-key': "CreateContainerConfigError: couldn't find key color in ConfigMap default/web-config",
      'missing-volume': 'ContainerCreating',
    });
    expect(pods.find((p) => p.name === 'missing-key')).toMatchObject({ ready: false, markedNotReady: false });
  });

  it('carries the Deployment that owns the ReplicaSet that owns the pod', () => {
    expect(deploymentOf('web')).toEqual([['ReplicaSet', 'web']]);
    expect(deploymentOf('api')).toEqual([['ReplicaSet', 'web-api']]);
  });

  it("is null for a bare ReplicaSet's pods and a bare pod", () => {
    expect(deploymentOf('extra')).toEqual([['ReplicaSet', null]]);
    expect(deploymentOf('bare')).toEqual([[undefined, null]]);
  });
});
