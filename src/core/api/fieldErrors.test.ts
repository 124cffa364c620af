import { describe, expect, it } from 'vitest';
import {
  duplicate,
  forbidden,
  invalid,
  kubectlInvalidMessage,
  notSupported,
  renderFieldError,
  required,
  tooLong,
  tooMany,
} from './fieldErrors.ts';
import { validateCrd } from './crd/openapi.ts';

describe('renderFieldError (apimachinery field.Error.Error())', () => {
  it('renders each error type like the API server', () => {
    expect(renderFieldError(required('spec.ports[1].name'))).toBe('spec.ports[1].name: Required value');
    expect(renderFieldError(forbidden('spec.ports[0].nodePort', "may not be used when `type` is 'ClusterIP'"))).toBe(
      "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
    );
    expect(renderFieldError(invalid('spec.ports[0].port', 65536, 'must be between 1 and 65535, inclusive'))).toBe(
      'spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive',
    );
    expect(
      renderFieldError(
        invalid(
          'spec.clusterIPs',
          ['10.96.0.10'],
          'failed to allocate IP 10.96.0.10: provided IP is already allocated',
        ),
      ),
    ).toBe(
      'spec.clusterIPs: Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP is already allocated',
    );
    expect(renderFieldError(duplicate('spec.ports[1].name', 'http'))).toBe(
      'spec.ports[1].name: Duplicate value: "http"',
    );
    expect(renderFieldError(notSupported('spec.ports[0].protocol', 'HTTP', ['TCP', 'UDP', 'SCTP']))).toBe(
      'spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    );
  });
});

describe('a structured value is printed as encoding/json Marshal prints it', () => {
  it('HTML characters and U+2028/U+2029 escaped (Marshal escapes HTML); a string value with %q, unescaped', () => {
    expect(renderFieldError(invalid('metadata.ownerReferences', [{ name: 'a<b>&c\u2028' }], 'd'))).toBe(
      'metadata.ownerReferences: Invalid value: [{"name":"a\\u003cb\\u003e\\u0026c\\u2028"}]: d',
    );
    expect(renderFieldError(invalid('f', 'a<b', 'd'))).toBe('f: Invalid value: "a<b": d');
  });
});

describe('kubectlInvalidMessage (kubectl checkErr)', () => {
  it('prints one cause inline', () => {
    expect(kubectlInvalidMessage('Service', 'web', [required('spec.ports[1].name')])).toBe(
      'The Service "web" is invalid: spec.ports[1].name: Required value',
    );
  });
  it('prints several causes as bullets, without duplicates', () => {
    const e = [required('spec.ports[0].name'), required('spec.ports[1].name'), required('spec.ports[1].name')];
    expect(kubectlInvalidMessage('Service', 'web', e)).toBe(
      'The Service "web" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value',
    );
  });
});

// apimachinery v0.34.10 pkg/util/validation/field/errors.go TooLong and TooMany: the unit is
// singular for a limit of 1; TooLong omits the value, TooMany prints the actual count.
describe('TooLong and TooMany (field.TooLong, field.TooMany)', () => {
  it('says bytes or byte, without the value', () => {
    expect(renderFieldError(tooLong('metadata.annotations', 262144))).toBe(
      'metadata.annotations: Too long: may not be more than 262144 bytes',
    );
    expect(renderFieldError(tooLong('spec.x', 1))).toBe('spec.x: Too long: may not be more than 1 byte');
  });
  it('says items or item, after the actual count', () => {
    expect(renderFieldError(tooMany('endpoints', 1001, 1000))).toBe(
      'endpoints: Too many: 1001: must have at most 1000 items',
    );
    expect(renderFieldError(tooMany('spec.x', 2, 1))).toBe('spec.x: Too many: 2: must have at most 1 item');
  });
  it('a CRD maxItems of 1 reads "1 item" (apiextensions kubeOpenAPIResultToFieldErrors calls field.TooMany)', () => {
    const errs = validateCrd(['a', 'b'], { type: 'array', maxItems: 1, items: { type: 'string' } }, 'spec.refs');
    expect(errs.map(renderFieldError)).toEqual(['spec.refs: Too many: 2: must have at most 1 item']);
  });
});
