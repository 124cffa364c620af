// `kubectl get` and `describe` of the built-in kinds the playground stores without simulating
// (api/kinds.ts UNSIMULATED_BUILTINS): upstream's columns (pkg/printers/internalversion/printers.go)
// over the objects as the API server stores them (api/stored/), discovery's names, `get all`,
// and the playground's notes where a controller it does not run would fill a column in.
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/stored-kinds.yaml?raw';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from './runKubectl.ts';
import { completeKubectl } from './complete.ts';

const scenario = loadScenario(fixture);
const k = (...args: string[]) => runKubectl(scenario, args);
const note = (columns: string, resource: string) =>
  `ksp: ${columns}: the playground runs no controller for ${resource}, so these can differ from a cluster's\n`;

describe('kubectl get: storage and quota', () => {
  it('pvc: Pending with no volume (capacity and access modes wait for one), and a note on the status columns', () => {
    const r = k('get', 'pvc', '-n', 'shop', '-o', 'wide');
    expect(r.stdout).toBe(
      [
        'NAME   STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE   VOLUMEMODE',
        'data   Pending                                                     <unset>                 60s   Filesystem',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe(note('STATUS, VOLUME, CAPACITY, ACCESS MODES', 'persistentvolumeclaims'));
    expect(r.notes?.map((n) => n.code)).toEqual(['kubectl.statusNotFilled']);
  });

  it('pv: capacity as the API server stores it (1024Mi is 1Gi), RWO,RWX, Retain by default, cluster-scoped', () => {
    expect(k('get', 'pv', '-n', 'shop').stdout).toBe(
      [
        'NAME       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS    CLAIM   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE',
        'local-pv   1Gi        RWO,RWX        Retain           Pending           manual         <unset>                          60s',
        '',
      ].join('\n'),
    );
  });

  it('limits (no printer: NAME and CREATED AT) and quota (REQUEST, LIMIT from a status no controller fills)', () => {
    expect(k('get', 'limits', '-n', 'shop').stdout).toBe('NAME       CREATED AT\ndefaults   2025-01-01T00:00:00Z\n');
    const quota = k('get', 'quota', '-n', 'shop');
    expect(quota.stdout).toBe('NAME      REQUEST   LIMIT   AGE\ncompute                     60s\n');
    expect(quota.stderr).toBe(note('REQUEST, LIMIT', 'resourcequotas'));
  });

  it('the names discovery gives, -o name, -l, -A and NotFound', () => {
    expect(k('get', 'persistentvolumeclaim,limitrange,resourcequota', '-A', '-o', 'name').stdout).toBe(
      'persistentvolumeclaim/data\nlimitrange/defaults\nresourcequota/compute\n',
    );
    expect(k('get', 'pvc', '-A', '-l', 'app=db').stdout).toMatch(/^NAMESPACE {3}NAME {3}STATUS/);
    expect(k('get', 'pvc', '-l', 'app=web', '-n', 'shop').stderr).toBe('No resources found in shop namespace.\n');
    expect(k('get', 'pvc', 'nope').stderr).toBe(
      'Error from server (NotFound): persistentvolumeclaims "nope" not found\n',
    );
    expect(k('get', 'pv/nope').stderr).toBe('Error from server (NotFound): persistentvolumes "nope" not found\n');
  });
});

describe('kubectl get: batch, autoscaling, policy', () => {
  it('jobs: Running with no conditions, completions as the defaults make them, no duration before a start time, the generated selector', () => {
    const r = k('get', 'jobs', '-n', 'shop', '-o', 'wide');
    expect(r.stdout).toBe(
      [
        'NAME      STATUS    COMPLETIONS   DURATION   AGE   CONTAINERS   IMAGES         SELECTOR',
        'migrate   Running   0/1                      60s   migrate      busybox:1.36   batch.kubernetes.io/controller-uid=7a3e9752-7410-413b-838b-62a02ebd1d51',
        'workers   Running   0/1 of 3                 60s   worker       busybox:1.36   batch.kubernetes.io/controller-uid=a412dd68-15d1-4725-aa93-20e6b43b4953',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe(note('STATUS, COMPLETIONS, DURATION', 'jobs'));
  });

  it('cj: schedule, time zone, suspend False by default, nothing active or scheduled yet', () => {
    expect(k('get', 'cj', '-n', 'shop').stdout).toBe(
      [
        'NAME      SCHEDULE    TIMEZONE     SUSPEND   ACTIVE   LAST SCHEDULE   AGE',
        'nightly   0 3 * * *   Asia/Seoul   False     0        <none>          60s',
        '',
      ].join('\n'),
    );
  });

  it('hpa: cpu at 80% and 1 min pod by default; <unknown> current values with no metrics read; two targets, then + N more', () => {
    const r = k('get', 'hpa', '-n', 'shop');
    expect(r.stdout).toBe(
      [
        'NAME   REFERENCE        TARGETS                                             MINPODS   MAXPODS   REPLICAS   AGE',
        'api    Deployment/api   memory: <unknown>/500Mi, <unknown>/1k + 1 more...   2         10        0          60s',
        'web    Deployment/web   cpu: <unknown>/80%                                  1         5         0          60s',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe(note('TARGETS, REPLICAS', 'horizontalpodautoscalers'));
  });

  it('hpa is requested at autoscaling/v2, the version discovery prefers', () => {
    expect(k('get', 'hpa', '-n', 'shop', '--field-selector', 'spec.x=1').stderr).toMatch(
      /^Error from server \(BadRequest\): Unable to find "autoscaling\/v2, Resource=horizontalpodautoscalers" /,
    );
  });

  it('pdb and netpol', () => {
    expect(k('get', 'pdb', '-n', 'shop').stdout).toBe(
      [
        'NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE',
        'web    50%             N/A               0                     60s',
        '',
      ].join('\n'),
    );
    const np = k('get', 'netpol', '-n', 'shop');
    expect(np.stdout).toBe(
      [
        'NAME          POD-SELECTOR   AGE',
        'db-from-web   app=db         60s',
        'deny-all      <none>         60s',
        '',
      ].join('\n'),
    );
    expect(np.stderr).toBe('');
  });

  it('`get all` takes in horizontalpodautoscalers, cronjobs and jobs (in discovery order), not the others', () => {
    const out = k('get', 'all', '-n', 'shop').stdout;
    expect(
      out
        .split('\n')
        .filter((l) => /^[a-z.]+\//.test(l))
        .map((l) => l.split(' ')[0]),
    ).toEqual([
      'horizontalpodautoscaler.autoscaling/api',
      'horizontalpodautoscaler.autoscaling/web',
      'cronjob.batch/nightly',
      'job.batch/migrate',
      'job.batch/workers',
    ]);
  });
});

describe('kubectl get: RBAC', () => {
  it('roles print NAME and CREATED AT; bindings their roleRef, and with -o wide the subjects by kind', () => {
    expect(k('get', 'roles', '-n', 'shop').stdout).toBe('NAME         CREATED AT\npod-reader   2025-01-01T00:00:00Z\n');
    expect(k('get', 'rolebinding', '-n', 'shop', '-o', 'wide').stdout).toBe(
      [
        'NAME        ROLE              AGE   USERS   GROUPS   SERVICEACCOUNTS',
        'read-pods   Role/pod-reader   60s   jane    devs     shop/ci',
        '',
      ].join('\n'),
    );
    expect(k('get', 'clusterrolebindings').stdout).toBe(
      'NAME         ROLE                      AGE\nview-nodes   ClusterRole/node-viewer   60s\n',
    );
  });

  it('says the bootstrap roles are missing where a cluster has them: cluster-wide, kube-system, -A', () => {
    const words = (resource: string) =>
      `ksp: the playground does not make the ${resource} a cluster's API server creates at start-up (its bootstrap RBAC policy); only those in the YAML are listed\n`;
    expect(k('get', 'clusterroles').stderr).toBe(words('clusterroles'));
    expect(k('get', 'roles', '-n', 'kube-system').stderr).toBe(
      `No resources found in kube-system namespace.\n${words('roles')}`,
    );
    expect(k('get', 'rolebindings', '-A').stderr).toBe(words('rolebindings'));
    expect(k('get', 'roles', '-n', 'shop').stderr).toBe('');
    expect(k('get', 'clusterrole', 'node-viewer').stderr).toBe('');
  });
});

describe('kubectl describe of the stored kinds', () => {
  it('pvc: as served (Pending, the protection finalizer, Filesystem), Used By, events', () => {
    const r = k('describe', 'pvc', 'data', '-n', 'shop');
    expect(r.stdout).toBe(
      [
        'Name:          data',
        'Namespace:     shop',
        'StorageClass:  ',
        'Status:        Pending',
        'Volume:        ',
        'Labels:        app=db',
        'Annotations:   <none>',
        'Finalizers:    [kubernetes.io/pvc-protection]',
        'Capacity:      ',
        'Access Modes:  ',
        'VolumeMode:    Filesystem',
        'Used By:       <none>',
        'Events:        <none>',
        '',
      ].join('\n'),
    );
    expect(r.notes?.[0]?.params).toEqual({
      columns: 'Status, Volume, Capacity, Access Modes, Events',
      resource: 'persistentvolumeclaims',
    });
  });

  it('netpol: selectors, ports (TCP by default, ranges), peers, and the policy types the API server defaults', () => {
    expect(k('describe', 'netpol', 'db-from-web', '-n', 'shop').stdout).toBe(
      [
        'Name:         db-from-web',
        'Namespace:    shop',
        'Created on:   2025-01-01 00:00:00 +0000 UTC',
        'Labels:       <none>',
        'Annotations:  <none>',
        'Spec:',
        '  PodSelector:     app=db',
        '  Allowing ingress traffic:',
        '    To Port: 5432/TCP',
        '    From:',
        '      PodSelector: app=web',
        '    From:',
        '      NamespaceSelector: team=ops',
        '      PodSelector: role=admin',
        '    ----------',
        '    To Port Range: 9100-9102/UDP',
        '    From:',
        '      IPBlock:',
        '        CIDR: 10.0.0.0/8',
        '        Except: 10.1.0.0/16, 10.2.0.0/16',
        '  Not affecting egress traffic',
        '  Policy Types: Ingress',
        '',
      ].join('\n'),
    );
    expect(k('describe', 'netpol', 'deny-all', '-n', 'shop').stdout).toContain(
      [
        '  PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)',
        '  Allowing ingress traffic:',
        '    <none> (Selected pods are isolated for ingress connectivity)',
        '  Allowing egress traffic:',
        '    <none> (Selected pods are isolated for egress connectivity)',
        '  Policy Types: Ingress, Egress',
      ].join('\n'),
    );
  });

  it('pdb: the budget, the selector and a status nothing computes', () => {
    expect(k('describe', 'pdb', 'web', '-n', 'shop').stdout).toBe(
      [
        'Name:           web',
        'Namespace:      shop',
        'Min available:  50%',
        'Selector:       app=web',
        'Status:',
        '    Allowed disruptions:  0',
        '    Current:              0',
        '    Desired:              0',
        '    Total:                0',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });

  it('role and clusterrole: rules broken down, joined by resource, sorted as kubectl sorts them', () => {
    expect(k('describe', 'role', 'pod-reader', '-n', 'shop').stdout).toBe(
      [
        'Name:         pod-reader',
        'Labels:       <none>',
        'Annotations:  <none>',
        'PolicyRule:',
        '  Resources         Non-Resource URLs  Resource Names  Verbs',
        '  ---------         -----------------  --------------  -----',
        '  pods/log          []                 []              [get list watch]',
        '  pods              []                 []              [get list watch]',
        '  deployments.apps  []                 [web]           [get patch]',
        '',
      ].join('\n'),
    );
    expect(k('describe', 'clusterrole', 'node-viewer').stdout).toContain(
      [
        '  nodes      []                 []              [get list]',
        '             [/healthz]         []              [get]',
        '             [/version]         []              [get]',
      ].join('\n'),
    );
  });

  it('rolebinding: roleRef and subjects', () => {
    expect(k('describe', 'rolebinding', 'read-pods', '-n', 'shop').stdout).toBe(
      [
        'Name:         read-pods',
        'Labels:       <none>',
        'Annotations:  <none>',
        'Role:',
        '  Kind:  Role',
        '  Name:  pod-reader',
        'Subjects:',
        '  Kind            Name  Namespace',
        '  ----            ----  ---------',
        '  User            jane  ',
        '  ServiceAccount  ci    shop',
        '  Group           devs  ',
        '',
      ].join('\n'),
    );
  });

  it('job: the defaults and the generated selector and labels; a fresh status (no start time, no pods)', () => {
    const uid = '7a3e9752-7410-413b-838b-62a02ebd1d51';
    const generated = [
      `batch.kubernetes.io/controller-uid=${uid}`,
      'batch.kubernetes.io/job-name=migrate',
      `controller-uid=${uid}`,
      'job-name=migrate',
    ];
    const r = k('describe', 'job', 'migrate', '-n', 'shop');
    expect(r.stdout).toBe(
      [
        'Name:             migrate',
        'Namespace:        shop',
        `Selector:         batch.kubernetes.io/controller-uid=${uid}`,
        `Labels:           ${generated[0]}`,
        ...generated.slice(1).map((l) => `                  ${l}`),
        'Annotations:      <none>',
        'Parallelism:      1',
        'Completions:      1',
        'Completion Mode:  NonIndexed',
        'Suspend:          false',
        'Backoff Limit:    6',
        'Pods Statuses:    0 Active / 0 Succeeded / 0 Failed',
        'Pod Template:',
        `  Labels:  ${generated[0]}`,
        ...generated.slice(1).map((l) => `           ${l}`),
        '  Containers:',
        '   migrate:',
        '    Image:      busybox:1.36',
        '    Port:       <none>',
        '    Host Port:  <none>',
        '    Command:',
        '      sh',
        '      -c',
        '      echo done',
        '    Environment:   <none>',
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Events:            <none>',
        '',
      ].join('\n'),
    );
    expect(r.notes?.[0]?.params).toEqual({ columns: 'Start Time, Pods Statuses, Events', resource: 'jobs' });
    // A work queue: no completions written, parallelism 3.
    expect(k('describe', 'job', 'workers', '-n', 'shop').stdout).toContain(
      'Parallelism:      3\nCompletions:      <unset>\n',
    );
  });

  it('cj: the defaults SetDefaults_CronJob writes, the job template as written, nothing scheduled', () => {
    const r = k('describe', 'cj', 'nightly', '-n', 'shop');
    expect(r.stdout).toBe(
      [
        'Name:                          nightly',
        'Namespace:                     shop',
        'Labels:                        <none>',
        'Annotations:                   <none>',
        'Schedule:                      0 3 * * *',
        'Concurrency Policy:            Allow',
        'Suspend:                       false',
        'Successful Job History Limit:  3',
        'Failed Job History Limit:      1',
        'Starting Deadline Seconds:     <unset>',
        'Selector:                      <unset>',
        'Parallelism:                   <unset>',
        'Completions:                   <unset>',
        'Pod Template:',
        '  Labels:  <none>',
        '  Containers:',
        '   report:',
        '    Image:           busybox:1.36',
        '    Port:            <none>',
        '    Host Port:       <none>',
        '    Environment:     <none>',
        '    Mounts:          <none>',
        '  Volumes:           <none>',
        '  Node-Selectors:    <none>',
        '  Tolerations:       <none>',
        'Last Schedule Time:  <unset>',
        'Active Jobs:         <none>',
        'Events:              <none>',
        '',
      ].join('\n'),
    );
    expect(r.notes?.[0]?.params?.['columns']).toBe('Last Schedule Time, Active Jobs, Events');
  });

  it("hpa: each metric <unknown> / target, the defaulted minimum, the target kind's pods", () => {
    expect(k('describe', 'hpa', 'web', '-n', 'shop').stdout).toBe(
      [
        'Name:                                                  web',
        'Namespace:                                             shop',
        'Labels:                                                <none>',
        'Annotations:                                           <none>',
        'CreationTimestamp:                                     Wed, 01 Jan 2025 00:00:00 +0000',
        'Reference:                                             Deployment/web',
        'Metrics:                                               ( current / target )',
        '  resource cpu on pods  (as a percentage of request):  <unknown> / 80%',
        'Min replicas:                                          1',
        'Max replicas:                                          5',
        'Deployment pods:                                       0 current / 0 desired',
        'Events:                                                <none>',
        '',
      ].join('\n'),
    );
    expect(k('describe', 'hpa', 'api', '-n', 'shop').stdout).toContain(
      [
        'Metrics:                                               ( current / target )',
        '  resource memory on pods:                             <unknown> / 500Mi',
        '  "requests_per_second" on pods:                       <unknown> / 1k',
        '  resource cpu on pods  (as a percentage of request):  <unknown> / 60%',
      ].join('\n'),
    );
  });

  it('the kinds without a describer here say so rather than print a wrong description', () => {
    for (const type of ['pv', 'limits', 'quota'])
      expect(k('describe', type, '-n', 'shop').notes?.[0]?.code).toBe('kubectl.describeNotSimulated');
  });
});

describe('the console completes the stored kinds', () => {
  it('types and names', () => {
    expect(completeKubectl(scenario, 'kubectl get persistentvolume')).toEqual([
      'persistentvolume',
      'persistentvolumeclaim',
    ]);
    expect(completeKubectl(scenario, 'kubectl get hpa -n shop ')).toEqual(['api', 'web']);
    expect(completeKubectl(scenario, 'kubectl describe clusterrole ')).toEqual(['node-viewer']);
  });
});
