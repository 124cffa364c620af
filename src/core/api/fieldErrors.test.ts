import { describe, expect, it } from 'vitest';
import {
  duplicate,
  forbidden,
  invalid,
  kubectlInvalidMessage,
  notSupported,
  renderFieldError,
  required,
} from './fieldErrors.ts';

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
