import { describe, expect, it } from 'vitest';
import { applyYaml, testCluster } from './testing/testCluster.ts';
import invalidIngress from './fixtures/ingress-invalid.yaml?raw';
import validIngress from './fixtures/ingress-valid.yaml?raw';

describe('Ingress validation (networking/validation ValidateIngressCreate)', () => {
  it('admits a valid IngressClass and Ingress with kubectl texts', () => {
    const results = applyYaml(testCluster(), validIngress);
    expect(results.map((r) => r.message)).toEqual([
      'ingressclass.networking.k8s.io/nginx created',
      'ingress.networking.k8s.io/shop created',
    ]);
    expect(results[1]!.object!.metadata!.generation).toBe(1);
  });

  it('reports each rule with upstream messages in order', () => {
    const [r] = applyYaml(testCluster(), invalidIngress);
    expect(r!.outcome).toBe('invalid');
    expect(r!.message.split('\n')).toEqual([
      'The Ingress "shop" is invalid: ',
      '* spec.rules[0].host: Invalid value: "10.0.0.5": must be a DNS name, not an IP address',
      '* spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified',
      "* spec.rules[1].host: Invalid value: \"*.Shop.example\": a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      '* spec.rules[1].http.paths[0].path: Invalid value: "api//v1": must be an absolute path',
      '* spec.rules[1].http.paths[0].path: Invalid value: "api//v1": must not contain \'//\'',
      '* spec.rules[1].http.paths[0].backend: Invalid value: "": cannot set both port name & port number',
      '* spec.rules[1].http.paths[1].path: Invalid value: "/static/..": cannot end with \'/..\'',
      '* spec.rules[1].http.paths[1].backend: Required value: port name or number is required',
      '* spec.rules[1].http.paths[2].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"',
      "* spec.rules[1].http.paths[2].backend.service.name: Invalid value: \"9static\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
      '* spec.rules[1].http.paths[2].backend.service.port.number: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ]);
  });

  it('needs defaultBackend or rules', () => {
    const [r] = applyYaml(
      testCluster(),
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: empty}\nspec: {}\n',
    );
    expect(r!.message).toBe(
      'The Ingress "empty" is invalid: spec: Invalid value: null: either `defaultBackend` or `rules` must be specified',
    );
  });

  it('needs paths in an http rule and a backend kind', () => {
    const [r] = applyYaml(
      testCluster(),
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: x}\nspec:\n  defaultBackend: {}\n  rules: [{host: a.example, http: {paths: []}}]\n',
    );
    expect(r!.message).toBe(
      'The Ingress "x" is invalid: \n* spec.defaultBackend: Invalid value: "": resource or service backend is required\n* spec.rules[0].http.paths: Required value',
    );
  });

  it('checks the ingress.class annotation against ingressClassName', () => {
    const [r] = applyYaml(
      testCluster(),
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: x\n  annotations: {kubernetes.io/ingress.class: traefik}\nspec:\n  ingressClassName: nginx\n  defaultBackend: {service: {name: web, port: {number: 80}}}\n',
    );
    expect(r!.message).toBe(
      'The Ingress "x" is invalid: annotations.kubernetes.io/ingress.class: Invalid value: "traefik": must match `ingressClassName` when both are specified',
    );
  });

  it('requires an IngressClass controller', () => {
    const [r] = applyYaml(
      testCluster(),
      'apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: {name: c}\nspec: {}\n',
    );
    expect(r!.message).toBe('The IngressClass "c" is invalid: spec.controller: Required value');
  });

  it('limits the IngressClass controller to 250 bytes (maxLenIngressClassController)', () => {
    const ic = (controller: string) =>
      applyYaml(
        testCluster(),
        `apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: {name: c}\nspec: {controller: ${controller}}\n`,
      )[0]!;
    expect(ic(`example.com/${'a'.repeat(238)}`).outcome).toBe('created');
    // 239 characters, but é is two bytes in UTF-8: 251 bytes.
    expect(ic(`example.com/${'a'.repeat(237)}é`).message).toBe(
      'The IngressClass "c" is invalid: spec.controller: Too long: may not be more than 250 bytes',
    );
  });
});
