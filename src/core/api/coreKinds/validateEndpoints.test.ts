import { describe, expect, it } from 'vitest';
import type { Endpoints } from '../../model/objects.ts';
import { renderFieldError } from '../fieldErrors.ts';
import { applyYaml, testCluster } from '../testing/testCluster.ts';
import { setEndpointsDefaults } from './clusterKinds.ts';
import { validateEndpoints } from './validateEndpoints.ts';
import { ENDPOINTS_DEPRECATED } from '../kinds.ts';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../../kubectl/runKubectl.ts';

// ValidateEndpointsCreate (kubernetes v1.34.2 pkg/apis/core/validation/validation.go) and the cases of
// TestValidateEndpointsCreate in validation_test.go that a hand-written v1 Endpoints can reach.
type Subset = NonNullable<Endpoints['subsets']>[number];
const messages = (...subsets: Subset[]): string[] => {
  const ep: Endpoints = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'mysvc', namespace: 'default' },
    subsets,
  };
  setEndpointsDefaults(ep);
  return validateEndpoints(ep).map(renderFieldError);
};
const addr = (ip: string, more = {}) => ({ addresses: [{ ip, ...more }], ports: [{ port: 8675 }] });
const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

describe('v1 Endpoints on create (validateEndpointSubsets)', () => {
  it('accepts what upstream accepts: no subsets, no ports, notReadyAddresses only, a hostname, a nodeName, an appProtocol', () => {
    expect(messages()).toEqual([]);
    expect(messages({ addresses: [{ ip: '10.10.1.1' }] })).toEqual([]);
    expect(
      messages({ notReadyAddresses: [{ ip: '10.10.1.1', hostname: 'web-0', nodeName: 'node-1.example' }] }),
    ).toEqual([]);
    expect(messages({ ...addr('10.10.1.1'), ports: [{ port: 80, appProtocol: 'kubernetes.io/h2c' }] })).toEqual([]);
    expect(
      messages({
        ...addr('10.10.1.1'),
        ports: [
          { name: 'a', port: 80 },
          { name: 'b', port: 81 },
        ],
      }),
    ).toEqual([]);
  });

  it('a subset with neither addresses nor notReadyAddresses is Required at the subset', () => {
    expect(messages({ ports: [{ port: 80 }] })).toEqual([
      'subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`',
    ]);
    expect(messages(addr('10.10.1.1'), { addresses: [], notReadyAddresses: [] })).toEqual([
      'subsets[1]: Required value: must specify `addresses` or `notReadyAddresses`',
    ]);
  });

  it('an unparseable IP: the legacy-field error, then ValidateEndpointIP its own, after hostname and nodeName', () => {
    expect(messages(addr('[2001:0db8:85a3:0042:1000:8a2e:0370:7334]', { hostname: 'Web' }))).toEqual([
      'subsets[0].addresses[0].ip: Invalid value: "[2001:0db8:85a3:0042:1000:8a2e:0370:7334]": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      `subsets[0].addresses[0].hostname: Invalid value: "Web": ${LABEL}`,
      'subsets[0].addresses[0].ip: Invalid value: "[2001:0db8:85a3:0042:1000:8a2e:0370:7334]": must be a valid IP address',
    ]);
    expect(messages({ notReadyAddresses: [{ ip: '' }] })).toEqual([
      'subsets[0].notReadyAddresses[0].ip: Invalid value: "": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      'subsets[0].notReadyAddresses[0].ip: Invalid value: "": must be a valid IP address',
    ]);
  });

  it('loopback, link-local and link-local multicast addresses (ValidateEndpointIP)', () => {
    expect(messages(addr('127.0.0.1'), addr('169.254.169.254'), addr('224.0.0.1'), addr('0.0.0.0'))).toEqual([
      'subsets[0].addresses[0].ip: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
      'subsets[1].addresses[0].ip: Invalid value: "169.254.169.254": may not be in the link-local range (169.254.0.0/16, fe80::/10)',
      'subsets[2].addresses[0].ip: Invalid value: "224.0.0.1": may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)',
      'subsets[3].addresses[0].ip: Invalid value: "0.0.0.0": may not be unspecified (0.0.0.0)',
    ]);
  });

  it('hostname a DNS-1123 label, nodeName a DNS-1123 subdomain (ValidateNodeName), an empty nodeName included', () => {
    expect(
      messages(addr('10.10.1.1', { hostname: 'web.0', nodeName: 'Node_1' }), addr('10.10.1.2', { nodeName: '' })),
    ).toEqual([
      'subsets[0].addresses[0].hostname: Invalid value: "web.0": must not contain dots',
      `subsets[0].addresses[0].nodeName: Invalid value: "Node_1": ${SUBDOMAIN}`,
      `subsets[1].addresses[0].nodeName: Invalid value: "": ${SUBDOMAIN}`,
    ]);
  });

  // TestEndpointAddressNodeNameInvalidDNSSubdomain / TestEndpointAddressNodeNameCanBeAnIPAddress.
  it('a nodeName may be an IP address, not a name with `*`', () => {
    expect(messages(addr('8.8.8.8', { hostname: 'zookeeper1', nodeName: '10.10.1.1' }))).toEqual([]);
    expect(messages(addr('8.8.8.8', { nodeName: 'illegal*.nodename' }))).toEqual([
      `subsets[0].addresses[0].nodeName: Invalid value: "illegal*.nodename": ${SUBDOMAIN}`,
    ]);
  });

  it('a port name is Required once the subset has more than one port; appProtocol is a qualified name', () => {
    expect(
      messages({
        ...addr('10.10.1.1'),
        ports: [{ name: 'a', port: 93 }, { port: 76 }, { port: 66000, appProtocol: 'lots-of[invalid]-{chars}' }],
      }),
    ).toEqual([
      'subsets[0].ports[1].name: Required value',
      'subsets[0].ports[2].name: Required value',
      'subsets[0].ports[2].port: Invalid value: 66000: must be between 1 and 65535, inclusive',
      `subsets[0].ports[2].appProtocol: Invalid value: "lots-of[invalid]-{chars}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
    ]);
  });
});

describe('v1 Endpoints decoding (k8s.io/api core/v1 types.go EndpointAddress)', () => {
  const apply = (targetRef: string) =>
    applyYaml(
      testCluster(),
      `apiVersion: v1\nkind: Endpoints\nmetadata: {name: db}\nsubsets: [{addresses: [{ip: 10.0.5.20, targetRef: ${targetRef}}]}]\n`,
    )[0]!.message;
  const head =
    'Error from server (BadRequest): error when creating "test.yaml": Endpoints in version "v1" cannot be handled as a Endpoints: ';
  it('targetRef is a v1.ObjectReference: its seven fields, strictly', () => {
    expect(apply('db-0')).toBe(
      `${head}json: cannot unmarshal string into Go struct field EndpointAddress.subsets.addresses.targetRef of type v1.ObjectReference`,
    );
    expect(apply('{kind: Pod, name: db-0, podName: db-0}')).toBe(
      `${head}strict decoding error: unknown field "subsets[0].addresses[0].targetRef.podName"`,
    );
    expect(
      apply('{kind: Pod, namespace: default, name: db-0, uid: u, apiVersion: v1, resourceVersion: "1", fieldPath: x}'),
    ).toBe('endpoints/db created');
  });
});

describe('v1 Endpoints warnings (endpointsWarnings, pkg/registry/core/endpoint/strategy.go)', () => {
  const warnings = (labels: string) =>
    applyYaml(
      testCluster(),
      `apiVersion: v1\nkind: Endpoints\nmetadata: {name: db, labels: {${labels}}}\nsubsets: [{addresses: [{ip: 10.0.5.20}, {ip: 010.0.5.21}], notReadyAddresses: [{ip: "::ffff:10.0.5.22"}]}]\n`,
    )[0]!.warnings.map((w) => w.message);
  it('GetWarningsForIP on every address, ready or not', () => {
    expect(warnings('app: db')).toEqual([
      ENDPOINTS_DEPRECATED,
      'subsets[0].addresses[1].ip: non-standard IP address "010.0.5.21" will be considered invalid in a future Kubernetes release: use "10.0.5.21"',
      'subsets[0].notReadyAddresses[0].ip: non-standard IP address "::ffff:10.0.5.22" will be considered invalid in a future Kubernetes release: use "10.0.5.22"',
    ]);
  });
  it('none when the Endpoints controller manages the object', () => {
    expect(warnings('endpoints.kubernetes.io/managed-by: endpoint-controller')).toEqual([ENDPOINTS_DEPRECATED]);
    expect(warnings('endpoints.kubernetes.io/managed-by: someone-else')).toHaveLength(3);
  });
});

// v1 Endpoints is deprecated since v1.33 (KEP-4974): the API server warns on every request for it,
// whatever the outcome, and kubectl prints each warning once per command.
describe('v1 Endpoints deprecation warning', () => {
  const deprecation = `Warning: ${ENDPOINTS_DEPRECATED}\n`;
  const endpoints = (name: string, ip: string) =>
    `apiVersion: v1\nkind: Endpoints\nmetadata: {name: ${name}}\nsubsets: [{addresses: [{ip: ${ip}}], ports: [{port: 80}]}]\n`;
  const apply = (yaml: string) =>
    runKubectl(loadScenario(yaml, { seed: 1, fileName: 'ep.yaml' }), ['apply', '-f', 'ep.yaml']);

  it('on a create, positioned on apiVersion, before the strategy warnings', () => {
    const [r] = applyYaml(testCluster(), endpoints('db', '010.0.5.21'));
    expect(r!.outcome).toBe('created');
    expect(r!.warnings.map((w) => w.field)).toEqual(['apiVersion', 'subsets[0].addresses[0].ip']);
  });

  it('once per kubectl apply, however many Endpoints it writes', () => {
    expect(apply(`${endpoints('a', '10.0.5.20')}---\n${endpoints('b', '10.0.5.21')}`)).toEqual({
      stdout: 'endpoints/a created\nendpoints/b created\n',
      stderr: deprecation,
      exitCode: 0,
    });
  });

  it('on a refused write too: the request reached the server', () => {
    const r = apply(endpoints('db', '127.0.0.1'));
    expect(r.exitCode).toBe(1);
    expect(r.stderr.startsWith(`${deprecation}The Endpoints "db" is invalid: `)).toBe(true);
  });
});
