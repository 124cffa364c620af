// The ServiceAccount token volume as kubectl v1.34 prints it: describe's Mounts (describeContainerVolumes:
// sorted by mountPath, `(ro)`) and Volumes (printProjectedVolumeSource: one line per source, Optional
// as a bool since kubectl v1.33), and `get -o yaml` with the status kubelet reports for each mount
// (RecursiveReadOnlyMounts). kubernetes/kubectl pkg/describe/describe.go at v0.34.0.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';

const s = loadScenario(readFileSync('src/core/api/pod/fixtures/service-account-token.yaml', 'utf8'));
const token = s.state.pods.find((p) => p.metadata.name === 'web')!.spec.volumes![1]!.name;

describe('the token volume in kubectl', () => {
  it('describe pod: the read-only mount under the container, the projected volume under Volumes', () => {
    const out = runKubectl(s, ['describe', 'pod', 'web']).stdout;
    expect(out).toContain(
      [
        '    Mounts:',
        '      /data from data (rw)',
        `      /var/run/secrets/kubernetes.io/serviceaccount from ${token} (ro)`,
        'Conditions:',
      ].join('\n'),
    );
    expect(out).toContain(
      [
        'Volumes:',
        '  data:',
        "    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)",
        '    Medium:     ',
        '    SizeLimit:  <unset>',
        `  ${token}:`,
        '    Type:                    Projected (a volume that contains injected data from multiple sources)',
        '    TokenExpirationSeconds:  3607',
        '    ConfigMapName:           kube-root-ca.crt',
        '    Optional:                false',
        '    DownwardAPI:             true',
        'QoS Class:                   BestEffort',
      ].join('\n'),
    );
  });

  it('describe pod: a subPath mount is flagged path="…"', () => {
    const yaml = readFileSync('src/core/api/pod/fixtures/service-account-token.yaml', 'utf8').replace(
      '      mountPath: /data\n',
      '      mountPath: /data\n      subPath: logs\n',
    );
    const out = runKubectl(loadScenario(yaml), ['describe', 'pod', 'web']).stdout;
    expect(out).toContain('      /data from data (rw,path="logs")\n');
  });

  it('get pod -o yaml: the volume, the mounts, and the mounts kubelet reports in the container status', () => {
    const yaml = runKubectl(s, ['get', 'pod', 'web', '-o', 'yaml']).stdout;
    expect(yaml).toContain(
      [
        `  - name: ${token}`,
        '    projected:',
        '      defaultMode: 420',
        '      sources:',
        '      - serviceAccountToken:',
        '          expirationSeconds: 3607',
        '          path: token',
        '      - configMap:',
        '          items:',
        '          - key: ca.crt',
        '            path: ca.crt',
        '          name: kube-root-ca.crt',
        '      - downwardAPI:',
        '          items:',
        '          - fieldRef:',
        '              apiVersion: v1',
        '              fieldPath: metadata.namespace',
        '            path: namespace',
        'status:',
      ].join('\n'),
    );
    // The same mounts in the spec and, as kubelet reports them, in the container status.
    const mounts = [
      '    volumeMounts:',
      '    - mountPath: /data',
      '      name: data',
      '    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount',
      `      name: ${token}`,
      '      readOnly: true',
    ].join('\n');
    expect(yaml).toContain(`${mounts}\n  dnsPolicy: ClusterFirst\n`);
    expect(yaml).toContain(
      `        startedAt: "2025-01-01T00:00:00Z"\n${mounts}\n      recursiveReadOnly: Disabled\n  hostIP: `,
    );
  });
});
