import { describe, expect, it } from 'vitest';
import { applyYaml, testCluster } from '../testing/testCluster.ts';
import valid from './fixtures/gateway-valid.yaml?raw';
import invalidRoute from './fixtures/httproute-invalid.yaml?raw';

const route = (spec: string) =>
  `apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n${spec}`;
const one = (yaml: string) => applyYaml(testCluster(), yaml)[0]!;

describe('Gateway API admission (CRD schema + CEL of gateway-api v1.6.1)', () => {
  it('creates the four kinds with their CRD defaults and the Gateway status default', () => {
    const rs = applyYaml(testCluster(), valid);
    expect(rs.map((r) => r.message)).toEqual([
      'gatewayclass.gateway.networking.k8s.io/example created',
      'gateway.gateway.networking.k8s.io/web created',
      'httproute.gateway.networking.k8s.io/shop created',
      'referencegrant.gateway.networking.k8s.io/from-web created',
    ]);
    const gw = rs[1]!.object!;
    expect(gw.metadata!.generation).toBe(1);
    expect((gw['spec'] as { listeners: unknown[] }).listeners[0]).toEqual({
      name: 'http',
      protocol: 'HTTP',
      port: 80,
      allowedRoutes: { namespaces: { from: 'Same' } },
    });
    expect((gw['status'] as { conditions: { type: string; reason: string }[] }).conditions.map((c) => c.type)).toEqual([
      'Accepted',
      'Programmed',
    ]);
    // HTTPRoute: parentRef group/kind, backendRef group/kind/weight and the default match.
    expect(rs[2]!.object!['spec']).toEqual({
      parentRefs: [{ name: 'web', group: 'gateway.networking.k8s.io', kind: 'Gateway' }],
      hostnames: ['shop.example.com'],
      rules: [
        {
          backendRefs: [{ name: 'shop', port: 80, group: '', kind: 'Service', weight: 1 }],
          matches: [{ path: { type: 'PathPrefix', value: '/' } }],
        },
      ],
    });
  });

  it('drops status written in the manifest (the status subresource owns it)', () => {
    const r = one(route('  rules: [{}]\nstatus: {parents: []}\n'));
    expect(r.object!['status']).toBeUndefined();
  });

  it('reports schema errors, then CEL errors, with the CRD wording', () => {
    const r = one(invalidRoute);
    expect(r.outcome).toBe('invalid');
    expect(r.message.split('\n')).toEqual([
      'The HTTPRoute "shop" is invalid: ',
      `* spec.hostnames[0]: Invalid value: "Shop.example.com": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'`,
      '* spec.rules[0].matches[1].method: Unsupported value: "FETCH": supported values: "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"',
      '* spec.rules[0].backendRefs[0].weight: Invalid value: 1000001: spec.rules[0].backendRefs[0].weight in body should be less than or equal to 1000000',
      // tests/cel/httproute_test.go "invalid because path does not start with '/'"
      `* spec.rules[0].matches[0].path: Invalid value: "object": value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']`,
      // tests/cel/httproute_test.go "invalid exact (/./)"
      `* spec.rules[0].matches[1].path: Invalid value: "object": must not contain '/./' when type one of ['Exact', 'PathPrefix']`,
      // tests/cel/httproute_test.go "default groupkind with no port"
      '* spec.rules[0].backendRefs[0]: Invalid value: "object": Must have port for Service reference',
      '* spec.rules[1]: Invalid value: "object": RequestRedirect filter must not be used together with backendRefs',
      // tests/cel/httproute_test.go "invalid HTTPRouteFilterRequestHeaderModifier type filter with non-matching field"
      '* spec.rules[1].filters[0]: Invalid value: "object": filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type',
      '* spec.rules[1].filters[0]: Invalid value: "object": filter.requestRedirect must be nil if the filter.type is not RequestRedirect',
    ]);
    expect(r.field).toBe('spec.hostnames[0]');
  });

  it('allows at most 16 rules (maxItems) and refuses an unknown path type', () => {
    const rules = Array.from({ length: 17 }, () => '    - {}').join('\n');
    expect(one(route(`  rules:\n${rules}\n`)).message).toBe(
      'The HTTPRoute "r" is invalid: spec.rules: Too many: 17: must have at most 16 items',
    );
    // tests/cel/httproute_test.go "invalid type": the enum check, and the CEL rule that repeats it.
    expect(one(route('  rules:\n    - matches: [{path: {type: Regex, value: /}}]\n')).message.split('\n')).toEqual([
      'The HTTPRoute "r" is invalid: ',
      '* spec.rules[0].matches[0].path.type: Unsupported value: "Regex": supported values: "Exact", "PathPrefix", "RegularExpression"',
      `* spec.rules[0].matches[0].path: Invalid value: "object": type must be one of ['Exact', 'PathPrefix', 'RegularExpression']`,
    ]);
  });

  it('accepts RegularExpression paths the Exact rules would refuse (tests/cel/httproute_test.go)', () => {
    expect(one(route('  rules:\n    - matches: [{path: {type: RegularExpression, value: "/foo/.*"}}]\n')).outcome).toBe(
      'created',
    );
    // "invalid prefix path (/[])"
    expect(one(route('  rules:\n    - matches: [{path: {type: PathPrefix, value: "/[]"}}]\n')).message).toBe(
      `The HTTPRoute "r" is invalid: spec.rules[0].matches[0].path: Invalid value: "object": must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']`,
    );
  });

  it('checks types the CRD way and unknown fields the strict-decoding way', () => {
    expect(one(route('  rules:\n    - backendRefs: [{name: a, port: "80"}]\n')).message).toBe(
      'The HTTPRoute "r" is invalid: spec.rules[0].backendRefs[0].port: Invalid value: "string": spec.rules[0].backendRefs[0].port in body must be of type integer: "string"',
    );
    expect(one(route('  rules:\n    - backendRef: [{name: a, port: 80}]\n')).message).toBe(
      'Error from server (BadRequest): error when creating "test.yaml": HTTPRoute in version "v1" cannot be handled as a HTTPRoute: strict decoding error: unknown field "spec.rules[0].backendRef"',
    );
  });

  it('validates Gateway listeners (tests/cel/gateway_test.go)', () => {
    const gw = (listeners: string) =>
      one(
        `apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec:\n  gatewayClassName: c\n  listeners:\n${listeners}`,
      );
    expect(gw('    - {name: a, port: 80, protocol: HTTP}\n    - {name: a, port: 81, protocol: HTTP}\n').message).toBe(
      'The Gateway "g" is invalid: spec.listeners: Invalid value: "array": Listener name must be unique within the Gateway',
    );
    expect(gw('    - {name: a, port: 80, protocol: HTTP, tls: {mode: Terminate}}\n').message).toBe(
      `The Gateway "g" is invalid: spec.listeners: Invalid value: "array": tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']`,
    );
    expect(gw('    - {name: a, port: 0, protocol: HTTP}\n').message).toBe(
      'The Gateway "g" is invalid: spec.listeners[0].port: Invalid value: 0: spec.listeners[0].port in body should be greater than or equal to 1',
    );
  });

  it('requires the GatewayClass controllerName and the ReferenceGrant from/to', () => {
    expect(
      one('apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: c}\nspec: {}\n').message,
    ).toBe('The GatewayClass "c" is invalid: spec.controllerName: Required value');
    expect(
      one(
        'apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata: {name: g}\nspec: {from: [], to: [{group: "", kind: Service}]}\n',
      ).message,
    ).toBe(
      'The ReferenceGrant "g" is invalid: spec.from: Invalid value: 0: spec.from in body should have at least 1 items',
    );
  });
});

