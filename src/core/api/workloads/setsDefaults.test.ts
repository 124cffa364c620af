// A StatefulSet and a DaemonSet as a v1.34 API server stores them, as `kubectl get -o yaml` prints
// them (setsDefaults.ts; k8s.io/kubernetes pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet,
// SetDefaults_DaemonSet, zz_generated.defaults.go, conversion.go).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../../kubectl/runKubectl.ts';

const s = loadScenario(readFileSync('src/core/api/workloads/fixtures/sets.yaml', 'utf8'));
const yaml = (kind: string, name: string) => {
  const r = runKubectl(s, ['get', kind, name, '-o', 'yaml']);
  expect(r.stderr).toBe('');
  return r.stdout;
};

describe('StatefulSet and DaemonSet defaults', () => {
  it('a claim template is a whole claim: apiVersion, kind, volumeMode and a Pending status; claims are retained', () => {
    const db = yaml('statefulset', 'db');
    expect(db).toContain(
      [
        '  persistentVolumeClaimRetentionPolicy:',
        '    whenDeleted: Retain',
        '    whenScaled: Retain',
        '  podManagementPolicy: OrderedReady',
        '  replicas: 1',
        '  revisionHistoryLimit: 10',
      ].join('\n'),
    );
    expect(db).toContain(
      [
        '  updateStrategy:',
        '    rollingUpdate:',
        '      partition: 0',
        '    type: RollingUpdate',
        '  volumeClaimTemplates:',
        '  - apiVersion: v1',
        '    kind: PersistentVolumeClaim',
        '    metadata:',
        '      name: data',
        '    spec:',
        '      accessModes:',
        '      - ReadWriteOnce',
        '      resources:',
        '        requests:',
        '          storage: 1Gi',
        '      volumeMode: Filesystem',
        '    status:',
        '      phase: Pending',
        'status:',
      ].join('\n'),
    );
  });

  it('a RollingUpdate type written alone gets no rollingUpdate; a written retention rule is kept', () => {
    const cache = yaml('statefulset', 'cache');
    expect(cache).toContain('  updateStrategy:\n    type: RollingUpdate\n');
    expect(cache).toContain('    whenDeleted: Retain\n    whenScaled: Delete\n');
    expect(cache).not.toContain('partition');
  });

  it("a DaemonSet's rolling update: maxUnavailable 1 and maxSurge 0 where unset", () => {
    expect(yaml('daemonset', 'agent')).toContain(
      [
        '  updateStrategy:',
        '    rollingUpdate:',
        '      maxSurge: 1',
        '      maxUnavailable: 1',
        '    type: RollingUpdate',
      ].join('\n'),
    );
  });
});
