// The ServiceAccount admission plugin's token volume and mounts on every created Pod, as v1.34
// stores them (plugin/pkg/admission/serviceaccount/admission.go mountServiceAccountToken and
// TokenVolumeSource; api/pod/podAdmission.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadScenario } from '../../scenario/load.ts';

const YAML = readFileSync('src/core/api/pod/fixtures/service-account-token.yaml', 'utf8');
const PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
// rand.String(5) over rand.alphanums.
const GENERATED = /^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/;

describe('the ServiceAccount token volume', () => {
  const s = loadScenario(YAML);
  const pod = (name: string) => s.state.pods.find((p) => p.metadata.name === name)!.spec;

  it('is admitted without a diagnostic, and the same pod applied again is unchanged', () => {
    expect(s.diagnostics).toEqual([]);
    expect(s.applied.map((a) => a.message)).toContain('pod/web unchanged');
  });

  it('a projected kube-api-access-<5> volume after the pod’s own, mounted read-only in every container', () => {
    const spec = pod('web');
    const name = spec.volumes![1]!.name;
    expect(name).toMatch(GENERATED);
    // As a v1.34 cluster prints it under `kubectl get pod -o yaml`.
    const projected = parse(
      [
        'defaultMode: 420',
        'sources:',
        '- serviceAccountToken: {expirationSeconds: 3607, path: token}',
        '- configMap: {items: [{key: ca.crt, path: ca.crt}], name: kube-root-ca.crt}',
        '- downwardAPI: {items: [{fieldRef: {apiVersion: v1, fieldPath: metadata.namespace}, path: namespace}]}',
      ].join('\n'),
    );
    expect(spec.volumes).toEqual([
      { name: 'data', emptyDir: {} },
      { name, projected },
    ]);
    const token = { mountPath: PATH, name, readOnly: true };
    expect(spec.initContainers![0]!.volumeMounts).toEqual([token]);
    expect(spec.containers[0]!.volumeMounts).toEqual([{ name: 'data', mountPath: '/data' }, token]);
  });

  it('automountServiceAccountToken: false mounts nothing', () => {
    expect(pod('no-token').volumes).toBeUndefined();
    expect(pod('no-token').containers[0]!.volumeMounts).toBeUndefined();
  });

  it('a container with its own mount at the path keeps it; no volume when every container has one', () => {
    const own = pod('own-mount');
    expect(own.containers[0]!.volumeMounts).toEqual([{ name: 'mine', mountPath: PATH }]);
    expect(own.containers[1]!.volumeMounts).toEqual([{ mountPath: PATH, name: own.volumes![1]!.name, readOnly: true }]);
    expect(own.volumes!.map((v) => v.name)).toEqual(['mine', expect.stringMatching(GENERATED)]);
    expect(pod('all-own').volumes).toEqual([{ name: 'mine', emptyDir: {} }]);
  });

  it('a volume named kube-api-access-… is taken as the token’s: mounted, none added', () => {
    const spec = pod('named-like-ours');
    expect(spec.volumes).toEqual([{ name: 'kube-api-access-mine', emptyDir: {} }]);
    expect(spec.containers[0]!.volumeMounts).toEqual([
      { mountPath: PATH, name: 'kube-api-access-mine', readOnly: true },
    ]);
  });

  it('a Deployment’s pods get their own, the same for the same seed', () => {
    const names = (seed: number) =>
      loadScenario(YAML, { seed })
        .state.pods.filter((p) => p.metadata.labels?.['app'] === 'api')
        .map((p) => p.spec.volumes![0]!.name);
    const one = names(1);
    expect(one).toHaveLength(2);
    for (const n of one) expect(n).toMatch(GENERATED);
    expect(one[0]).not.toBe(one[1]);
    expect(names(1)).toEqual(one);
    expect(names(2)).not.toEqual(one);
  });

  it('a mapping where the mounts belong is the API server’s decode error, not a server error', () => {
    const odd = YAML.replace('    volumeMounts:\n    - name: data\n', '    volumeMounts:\n      name: data\n');
    const r = loadScenario(odd);
    expect(r.diagnostics.map((d) => d.message)).toContain(
      'Error from server (BadRequest): error when creating "scenario.yaml": Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal object into Go struct field Container.spec.containers.volumeMounts of type []v1.VolumeMount',
    );
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
  });

  it('a volume whose name is not a string is the API server’s decode error', () => {
    const odd = YAML.replace('  - name: data\n    emptyDir: {}\n', '  - name: -3.1e+131\n    emptyDir: {}\n');
    expect(loadScenario(odd).diagnostics.map((d) => d.message)).toContain(
      'Error from server (BadRequest): error when creating "scenario.yaml": Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field Volume.spec.volumes.name of type string',
    );
  });
});
