// spec.loadBalancerClass through admission. Expected texts: validation.go
// validateLoadBalancerClassField (messages), apimachinery IsQualifiedName, and the
// loadBalancerClass cases of strategy_test.go TestDropTypeDependentFields ("clear loadBalancerClass
// when set Service type LoadBalancer -> non LoadBalancer", "change service type and load balancer
// class") in k8s.io/kubernetes pkg/registry/core/service.
import { describe, expect, it } from 'vitest';
import { applyYaml, testCluster } from '../testing/testCluster.ts';
import createYaml from '../fixtures/lb-class-create.yaml?raw';
import updateYaml from '../fixtures/lb-class-update.yaml?raw';
import type { Service } from '../../model/objects.ts';

const QUALIFIED =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

describe('loadBalancerClass on create', () => {
  const [lb, cip, bad] = applyYaml(testCluster(), createYaml);

  it('is accepted on a LoadBalancer Service', () => {
    expect(lb!.message).toBe('service/lb created');
    expect((lb!.object as Service).spec?.loadBalancerClass).toBe('example.com/internal-vip');
  });

  it('is Forbidden on other types (and only that: no name check)', () => {
    expect(cip!.message).toBe(
      'The Service "cip" is invalid: spec.loadBalancerClass: Forbidden: may only be used when `type` is \'LoadBalancer\'',
    );
    expect(cip!.fieldErrors.map((e) => e.type)).toEqual(['Forbidden']);
  });

  it('is a qualified name', () => {
    expect(bad!.message).toBe(
      `The Service "bad" is invalid: spec.loadBalancerClass: Invalid value: "Internal VIP": ${QUALIFIED}`,
    );
  });
});

describe('loadBalancerClass on update (ValidateServiceUpdate)', () => {
  const results = applyYaml(testCluster(), updateYaml);
  const msg = (i: number) => results[i]!.message;

  it('may not change, be removed or be added while the Service stays a LoadBalancer', () => {
    expect(msg(0)).toBe('service/a created');
    expect(msg(1)).toBe(
      'The Service "a" is invalid: spec.loadBalancerClass: Invalid value: "example.com/two": may not change once set',
    );
    // A removed class is Go's nil *string, which field.Error renders as JSON null.
    expect(msg(2)).toBe(
      'The Service "a" is invalid: spec.loadBalancerClass: Invalid value: null: may not change once set',
    );
    expect(msg(3)).toBe('service/b created');
    expect(msg(4)).toBe(
      'The Service "b" is invalid: spec.loadBalancerClass: Invalid value: "example.com/one": may not change once set',
    );
  });

  it('is dropped when the Service leaves type LoadBalancer with its class unchanged', () => {
    expect(msg(5)).toBe('service/a configured');
    expect((results[5]!.object as Service).spec?.loadBalancerClass).toBeUndefined();
  });

  it('may be set when a Service becomes a LoadBalancer', () => {
    expect(msg(6)).toBe('service/c created');
    expect(msg(7)).toBe('service/c configured');
    expect((results[7]!.object as Service).spec?.loadBalancerClass).toBe('example.com/one');
  });

  it('is kept, and Forbidden, when leaving type LoadBalancer changes it too', () => {
    expect(msg(8)).toBe(
      'The Service "c" is invalid: spec.loadBalancerClass: Forbidden: may only be used when `type` is \'LoadBalancer\'',
    );
  });
});

describe('healthCheckNodePort on update (validateServiceExternalTrafficFieldsUpdate)', () => {
  it('may not change while the Service needs it', () => {
    const lb = (port: number) =>
      `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: ${port}\n  ports: [{port: 80}]\n`;
    const ctx = testCluster();
    expect(applyYaml(ctx, lb(30100))[0]!.message).toBe('service/web created');
    expect(applyYaml(ctx, lb(30100))[0]!.message).toBe('service/web unchanged');
    expect(applyYaml(ctx, lb(30101))[0]!.message).toBe(
      'The Service "web" is invalid: spec.healthCheckNodePort: Forbidden: field is immutable',
    );
  });
});
