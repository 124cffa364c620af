import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildState } from './fixtures/buildState.ts';
import { computeHash, safeEncodeString } from './names.ts';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const SUFFIX = '[bcdfghjklmnpqrstvwxz2456789]{5}';

describe('names', () => {
  it('SafeEncodeString maps decimal digits like upstream (rand.SafeEncodeString)', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });
  it('ComputeHash is deterministic and depends on collisionCount', () => {
    const t = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'a', image: 'nginx' }] } };
    expect(computeHash(t)).toMatch(/^[4-9bcdf]{1,10}$/);
    expect(computeHash(t)).toBe(computeHash(JSON.parse(JSON.stringify(t))));
    expect(computeHash(t, 1)).not.toBe(computeHash(t));
  });
});

describe('Deployment → ReplicaSet → Pods', () => {
  const { state } = buildState(read('web.yaml'));
  const rs = state.replicaSets.find((r) => r.metadata.namespace === 'shop')!;
  const pods = state.pods.filter((p) => p.metadata.namespace === 'shop');

  it('names the ReplicaSet <deploy>-<pod-template-hash> and labels it', () => {
    const hash = rs.metadata.labels?.['pod-template-hash'] ?? '';
    expect(rs.metadata.name).toBe(`web-${hash}`);
    expect(rs.spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.metadata.ownerReferences?.[0]).toMatchObject({
      kind: 'Deployment',
      name: 'web',
      controller: true,
      blockOwnerDeletion: true,
    });
    expect(rs.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(rs.status).toMatchObject({ replicas: 3, readyReplicas: 3, availableReplicas: 3 });
  });

  it('names pods <rs>-<5 chars> with the template labels and pod-template-hash', () => {
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(new RegExp(`^${rs.metadata.name}-${SUFFIX}$`));
      expect(p.metadata.generateName).toBe(`${rs.metadata.name}-`);
      expect(p.metadata.labels).toEqual({
        app: 'web',
        'pod-template-hash': rs.metadata.labels?.['pod-template-hash'],
      });
      expect(p.metadata.ownerReferences?.[0]?.uid).toBe(rs.metadata.uid);
      expect(p.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(p.spec).toMatchObject({
        restartPolicy: 'Always',
        dnsPolicy: 'ClusterFirst',
        schedulerName: 'default-scheduler',
        terminationGracePeriodSeconds: 30,
      });
    }
  });

  it('records where generated objects came from (the Deployment document, under spec.template)', () => {
    const pod = pods[0]!;
    expect(state.origins.get(`Pod/shop/${pod.metadata.name}`)).toEqual({
      docIndex: 1,
      pathPrefix: ['spec', 'template'],
      by: 'replicaset-controller',
    });
    expect(state.origins.get(`ReplicaSet/shop/${rs.metadata.name}`)).toEqual({
      docIndex: 1,
      by: 'deployment-controller',
    });
  });

  it('fills the Deployment status kubectl prints', () => {
    const d = state.deployments.find((x) => x.metadata.name === 'web')!;
    expect(d.status).toMatchObject({ replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(d.status?.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual(['Available=True', 'Progressing=True']);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const names = (seed: number) =>
      buildState(read('web.yaml'), seed).state.pods.map((p) => `${p.metadata.name}@${p.status?.podIP}`);
    expect(names(7)).toEqual(names(7));
    expect(names(7)).not.toEqual(names(8));
  });

  it('caps replicas at the scenario limit with a diagnostic at spec.replicas', () => {
    const yaml = read('big.yaml').replace('replicas: 250', 'replicas: 5000');
    const { state: s, diagnostics } = buildState(yaml);
    const d = diagnostics.find((x) => x.code === 'KSP009');
    expect(d?.message).toContain('Deployment "big" asks for 5000 replicas');
    expect(d?.line).toBe(7);
    expect(s.pods.filter((p) => p.metadata.labels?.app === 'big')).toHaveLength(1000);
  });
});

describe('scheduling and pod IPs', () => {
  it('creates node-1..3 with InternalIPs, podCIDRs, zones and Ready', () => {
    const { state } = buildState('');
    expect(
      state.nodes.map((n) => [
        n.metadata.name,
        n.status?.addresses?.[0]?.address,
        n.spec?.podCIDR,
        n.metadata.labels?.['topology.kubernetes.io/zone'],
      ]),
    ).toEqual([
      ['node-1', '192.168.1.11', '10.244.1.0/24', 'zone-a'],
      ['node-2', '192.168.1.12', '10.244.2.0/24', 'zone-b'],
      ['node-3', '192.168.1.13', '10.244.3.0/24', 'zone-c'],
    ]);
    expect(state.nodes[0]?.status?.nodeInfo?.kubeletVersion).toBe('v1.34.0');
    expect(state.nodes[0]?.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
  });

  it('spreads pods on the least loaded node and numbers IPs from .2 per node', () => {
    const { state } = buildState(read('web.yaml'));
    // coredns (2) first, then web (3): node-1, node-2, node-3, node-1, node-2.
    expect(state.pods.map((p) => [p.spec.nodeName, p.status?.podIP])).toEqual([
      ['node-1', '10.244.1.2'],
      ['node-2', '10.244.2.2'],
      ['node-3', '10.244.3.2'],
      ['node-1', '10.244.1.3'],
      ['node-2', '10.244.2.3'],
    ]);
    const pod = state.pods[2]!;
    expect(pod.status).toMatchObject({
      phase: 'Running',
      hostIP: '192.168.1.13',
      podIPs: [{ ip: '10.244.3.2' }],
      startTime: '2025-01-01T00:00:00Z',
    });
    expect(pod.status?.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    expect(pod.status?.containerStatuses?.[0]).toMatchObject({ name: 'nginx', ready: true, restartCount: 0 });
  });

  it('completes declared nodes and honours NotReady, nodeName and nodeSelector', () => {
    const { state, diagnostics } = buildState(read('nodes.yaml'));
    const node = (n: string) => state.nodes.find((x) => x.metadata.name === n)!;
    expect(node('worker-c').spec?.podCIDR).toBe('10.244.1.0/24');
    expect(node('worker-a').spec?.podCIDR).toBe('10.244.2.0/24');
    expect(node('worker-b').spec?.podCIDR).toBe('10.244.3.0/24');
    expect(node('worker-a').status?.addresses?.[0]).toEqual({ type: 'InternalIP', address: '192.168.1.11' });
    expect(node('worker-a').metadata.labels).toMatchObject({
      disk: 'ssd',
      'kubernetes.io/hostname': 'worker-a',
      'kubernetes.io/os': 'linux',
    });
    const pod = (n: string) => state.pods.find((x) => x.metadata.name === n)!;
    expect(pod('fast').spec.nodeName).toBe('worker-a');
    expect(state.pods.some((p) => p.spec.nodeName === 'worker-b')).toBe(false);
    expect(pod('lost').status?.phase).toBe('Pending');
    expect(pod('lost').status?.podIP).toBeUndefined();
    const lost = diagnostics.find((d) => d.name === 'lost')!;
    expect(lost.message).toContain('node "worker-z", which does not exist');
    expect(lost.line).toBe(41);
    expect(pod('nowhere').status?.phase).toBe('Pending');
    expect(pod('nowhere').status?.conditions?.[0]?.message).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
  });

  it('runs StatefulSet pods <name>-N with hostname/subdomain and DaemonSet pods on every node', () => {
    const { state } = buildState(read('statefulset.yaml'));
    const db = state.pods.filter((p) => p.metadata.labels?.app === 'db');
    expect(db.map((p) => p.metadata.name)).toEqual(['db-0', 'db-1', 'db-2']);
    expect(db[1]?.spec).toMatchObject({ hostname: 'db-1', subdomain: 'db' });
    expect(db[1]?.metadata.labels).toMatchObject({
      'statefulset.kubernetes.io/pod-name': 'db-1',
      'apps.kubernetes.io/pod-index': '1',
    });
    expect(db[1]?.metadata.labels?.['controller-revision-hash']).toMatch(/^db-[4-9bcdf]+$/);
    const agents = state.pods.filter((p) => p.metadata.labels?.app === 'agent');
    expect(agents.map((p) => p.spec.nodeName)).toEqual(['node-1', 'node-2', 'node-3']);
    expect(agents[0]?.metadata.name).toMatch(new RegExp(`^agent-${SUFFIX}$`));
    expect(state.daemonSets[0]?.status).toMatchObject({ desiredNumberScheduled: 3, numberReady: 3 });
  });

  it('stops an OrderedReady StatefulSet at the first pod that is not Ready', () => {
    const yaml = read('statefulset.yaml').replace(
      '      labels:\n        app: db\n    spec:',
      '      labels:\n        app: db\n      annotations:\n        playground.ksp.dev/ready: "false"\n    spec:',
    );
    const { state } = buildState(yaml);
    expect(state.pods.filter((p) => p.metadata.labels?.app === 'db').map((p) => p.metadata.name)).toEqual(['db-0']);
  });
});

describe('the deployment controller’s revision annotation', () => {
  const yaml = readFileSync(new URL('../kubectl/fixtures/nginx-deployment.yaml', import.meta.url), 'utf8');
  it('is on the Deployment as on its ReplicaSet; the same Deployment applied twice is still unchanged', async () => {
    const { loadScenario } = await import('../scenario/load.ts');
    const s = loadScenario(`${yaml}\n---\n${yaml}`);
    const d = s.state.deployments.find((x) => x.metadata.name === 'nginx-deployment')!;
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(
      s.state.replicaSets.find((x) => x.metadata.name.startsWith('nginx-deployment-'))!.metadata.annotations?.[
        'deployment.kubernetes.io/revision'
      ],
    ).toBe('1');
    expect(s.applied.map((a) => a.message)).toEqual([
      `deployment.apps/${d.metadata.name} created`,
      `deployment.apps/${d.metadata.name} unchanged`,
    ]);
  });
});
