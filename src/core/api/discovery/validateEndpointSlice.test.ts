import { describe, expect, it } from 'vitest';
import type { EndpointSlice } from '../../model/objects.ts';
import { renderFieldError } from '../fieldErrors.ts';
import { applyYaml, testCluster } from '../testing/testCluster.ts';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../../kubectl/runKubectl.ts';
import { validateEndpointSlice } from './validateEndpointSlice.ts';

// pkg/apis/discovery/validation/validation.go (v1.34): maxEndpoints 1000, maxAddresses 100,
// maxPorts 20000, maxZoneHints 8, maxNodeHints 8, each a field.TooMany.
const slice = (extra: Partial<EndpointSlice>): EndpointSlice => ({
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  metadata: { name: 's', namespace: 'default' },
  addressType: 'IPv4',
  endpoints: [],
  ...extra,
});
const messages = (es: EndpointSlice): string[] => validateEndpointSlice(es).map(renderFieldError);
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const ip = (i: number): string => `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;

describe('EndpointSlice limits (field.TooMany)', () => {
  it('more than 1000 endpoints: that error alone, the endpoints themselves unchecked', () => {
    const endpoints = times(1001, () => ({ addresses: [] }));
    expect(messages(slice({ endpoints }))).toEqual(['endpoints: Too many: 1001: must have at most 1000 items']);
    expect(messages(slice({ endpoints: endpoints.slice(0, 1000).map((_, i) => ({ addresses: [ip(i)] })) }))).toEqual(
      [],
    );
  });

  it('more than 100 addresses in an endpoint: reported, and each address still checked', () => {
    const addresses = [...times(100, ip), '127.0.0.1'];
    expect(messages(slice({ endpoints: [{ addresses }] }))).toEqual([
      'endpoints[0].addresses: Too many: 101: must have at most 100 items',
      'endpoints[0].addresses[100]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
    ]);
    expect(messages(slice({ endpoints: [{ addresses: addresses.slice(0, 100) }] }))).toEqual([]);
  });

  it('more than 20000 ports: that error alone', () => {
    const ports = times(20001, (i) => ({ name: `p${i}`, port: 80, protocol: 'TCP' }));
    expect(messages(slice({ ports }))).toEqual(['ports: Too many: 20001: must have at most 20000 items']);
  });

  it('hints: more than 8 zones ends the check; zone names are label values, node names DNS subdomains', () => {
    const forZones = times(9, (i) => ({ name: `zone-${i}` }));
    const forNodes = [{ name: 'Node_1' }];
    expect(
      messages(slice({ endpoints: [{ addresses: ['10.1.0.1'], hints: { forZones, forNodes } as never }] })),
    ).toEqual(['endpoints[0].hints.forZones: Too many: 9: must have at most 8 items']);
    const hints = { forZones: [{ name: 'a' }, { name: 'a' }, { name: 'b c' }], forNodes } as never;
    expect(messages(slice({ endpoints: [{ addresses: ['10.1.0.1'], hints }] }))).toEqual([
      'endpoints[0].hints.forZones[1].name: Duplicate value: "a"',
      "endpoints[0].hints.forZones[2].name: Invalid value: \"b c\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
      "endpoints[0].hints.forNodes[0].name: Invalid value: \"Node_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ]);
    const nine = { forZones: [{ name: 'a' }], forNodes: times(9, (i) => ({ name: `n${i}` })) } as never;
    expect(messages(slice({ endpoints: [{ addresses: ['10.1.0.1'], hints: nine }] }))).toEqual([
      'endpoints[0].hints.forNodes: Too many: 9: must have at most 8 items',
    ]);
  });

  it('reports addressType, then ports, then endpoints (ValidateEndpointSlice order)', () => {
    expect(
      messages(
        slice({
          addressType: 'IPv5' as never,
          ports: [{ name: 'a', protocol: 'HTTP' }],
          endpoints: [{ addresses: [] }],
        }),
      ),
    ).toEqual([
      'addressType: Unsupported value: "IPv5": supported values: "FQDN", "IPv4", "IPv6"',
      'ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
      'endpoints[0].addresses: Required value: must contain at least 1 address',
    ]);
  });

  it('hints decode as discovery/v1 EndpointHints: a misspelt field is a strict-decoding error', () => {
    const [ok] = applyYaml(
      testCluster(),
      'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s}\naddressType: IPv4\nendpoints: [{addresses: ["10.1.0.1"], hints: {forNodes: [{name: Node_1}]}}]\n',
    );
    expect(ok!.message).toMatch(
      /^The EndpointSlice "s" is invalid: endpoints\[0\]\.hints\.forNodes\[0\]\.name: Invalid value: "Node_1": /,
    );
    const [bad] = applyYaml(
      testCluster(),
      'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s}\naddressType: IPv4\nendpoints: [{addresses: ["10.1.0.1"], hints: {forZone: [{name: a}]}}]\n',
    );
    expect(bad!.message).toContain('unknown field "endpoints[0].hints.forZone"');
  });
});

// validateEndpoints (v1.34, pkg/apis/discovery/validation/validation.go): IPv4 addresses go through
// IsValidIPForLegacyField, IPv6 through IsValidIP; an IP of the other family is an Invalid on the
// unindexed `addresses` path, and ValidateEndpointIP still reports special ranges on the indexed one.
describe('EndpointSlice addresses (validateEndpoints)', () => {
  const check = (addressType: 'IPv4' | 'IPv6', ...addresses: string[]): string[] =>
    messages(slice({ addressType, endpoints: [{ addresses }] }));

  it("IPv4: an unparseable address gets IsValidIP's message on the indexed path", () => {
    expect(check('IPv4', '10.0.0.300', 'web')).toEqual([
      'endpoints[0].addresses[0]: Invalid value: "10.0.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      'endpoints[0].addresses[1]: Invalid value: "web": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    ]);
  });

  it('IPv4: leading zeros are accepted (sloppy parse, StrictIPCIDRValidation off)', () => {
    expect(check('IPv4', '010.001.002.003')).toEqual([]);
    // Any number of them: ParseIPSloppy reads each part with dtoi and only checks it is <= 255.
    expect(check('IPv4', '0010.1.0.0007')).toEqual([]);
    expect(check('IPv4', '10.1.0.0256')).toEqual([
      'endpoints[0].addresses[0]: Invalid value: "10.1.0.0256": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    ]);
  });

  it('IPv4: an IPv6 address is reported on `addresses`, then its special range on `addresses[j]`', () => {
    expect(check('IPv4', '10.1.0.1', '2001:db8::1', '::1')).toEqual([
      'endpoints[0].addresses: Invalid value: "2001:db8::1": must be an IPv4 address',
      'endpoints[0].addresses: Invalid value: "::1": must be an IPv4 address',
      'endpoints[0].addresses[2]: Invalid value: "::1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
    ]);
  });

  // An IPv4-mapped address: each written address against what validateEndpoints says about it.
  const mapped = (addressType: 'IPv4' | 'IPv6', cases: [string, string | null][]) =>
    expect(check(addressType, ...cases.map(([a]) => a))).toEqual(
      cases.flatMap(([a, msg], j) => (msg ? [`endpoints[0].addresses[${j}]: Invalid value: "${a}": ${msg}`] : [])),
    );

  it('IPv4: an IPv4-mapped IPv6 address is IPv4 (netutils.IsIPv4String), its ranges those of the IPv4 inside', () => {
    mapped('IPv4', [
      ['::ffff:10.1.0.1', null],
      ['::FFFF:10.1.0.2', null],
      ['0:0:0:0:0:ffff:10.1.0.3', null],
      ['::ffff:a01:4', null],
      ['::ffff:127.0.0.1', 'may not be in the loopback range (127.0.0.0/8, ::1/128)'],
      ['::ffff:0.0.0.0', 'may not be unspecified (::ffff:0.0.0.0)'],
      ['::ffff:169.254.1.1', 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'],
      ['::ffff:224.0.0.9', 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'],
    ]);
    // An IPv4-compatible address (no ffff) is IPv6.
    expect(check('IPv4', '::10.1.0.1')).toEqual([
      'endpoints[0].addresses: Invalid value: "::10.1.0.1": must be an IPv4 address',
    ]);
  });

  it("IPv6: an IPv4-mapped address fails IsValidIP's strict parse, alone on the indexed path", () => {
    mapped('IPv6', [
      ['::ffff:10.1.0.1', 'must not be an IPv4-mapped IPv6 address'],
      ['::ffff:010.1.0.1', 'must not have leading 0s'],
      ['::ffff:127.0.0.1', 'must not be an IPv4-mapped IPv6 address'],
    ]);
  });

  it('IPv6: an IPv4 address is reported on `addresses`, and its special range too', () => {
    expect(check('IPv6', '2001:db8::1', '10.1.0.1', '169.254.1.1', 'nope')).toEqual([
      'endpoints[0].addresses: Invalid value: "10.1.0.1": must be an IPv6 address',
      'endpoints[0].addresses: Invalid value: "169.254.1.1": must be an IPv6 address',
      'endpoints[0].addresses[2]: Invalid value: "169.254.1.1": may not be in the link-local range (169.254.0.0/16, fe80::/10)',
      'endpoints[0].addresses[3]: Invalid value: "nope": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    ]);
  });
});

// dropTopologyOnV1 (pkg/registry/discovery/endpointslice/strategy.go, v1.34): a v1 write's
// deprecatedTopology is decoded, then silently dropped before validation, on create and on update.
describe('EndpointSlice deprecatedTopology (dropTopologyOnV1)', () => {
  const yaml = (topology: string) =>
    `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s}\naddressType: IPv4\nendpoints: [{addresses: ["10.1.0.1"], deprecatedTopology: ${topology}}]\n`;
  const older = yaml('{kubernetes.io/hostname: node-1, topology.kubernetes.io/zone: zone-a}');

  it('is admitted and not stored; an update that only adds it is unchanged, nodeName stays unset', () => {
    const ctx = testCluster();
    const [created, again] = applyYaml(ctx, `${older}---\n${older}`);
    expect(created!.message).toBe('endpointslice.discovery.k8s.io/s created');
    expect(created!.object).toMatchObject({ endpoints: [{ addresses: ['10.1.0.1'] }] });
    const [stored] = (created!.object as unknown as EndpointSlice).endpoints!;
    expect(stored).not.toHaveProperty('deprecatedTopology');
    expect(stored).not.toHaveProperty('nodeName');
    expect(again!.message).toBe('endpointslice.discovery.k8s.io/s unchanged');
  });

  it('kubectl get -o yaml shows none', () => {
    const s = loadScenario(older, { seed: 1 });
    expect(s.applied.map((a) => a.message)).toEqual(['endpointslice.discovery.k8s.io/s created']);
    const out = runKubectl(s, ['get', 'endpointslice', 's', '-o', 'yaml']).stdout;
    expect(out).toContain('- 10.1.0.1\n');
    expect(out).not.toContain('deprecatedTopology');
    expect(out).not.toContain('node-1');
  });

  it('a list is a decode error, as for any map[string]string', () => {
    const [bad] = applyYaml(testCluster(), yaml('[node-1]'));
    expect(bad!.message).toBe(
      'Error from server (BadRequest): error when creating "test.yaml": EndpointSlice in version "v1" cannot be handled as a EndpointSlice: json: cannot unmarshal array into Go struct field Endpoint.endpoints.deprecatedTopology of type map[string]string',
    );
  });
});
