// A workload's pod template as a v1.34 API server stores it, and the Pods made from it, as
// `kubectl get -o yaml` prints them (api/pod/podSpec.ts setPodSpecDefaults, setContainerDefaults;
// api/stored/batchDefaults.ts for the job templates). SetDefaults_Pod is the Pod's, not the
// template's (k8s.io/kubernetes pkg/apis/core/v1/defaults.go); a container's resources and a
// template's metadata are structs, which encoding/json writes even when empty (k8s.io/api v0.34.0
// core/v1 and batch/v1 types.go; apimachinery v0.34.0 leaves out the zero creationTimestamp).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../../kubectl/runKubectl.ts';

const s = loadScenario(readFileSync('src/core/api/pod/fixtures/templates.yaml', 'utf8'));
const yaml = (...args: string[]) => {
  const r = runKubectl(s, ['get', ...args, '-o', 'yaml']);
  expect(r.stderr).toBe('');
  return r.stdout;
};

describe('pod templates as stored', () => {
  it("a Deployment's template: SetDefaults_PodSpec only, and `resources: {}` on a container without any", () => {
    const deploy = yaml('deploy', 'agent');
    expect(deploy).toContain(
      [
        '  template:',
        '    metadata:',
        '      labels:',
        '        app: agent',
        '    spec:',
        '      containers:',
        '      - image: nginx:1.27',
        '        imagePullPolicy: IfNotPresent',
        '        name: agent',
        '        ports:',
        '        - containerPort: 8080',
        '          protocol: TCP',
        '        resources:',
        '          limits:',
        '            cpu: 500m',
        '        terminationMessagePath: /dev/termination-log',
        '        terminationMessagePolicy: File',
        '      - image: busybox:1.36',
        '        imagePullPolicy: IfNotPresent',
        '        name: log',
        '        resources: {}',
        '        terminationMessagePath: /dev/termination-log',
        '        terminationMessagePolicy: File',
        '      dnsPolicy: ClusterFirst',
        '      hostNetwork: true',
        '      restartPolicy: Always',
        '      schedulerName: default-scheduler',
        '      securityContext: {}',
        '      terminationGracePeriodSeconds: 30',
        'status:',
      ].join('\n'),
    );
    // Its ReplicaSet copies the template as stored.
    expect(yaml('rs', '-l', 'app=agent')).not.toMatch(/enableServiceLinks|requests|hostPort|creationTimestamp: null/);
  });

  it('the Pod its ReplicaSet creates gets SetDefaults_Pod: service links, requests from limits, hostPort', () => {
    // A List of one: each field two spaces further in than `get pod NAME` prints it.
    const pod = yaml('pods', '-l', 'app=agent');
    expect(pod).toContain(
      [
        '      - containerPort: 8080',
        '        hostPort: 8080',
        '        protocol: TCP',
        '      resources:',
        '        limits:',
        '          cpu: 500m',
        '        requests:',
        '          cpu: 500m',
      ].join('\n'),
    );
    expect(pod).toContain(['      name: log', '      resources: {}', '      terminationMessagePath'].join('\n'));
    expect(pod).toContain(
      ['    dnsPolicy: ClusterFirst', '    enableServiceLinks: true', '    hostNetwork: true'].join('\n'),
    );
  });

  it('a Pod written by hand: enableServiceLinks and `resources: {}`', () => {
    const pod = yaml('pod', 'solo');
    expect(pod).toContain('  enableServiceLinks: true\n');
    expect(pod).toContain('    name: web\n    resources: {}\n');
  });

  it("a CronJob's job template and its pod template: `metadata: {}` when none is written", () => {
    expect(yaml('cronjob', 'nightly')).toContain(
      [
        '  jobTemplate:',
        '    metadata: {}',
        '    spec:',
        '      template:',
        '        metadata: {}',
        '        spec:',
        '          containers:',
        '          - image: busybox:1.36',
        '            imagePullPolicy: IfNotPresent',
        '            name: report',
        '            resources: {}',
        '            terminationMessagePath: /dev/termination-log',
        '            terminationMessagePolicy: File',
        '          dnsPolicy: ClusterFirst',
        '          restartPolicy: OnFailure',
      ].join('\n'),
    );
  });
});
