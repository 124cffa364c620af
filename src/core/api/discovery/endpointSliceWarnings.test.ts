// The EndpointSlice strategy's warnings (pkg/registry/discovery/endpointslice/strategy.go, v1.34.2
// WarningsOnCreate / WarningsOnUpdate), through admission and through `kubectl apply -f`.
import { describe, expect, it } from 'vitest';
import { applyYaml, testCluster } from '../testing/testCluster.ts';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../../kubectl/runKubectl.ts';

const slice = (addressType: string, addresses: string[], labels = '{}') =>
  `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s, labels: ${labels}}\naddressType: ${addressType}\nendpoints:\n- addresses: [${addresses.join(', ')}]\n`;
const FQDN = 'spec.addressType: FQDN endpoints are deprecated';
const nonStandard = (path: string, value: string, canonical: string) =>
  `${path}: non-standard IP address "${value}" will be considered invalid in a future Kubernetes release: use "${canonical}"`;

describe('EndpointSlice warnings on create (WarningsOnCreate)', () => {
  it('FQDN: the deprecation, with upstream\'s "spec." path, positioned on addressType', () => {
    const [r] = applyYaml(testCluster(), slice('FQDN', ['web.example.com']));
    expect(r!.outcome).toBe('created');
    expect(r!.warnings).toEqual([{ field: 'addressType', message: FQDN }]);
  });

  it('IPv4: every address in non-canonical form, on its indexed path', () => {
    const [r] = applyYaml(testCluster(), slice('IPv4', ['10.1.0.6', '010.1.0.7', '10.1.000.8']));
    expect(r!.outcome).toBe('created');
    expect(r!.warnings).toEqual([
      {
        field: 'endpoints[0].addresses[1]',
        message: nonStandard('endpoints[0].addresses[1]', '010.1.0.7', '10.1.0.7'),
      },
      {
        field: 'endpoints[0].addresses[2]',
        message: nonStandard('endpoints[0].addresses[2]', '10.1.000.8', '10.1.0.8'),
      },
    ]);
  });

  it('IPv4: an IPv4-mapped IPv6 address is admitted with the warning to use the IPv4 (GetWarningsForIP, Is4In6)', () => {
    const [r] = applyYaml(testCluster(), slice('IPv4', ['"::ffff:10.1.0.7"', '"::ffff:010.1.0.8"', '"::ffff:a01:9"']));
    expect(r!.outcome).toBe('created');
    expect(r!.warnings!.map((w) => w.message)).toEqual([
      nonStandard('endpoints[0].addresses[0]', '::ffff:10.1.0.7', '10.1.0.7'),
      nonStandard('endpoints[0].addresses[1]', '::ffff:010.1.0.8', '10.1.0.8'),
      nonStandard('endpoints[0].addresses[2]', '::ffff:a01:9', '10.1.0.9'),
    ]);
  });

  it('FQDN: an address that is also a sloppy IP gets the IP warning after the deprecation', () => {
    const [r] = applyYaml(testCluster(), slice('FQDN', ['010.1.0.7']));
    expect(r!.warnings.map((w) => w.message)).toEqual([
      FQDN,
      nonStandard('endpoints[0].addresses[0]', '010.1.0.7', '10.1.0.7'),
    ]);
  });

  it("no IP warnings on a slice the EndpointSlice or mirroring controller manages; another manager's gets them", () => {
    for (const manager of ['endpointslice-controller.k8s.io', 'endpointslicemirroring-controller.k8s.io']) {
      const [r] = applyYaml(
        testCluster(),
        slice('IPv4', ['010.1.0.7'], `{endpointslice.kubernetes.io/managed-by: ${manager}}`),
      );
      expect(r!.outcome).toBe('created');
      expect(r!.warnings).toEqual([]);
    }
    const [r] = applyYaml(testCluster(), slice('IPv4', ['010.1.0.7'], '{endpointslice.kubernetes.io/managed-by: me}'));
    expect(r!.warnings.map((w) => w.message)).toEqual([
      nonStandard('endpoints[0].addresses[0]', '010.1.0.7', '10.1.0.7'),
    ]);
  });

  it('none when validation fails (they come after Validate)', () => {
    const [r] = applyYaml(testCluster(), slice('IPv4', ['010.1.0.7', '127.0.0.1']));
    expect(r!.outcome).toBe('invalid');
    expect(r!.warnings).toEqual([]);
  });
});

describe('EndpointSlice warnings on update (WarningsOnUpdate)', () => {
  it('the bad IPs again, not the FQDN deprecation; an unchanged apply sends nothing and gets none', () => {
    const ctx = testCluster();
    applyYaml(ctx, slice('FQDN', ['web.example.com']));
    const [changed] = applyYaml(ctx, slice('FQDN', ['web.example.com', '010.1.0.7']));
    expect(changed!.message).toBe('endpointslice.discovery.k8s.io/s configured');
    expect(changed!.warnings.map((w) => w.message)).toEqual([
      nonStandard('endpoints[0].addresses[1]', '010.1.0.7', '10.1.0.7'),
    ]);
    const [same] = applyYaml(ctx, slice('FQDN', ['web.example.com', '010.1.0.7']));
    expect(same!.message).toBe('endpointslice.discovery.k8s.io/s unchanged');
    expect(same!.warnings).toEqual([]);
  });
});

describe('kubectl apply -f prints the API warnings on stderr', () => {
  it('an EndpointSlice and a Service, each warning before its result', () => {
    const yaml =
      slice('FQDN', ['010.1.0.7']) +
      '---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  externalIPs: [192.168.001.5]\n  ports: [{port: 80}]\n';
    const r = runKubectl(loadScenario(yaml, { seed: 1, fileName: 'es.yaml' }), ['apply', '-f', 'es.yaml']);
    expect(r).toEqual({
      stdout: 'endpointslice.discovery.k8s.io/s created\nservice/web created\n',
      stderr:
        `Warning: ${FQDN}\n` +
        `Warning: ${nonStandard('endpoints[0].addresses[0]', '010.1.0.7', '10.1.0.7')}\n` +
        `Warning: ${nonStandard('spec.externalIPs[0]', '192.168.001.5', '192.168.1.5')}\n`,
      exitCode: 0,
    });
  });

  it("not the playground's own note on a kind it only stores", () => {
    const yaml = 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: c}\n';
    const s = loadScenario(yaml, { seed: 1, fileName: 'c.yaml' });
    expect(s.diagnostics.some((d) => d.severity === 'warning')).toBe(true);
    expect(runKubectl(s, ['apply', '-f', 'c.yaml'])).toEqual({
      stdout: 'poddisruptionbudget.policy/c created\n',
      stderr: '',
      exitCode: 0,
    });
  });
});
