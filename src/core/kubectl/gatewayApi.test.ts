// kubectl over the Gateway API kinds, through the whole pipeline (admission, the built-in
// controller): get tables from the CRDs' printer columns, -o yaml with status, the generic
// describer (kubectl pkg/describe/describe.go genericDescriber) and short names.
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/gateway-api.yaml?raw';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from './runKubectl.ts';
import { camelSplit, smartLabelFor } from './describe/generic.ts';

const scenario = loadScenario(fixture, { seed: 1 });
const k = (...args: string[]) => runKubectl(scenario, args);

describe('kubectl and the Gateway API', () => {
  it('get gatewayclass / gateway / httproute print the CRD columns', () => {
    expect(k('get', 'gc').stdout).toBe(
      'NAME    CONTROLLER                                   ACCEPTED   AGE\n' +
        'nginx   gateway.nginx.org/nginx-gateway-controller   True       60s\n',
    );
    expect(k('get', 'gateways').stdout).toBe(
      'NAME   CLASS   ADDRESS         PROGRAMMED   AGE\ngw     nginx   198.51.100.10   True         60s\n',
    );
    // A list column prints as compact JSON; no hostnames is an empty cell.
    expect(k('get', 'httproutes').stdout).toBe(
      'NAME   HOSTNAMES             AGE\nbad                          60s\nweb    ["web.example.com"]   60s\n',
    );
    expect(k('get', 'gtw', 'gw', '-o', 'name').stdout).toBe('gateway.gateway.networking.k8s.io/gw\n');
  });

  it('-o yaml shows the status the controller wrote', () => {
    const y = k('get', 'httproute', 'bad', '-o', 'yaml').stdout;
    expect(y).toContain('      reason: NoMatchingParent\n');
    expect(y).toContain('    controllerName: gateway.nginx.org/nginx-gateway-controller\n');
  });

  it('describe uses the generic describer', () => {
    const out = k('describe', 'gateway', 'gw').stdout;
    expect(out.split('\n').slice(0, 14)).toEqual([
      'Name:         gw',
      'Namespace:    default',
      'Labels:       <none>',
      'Annotations:  <none>',
      'API Version:  gateway.networking.k8s.io/v1',
      'Kind:         Gateway',
      'Metadata:',
      '  Creation Timestamp:  2025-01-01T00:00:00Z',
      '  Generation:          1',
      expect.stringMatching(/^ {2}Resource Version: {4}\d+$/),
      expect.stringMatching(/^ {2}UID: {17}[0-9a-f-]{36}$/),
      'Spec:',
      '  Gateway Class Name:  nginx',
      '  Listeners:',
    ]);
    expect(out).toContain('    Attached Routes:  2\n');
    expect(out.endsWith('Events:       <none>\n')).toBe(true);
  });

  it('smartLabelFor splits camel case as fatih/camelcase does (describe_test.go TestSmartLabelFor)', () => {
    expect(smartLabelFor('apiVersion')).toBe('API Version');
    expect(smartLabelFor('uid')).toBe('UID');
    expect(smartLabelFor('gatewayClassName')).toBe('Gateway Class Name');
    expect(smartLabelFor('app.kubernetes.io/name')).toBe('app.kubernetes.io/name');
    expect(camelSplit('IPAddress')).toEqual(['IP', 'Address']);
  });
});
