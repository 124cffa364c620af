// The ServiceAccount admission plugin's lookup (plugin/pkg/admission/serviceaccount/admission.go Admit,
// getServiceAccount, shouldAutomount; api/pod/podAdmission.ts): a Pod naming an account its namespace
// does not hold is refused with 403 Forbidden, `default` is always found, and an account's
// automountServiceAccountToken applies unless the Pod sets its own.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../scenario/load.ts';
import { DiagnosticCode } from '../../diagnostics.ts';

const read = (name: string) => readFileSync(`src/core/api/pod/fixtures/${name}`, 'utf8');

describe('a Pod naming a ServiceAccount', () => {
  const s = loadScenario(read('service-account-lookup.yaml'), { fileName: 'pods.yaml' });
  const record = (name: string) => s.applied.find((a) => a.name === name)!;

  it('is refused before the account exists, as kubectl apply prints the Forbidden Status', () => {
    expect(record('early')).toMatchObject({
      outcome: 'forbidden',
      message:
        'Error from server (Forbidden): error when creating "pods.yaml": pods "early" is forbidden: ' +
        'error looking up service account default/robot: serviceaccount "robot" not found',
    });
    expect(s.state.pods.map((p) => p.metadata.name)).not.toContain('early');
  });

  it('is admitted once the account is applied, and the account is stored without a playground note', () => {
    expect(record('robot')).toMatchObject({ outcome: 'created', message: 'serviceaccount/robot created' });
    expect(record('late')).toMatchObject({ outcome: 'created', message: 'pod/late created' });
    expect(s.diagnostics.filter((d) => d.name === 'robot')).toEqual([]);
  });

  it('looks in the pod’s own namespace only', () => {
    expect(record('elsewhere').message).toBe(
      'Error from server (Forbidden): error when creating "pods.yaml": pods "elsewhere" is forbidden: ' +
        'error looking up service account shop/robot: serviceaccount "robot" not found',
    );
  });

  it('finds `default` in a namespace created earlier in the same file (the plugin waits for the controller)', () => {
    expect(record('fresh')).toMatchObject({ outcome: 'created' });
    expect(s.state.pods.find((p) => p.metadata.name === 'fresh')!.spec.serviceAccountName).toBe('default');
  });

  it('marks the line that names the account: serviceAccountName, or the deprecated serviceAccount', () => {
    const forbidden = s.diagnostics.filter((d) => d.code === DiagnosticCode.forbidden);
    expect(forbidden.map((d) => [d.name, d.line, d.severity])).toEqual([
      ['early', 7, 'error'],
      ['old-field', 32, 'error'],
      ['elsewhere', 58, 'error'],
    ]);
    expect(record('old-field').message).toContain('error looking up service account default/ghost:');
  });
});

describe('automountServiceAccountToken', () => {
  const s = loadScenario(read('service-account-automount.yaml'));
  const volumes = (name: string) =>
    (s.state.pods.find((p) => p.metadata.name === name)!.spec.volumes ?? []).map((v) => v.name);

  it('false on the account: no token volume; true on the pod wins', () => {
    expect(s.diagnostics).toEqual([]);
    expect(volumes('follows')).toEqual([]);
    expect(volumes('overrides')).toEqual([expect.stringMatching(/^kube-api-access-/)]);
  });
});
