// What the API server adds to the built-in kinds the playground stores without simulating them
// (admitStored.ts): uid, creationTimestamp and generation as for every kind, each kind's v1.34
// defaults, a Job's generated selector and labels, the status a create leaves, the protection
// finalizers, NamespaceLifecycle, and apply's configured / unchanged.
import { describe, expect, it, vi } from 'vitest';
import fixture from './fixtures/admitted-kinds.yaml?raw';
import { applyYaml, testCluster } from '../testing/testCluster.ts';
import type { K8sObject } from '../../model/objects.ts';
import type { AdmissionResult } from '../admit.ts';

const results = applyYaml(testCluster(), fixture);
const stored = (name: string, kind?: string): K8sObject => {
  const r = results.find((x) => x.name === name && (!kind || x.kind === kind));
  expect(r?.outcome).toBe('created');
  return r!.object!;
};
const spec = (o: K8sObject) => o['spec'] as Record<string, unknown>;

describe('a Job as the API server stores it', () => {
  it('worker1: the defaults, selector and labels of the object a cluster returned (kubectl pkg/cmd/wait jobYamlActive)', () => {
    const job = stored('worker1');
    const uid = job.metadata?.uid;
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const generated = {
      'batch.kubernetes.io/controller-uid': uid,
      'batch.kubernetes.io/job-name': 'worker1',
      'controller-uid': uid,
      'job-name': 'worker1',
    };
    expect(job.metadata).toEqual({
      creationTimestamp: '2025-01-01T00:00:00Z',
      generation: 1,
      labels: generated,
      name: 'worker1',
      namespace: 'default',
      uid,
    });
    const { template, ...rest } = spec(job) as { template: { metadata: unknown } };
    expect(rest).toEqual({
      backoffLimit: 6,
      completionMode: 'NonIndexed',
      completions: 6,
      manualSelector: false,
      parallelism: 1,
      podReplacementPolicy: 'TerminatingOrFailed',
      selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } },
      suspend: false,
    });
    expect(template.metadata).toEqual({ labels: generated });
    // The template's pod spec defaults are the workloads' (SetDefaults_PodSpec).
    expect(template).toMatchObject({
      spec: {
        containers: [
          {
            image: 'busybox',
            imagePullPolicy: 'Always',
            terminationMessagePath: '/dev/termination-log',
            terminationMessagePolicy: 'File',
          },
        ],
        dnsPolicy: 'ClusterFirst',
        restartPolicy: 'Never',
        schedulerName: 'default-scheduler',
        securityContext: {},
        terminationGracePeriodSeconds: 30,
      },
    });
    // PrepareForCreate clears the status: encoding/json writes the empty JobStatus as {}.
    expect(job['status']).toEqual({});
  });

  it('per-index backoff makes backoffLimit MaxInt32, a failure policy makes replacement Failed, a pattern is True', () => {
    const job = stored('indexed');
    expect(spec(job)).toMatchObject({
      backoffLimit: 2147483647,
      podReplacementPolicy: 'Failed',
      completions: 4,
      parallelism: 2,
      podFailurePolicy: { rules: [{ onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }] },
    });
    // No labels on the Job: it gets its template's as read back, the generated ones among them.
    expect(Object.keys(job.metadata?.labels ?? {}).sort()).toEqual([
      'app',
      'batch.kubernetes.io/controller-uid',
      'batch.kubernetes.io/job-name',
      'controller-uid',
      'job-name',
    ]);
  });

  it('a manual selector: nothing generated, and the Job keeps its own labels', () => {
    const job = stored('manual');
    expect(job.metadata?.labels).toEqual({ team: 'data' });
    expect(spec(job)['selector']).toEqual({ matchLabels: { run: 'manual' } });
    expect((spec(job)['template'] as { metadata: unknown }).metadata).toEqual({ labels: { run: 'manual' } });
  });
});

