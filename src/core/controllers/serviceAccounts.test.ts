// The serviceaccounts-controller's `default` account in every namespace, the system components'
// accounts, and what the workload controllers do when the API server refuses their pods for an
// account that does not exist (controller_utils.go createPods, replica_set_utils.go calculateStatus,
// deployment progress.go getReplicaFailures, stateful_pod_control.go recordPodEvent).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const FORBIDDEN = (pod: string) =>
  `pods "${pod}" is forbidden: error looking up service account default/robot: serviceaccount "robot" not found`;

describe('ServiceAccounts the cluster makes', () => {
  const { state } = loadScenario(read('missing-service-account.yaml'));
  const accounts = state.others
    .filter((o) => o.kind === 'ServiceAccount')
    .map((o) => `${o.metadata?.namespace}/${o.metadata?.name}`);

  it('`default` in every namespace, the user’s too, created with it; coredns in kube-system', () => {
    expect(accounts.sort()).toEqual([
      'default/default',
      'kube-node-lease/default',
      'kube-public/default',
      'kube-system/coredns',
      'kube-system/default',
      'shop/default',
    ]);
    const shop = state.namespaces.find((n) => n.metadata.name === 'shop')!;
    const sa = state.others.find((o) => o.kind === 'ServiceAccount' && o.metadata?.namespace === 'shop')!;
    expect(sa).toMatchObject({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'default', namespace: 'shop', creationTimestamp: shop.metadata.creationTimestamp },
    });
    expect(sa.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets the system pods and a template without an account run', () => {
    expect(state.pods.filter((p) => p.metadata.namespace === 'kube-system')).toHaveLength(2);
    expect(state.pods.filter((p) => p.metadata.namespace === 'shop')).toHaveLength(2);
  });

  it('ingress-nginx and NGINX Gateway Fabric bring the accounts their manifests create', () => {
    const s = loadScenario(
      [
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec:\n  defaultBackend: {service: {name: web, port: {number: 80}}}',
        'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\nspec:\n  gatewayClassName: nginx\n  listeners: [{name: http, port: 80, protocol: HTTP}]',
      ].join('\n---\n'),
    ).state;
    const names = s.others
      .filter((o) => o.kind === 'ServiceAccount')
      .map((o) => `${o.metadata?.namespace}/${o.metadata?.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'ingress-nginx/default',
        'ingress-nginx/ingress-nginx',
        'ingress-nginx/ingress-nginx-admission',
        'nginx-gateway/default',
        'nginx-gateway/nginx-gateway',
      ]),
    );
    expect(s.pods.filter((p) => p.metadata.namespace === 'ingress-nginx')).toHaveLength(1);
    expect(s.pods.filter((p) => p.metadata.namespace === 'nginx-gateway')).toHaveLength(1);
  });
});

describe('a workload whose pods name a missing account', () => {
  const { state } = loadScenario(read('missing-service-account.yaml'));
  const events = (key: string) =>
    state.events.filter((e) => e.about === key).map((e) => `${e.type} ${e.reason} ${e.from} ${e.message}`);
  const rs = state.replicaSets.find((r) => r.metadata.name.startsWith('web-'))!;

  it('gets no pods', () => {
    expect(state.pods.filter((p) => p.metadata.namespace === 'default')).toEqual([]);
  });

  it('ReplicaSet: one Warning FailedCreate quoting the Status, named by generateName; ReplicaFailure', () => {
    const refusal = FORBIDDEN(`${rs.metadata.name}-`);
    expect(events(`ReplicaSet/default/${rs.metadata.name}`)).toEqual([
      `Warning FailedCreate replicaset-controller Error creating: ${refusal}`,
    ]);
    expect(rs.status).toEqual({
      replicas: 0,
      fullyLabeledReplicas: 0,
      observedGeneration: 1,
      conditions: [
        {
          type: 'ReplicaFailure',
          status: 'True',
          lastTransitionTime: state.createdAt,
          reason: 'FailedCreate',
          message: refusal,
        },
      ],
    });
  });

  it('Deployment: scaled the ReplicaSet up; Progressing NewReplicaSetCreated, Available False, ReplicaFailure', () => {
    const d = state.deployments.find((x) => x.metadata.name === 'web')!;
    expect(events('Deployment/default/web')).toEqual([
      `Normal ScalingReplicaSet deployment-controller Scaled up replica set ${rs.metadata.name} from 0 to 3`,
    ]);
    const at = state.createdAt;
    expect(d.status).toEqual({
      observedGeneration: 1,
      replicas: 0,
      updatedReplicas: 0,
      conditions: [
        {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetCreated',
          message: `Created new replica set "${rs.metadata.name}"`,
          lastUpdateTime: at,
          lastTransitionTime: at,
        },
        {
          type: 'Available',
          status: 'False',
          reason: 'MinimumReplicasUnavailable',
          message: 'Deployment does not have minimum availability.',
          lastUpdateTime: at,
          lastTransitionTime: at,
        },
        {
          type: 'ReplicaFailure',
          status: 'True',
          lastTransitionTime: at,
          reason: 'FailedCreate',
          message: FORBIDDEN(`${rs.metadata.name}-`),
          lastUpdateTime: at,
        },
      ],
    });
  });

  it('StatefulSet: stops at pod 0 with its own wording; DaemonSet: no node gets a pod', () => {
    expect(events('StatefulSet/default/db')).toEqual([
      `Warning FailedCreate statefulset-controller create Pod db-0 in StatefulSet db failed error: ${FORBIDDEN('db-0')}`,
    ]);
    expect(events('DaemonSet/default/agent')).toEqual([
      `Warning FailedCreate daemonset-controller Error creating: ${FORBIDDEN('agent-')}`,
    ]);
    const ds = state.daemonSets[0]!;
    expect(ds.status).toMatchObject({ desiredNumberScheduled: state.nodes.length, currentNumberScheduled: 0 });
  });
});

describe('kube-root-ca.crt, the root-CA publisher’s ConfigMap', () => {
  const { state } = loadScenario(read('missing-service-account.yaml'));
  const maps = state.others.filter((o) => o.kind === 'ConfigMap');

  it('one in every namespace, created with it, with the CA certificate under ca.crt and the description', () => {
    expect(maps.map((o) => `${o.metadata?.namespace}/${o.metadata?.name}`).sort()).toEqual([
      'default/kube-root-ca.crt',
      'kube-node-lease/kube-root-ca.crt',
      'kube-public/kube-root-ca.crt',
      'kube-system/kube-root-ca.crt',
      'shop/kube-root-ca.crt',
    ]);
    const shop = state.namespaces.find((n) => n.metadata.name === 'shop')!;
    const cm = maps.find((o) => o.metadata?.namespace === 'shop')!;
    expect(cm.metadata?.creationTimestamp).toBe(shop.metadata.creationTimestamp);
    expect(cm.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(cm.metadata?.annotations?.['kubernetes.io/description']).toMatch(
      /^Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints/,
    );
    const pem = String((cm.data as Record<string, string>)['ca.crt']);
    expect(pem).toMatch(
      /^-----BEGIN CERTIFICATE-----\nMII[A-Za-z0-9+/]{61}\n(?:[A-Za-z0-9+/]{64}\n){15}[A-Za-z0-9+/]{44}\n-----END CERTIFICATE-----\n$/,
    );
    // The same certificate in every namespace, and for the same seed.
    expect(new Set(maps.map((o) => (o.data as Record<string, string>)['ca.crt'])).size).toBe(1);
    expect(
      loadScenario(read('missing-service-account.yaml')).state.others.find((o) => o.kind === 'ConfigMap')?.data,
    ).toEqual(maps[0]?.data);
  });
});