describe('CRD string lengths (kube-openapi stringValidator)', () => {
  it("words a value over the CRD's maxLength as field.TooLong does, the limit in bytes", () => {
    const r = one(route(`  rules:\n    - matches: [{queryParams: [{name: animal, value: ${'w'.repeat(1025)}}]}]\n`));
    expect(r.message).toBe(
      'The HTTPRoute "r" is invalid: spec.rules[0].matches[0].queryParams[0].value: Too long: may not be more than 1024 bytes',
    );
    // The same length is a valid header value (HTTPHeaderMatch.Value allows 4096).
    expect(one(route(`  rules:\n    - matches: [{headers: [{name: x, value: ${'w'.repeat(1025)}}]}]\n`)).outcome).toBe(
      'created',
    );
  });

  it('counts characters, not bytes, against maxLength', () => {
    // 63 two-byte characters: 126 bytes, but 63 characters, the Kind limit.
    const kind = `K${'é'.repeat(62)}`;
    const r = one(route(`  parentRefs: [{name: g, kind: ${kind}}]\n`));
    expect(r.message).toContain(
      `spec.parentRefs[0].kind: Invalid value: "${kind}": spec.parentRefs[0].kind in body should match`,
    );
  });

  it('reports only the first of maxLength, minLength and pattern that fails', () => {
    // Too long and not a DNS subdomain: only TooLong.
    expect(one(route(`  hostnames: [${'A'.repeat(254)}]\n`)).message).toBe(
      'The HTTPRoute "r" is invalid: spec.hostnames[0]: Too long: may not be more than 253 bytes',
    );
    // Empty, which the pattern would also refuse: only minLength.
    expect(one(route(`  hostnames: [""]\n`)).message).toBe(
      'The HTTPRoute "r" is invalid: spec.hostnames[0]: Invalid value: "": spec.hostnames[0] in body should be at least 1 chars long',
    );
  });
});

describe('the other kinds of the standard channel', () => {
  it('are stored but not simulated, as on a cluster with the CRDs installed', () => {
    const r = one(
      'apiVersion: gateway.networking.k8s.io/v1\nkind: GRPCRoute\nmetadata: {name: g}\nspec: {parentRefs: [{name: web}]}\n',
    );
    expect(r.outcome).toBe('created');
    expect(r.message).toBe('grpcroute.gateway.networking.k8s.io/g created');
    expect(r.warnings).toEqual([
      {
        message: 'GRPCRoute is stored but not simulated by the playground',
        field: 'kind',
        say: { code: 'kind.storedNotSimulated', params: { kind: 'GRPCRoute' } },
      },
    ]);
  });

  it("a Secret, read for its type (a Gateway listener's certificate) and its keys (kubelet), carries no such note", () => {
    const r = one('apiVersion: v1\nkind: Secret\nmetadata: {name: cert}\ntype: kubernetes.io/tls\n');
    expect(r.outcome).toBe('created');
    expect(r.warnings).toEqual([]);
  });
});