describe('the other kinds', () => {
  it('CronJob: SetDefaults_CronJob, the pod template defaulted, the job template spec not', () => {
    const cj = stored('hourly');
    const { jobTemplate, ...rest } = spec(cj) as { jobTemplate: { spec: Record<string, unknown> } };
    expect(rest).toEqual({
      concurrencyPolicy: 'Forbid',
      failedJobsHistoryLimit: 1,
      schedule: '@hourly',
      startingDeadlineSeconds: 120,
      successfulJobsHistoryLimit: 3,
      suspend: false,
    });
    expect(Object.keys(jobTemplate.spec)).toEqual(['parallelism', 'template']);
    expect(jobTemplate.spec['template']).toMatchObject({ spec: { dnsPolicy: 'ClusterFirst' } });
    expect(cj.metadata?.generation).toBe(1);
    expect(cj['status']).toEqual({});
  });

  it('HPA: a written behavior gets the default rules where unset; a fresh status; no generation', () => {
    const hpa = stored('apache-server');
    expect(spec(hpa)['behavior']).toEqual({
      scaleUp: {
        stabilizationWindowSeconds: 0,
        selectPolicy: 'Max',
        policies: [
          { type: 'Pods', value: 4, periodSeconds: 15 },
          { type: 'Percent', value: 100, periodSeconds: 15 },
        ],
      },
      scaleDown: {
        stabilizationWindowSeconds: 30,
        selectPolicy: 'Max',
        policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
      },
    });
    expect(hpa['status']).toEqual({ currentMetrics: null, desiredReplicas: 0 });
    expect(hpa.metadata?.generation).toBeUndefined();
  });

  it('NetworkPolicy: TCP where no protocol, Egress among the policy types when egress rules are written', () => {
    const np = stored('egress-dns');
    expect(spec(np)).toEqual({
      podSelector: {},
      egress: [
        {
          ports: [
            { port: 53, protocol: 'UDP' },
            { port: 53, protocol: 'TCP' },
          ],
        },
      ],
      policyTypes: ['Ingress', 'Egress'],
    });
    expect(np.metadata?.generation).toBe(1);
  });

  it('RoleBinding: the role group and a User or Group subject group, not a ServiceAccount one', () => {
    const rb = stored('readers');
    expect(rb['roleRef']).toEqual({ kind: 'ClusterRole', name: 'view', apiGroup: 'rbac.authorization.k8s.io' });
    expect((rb['subjects'] as { apiGroup?: string }[]).map((s) => s.apiGroup)).toEqual([
      'rbac.authorization.k8s.io',
      'rbac.authorization.k8s.io',
      undefined,
    ]);
  });

  it('LimitRange: a Container default limit from max, default request from the default limit; a Pod item untouched', () => {
    expect(spec(stored('bounds'))['limits']).toEqual([
      {
        type: 'Container',
        max: { cpu: '1', memory: '1Gi' },
        min: { cpu: '50m' },
        default: { memory: '512Mi', cpu: '1' },
        defaultRequest: { memory: '512Mi', cpu: '1' },
      },
      { type: 'Pod', max: { cpu: '2' } },
    ]);
  });

  it('PodDisruptionBudget and ResourceQuota: the status a create leaves, whatever was written', () => {
    const pdb = stored('web', 'PodDisruptionBudget');
    expect(pdb['status']).toEqual({ currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 });
    expect(pdb.metadata?.generation).toBe(1);
    expect(stored('compute')['status']).toEqual({});
  });
});

describe('admission around the defaults', () => {
  const pvc = (ns: string) =>
    `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data, namespace: ${ns}}\nspec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n`;

  it('PersistentVolume(Claim): Filesystem, Pending, the protection finalizer; a volume starts its phase clock', () => {
    const [claim, volume] = applyYaml(
      testCluster(),
      `${pvc('default')}---\napiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv, namespace: ignored}\nspec: {capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce], hostPath: {path: /d}}\n`,
    );
    expect(claim!.object).toMatchObject({
      metadata: { finalizers: ['kubernetes.io/pvc-protection'] },
      spec: { volumeMode: 'Filesystem' },
      status: { phase: 'Pending' },
    });
    expect(volume!.object).toMatchObject({
      metadata: { finalizers: ['kubernetes.io/pv-protection'] },
      spec: { persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem' },
      status: { phase: 'Pending', lastPhaseTransitionTime: '2025-01-01T00:00:00Z' },
    });
    // Cluster-scoped: the written namespace is not stored.
    expect(volume!.object!.metadata?.namespace).toBeUndefined();
  });

  it('NamespaceLifecycle refuses a namespace that does not exist', () => {
    const [r] = applyYaml(testCluster(), pvc('nope'));
    expect(r!.outcome).toBe('not-found');
    expect(r!.message).toBe(
      'Error from server (NotFound): error when creating "test.yaml": namespaces "nope" not found',
    );
  });

  it('the same object again is unchanged; a changed spec is configured, same uid, next generation', () => {
    const job = fixture.split('\n---\n')[0]!;
    const [first, again, changed] = applyYaml(
      testCluster(),
      [job, job, job.replace('completions: 6', 'completions: 7')].join('\n---\n'),
    );
    expect([first, again, changed].map((r) => r!.message)).toEqual([
      'job.batch/worker1 created',
      'job.batch/worker1 unchanged',
      'job.batch/worker1 configured',
    ]);
    expect(again!.warnings).toEqual([]);
    expect(changed!.object!.metadata?.uid).toBe(first!.object!.metadata?.uid);
    expect(changed!.object!.metadata?.generation).toBe(2);
    expect((changed!.object!['spec'] as { selector: unknown }).selector).toEqual(
      (first!.object!['spec'] as { selector: unknown }).selector,
    );
  });

  it('every stored kind gets a uid and a creationTimestamp; the playground warns only where it reads nothing', () => {
    const [cm, np] = applyYaml(
      testCluster(),
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: n}\nspec: {podSelector: {}}\n',
    );
    for (const r of [cm, np] as AdmissionResult[]) {
      expect(r.object!.metadata?.uid).toBeTruthy();
      expect(r.object!.metadata?.creationTimestamp).toBe('2025-01-01T00:00:00Z');
    }
    expect(cm!.warnings).toEqual([]);
    expect(np!.warnings.map((w) => w.say?.code)).toEqual(['kind.storedNotSimulated']);
  });

  it('a part written with the wrong shape is stored as written, never a JavaScript error', () => {
    const shapes = [
      'kind: Job\napiVersion: batch/v1\nspec: {template: {metadata: x, spec: {containers: 5}}, selector: [1]}',
      'kind: CronJob\napiVersion: batch/v1\nspec: x',
      'kind: HorizontalPodAutoscaler\napiVersion: autoscaling/v2\nspec: {behavior: {scaleUp: 1}, metrics: x}',
      'kind: NetworkPolicy\napiVersion: networking.k8s.io/v1\nspec: {ingress: [x, {ports: [1, {port: 80}]}]}',
      'kind: LimitRange\napiVersion: v1\nspec: {limits: [{type: Container, default: x, max: {cpu: "1"}}]}',
      'kind: PersistentVolumeClaim\napiVersion: v1\nspec: 5\nstatus: x',
      'kind: RoleBinding\napiVersion: rbac.authorization.k8s.io/v1\nroleRef: x\nsubjects: [x, {kind: User, name: u}]',
      'kind: Job\napiVersion: batch/v1\nspec: {template: {spec: {containers: [{name: c, image: 1e97}]}}}',
    ];
    const results = applyYaml(testCluster(), shapes.map((s, i) => `metadata: {name: o${i}}\n${s}\n`).join('---\n'));
    expect(results.map((r) => r.outcome)).toEqual(shapes.map(() => 'created'));
    const [job, cj, hpa, np, lr, pvc, rb, numbered] = results.map((r) => r.object!);
    expect(spec(job!)['selector']).toEqual([1]);
    expect(cj!['spec']).toBe('x');
    expect(spec(hpa!)['behavior']).toMatchObject({
      scaleUp: { selectPolicy: 'Max' },
      scaleDown: { selectPolicy: 'Max' },
    });
    expect(spec(np!)['ingress']).toEqual(['x', { ports: [1, { port: 80, protocol: 'TCP' }] }]);
    expect(spec(lr!)['limits']).toEqual([{ type: 'Container', default: 'x', defaultRequest: {}, max: { cpu: '1' } }]);
    // A create sets no status whatever its shape: the claim's is the fresh one.
    expect([pvc!['spec'], pvc!['status']]).toEqual([5, { phase: 'Pending' }]);
    expect(rb!['subjects']).toEqual(['x', { kind: 'User', name: 'u', apiGroup: 'rbac.authorization.k8s.io' }]);
    // An image that is not a string (a cluster's decoder refuses it): the pod spec is left as written.
    expect((spec(numbered!)['template'] as { spec: unknown }).spec).toEqual({
      containers: [{ name: 'c', image: 1e97 }],
    });
  });

  it('a scenario holding a stored kind needs the plug-in: without it, MissingPluginError before anything is admitted', async () => {
    vi.resetModules();
    const { requirePlugins, MissingPluginError } = await import('../plugins.ts');
    const refused = () => requirePlugins([{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' } }]);
    expect(refused).toThrow(MissingPluginError);
    expect(refused).toThrow('storedKinds plug-in not installed');
    expect(() => requirePlugins([{ apiVersion: 'v1', kind: 'Service' }])).not.toThrow();
  });
});
