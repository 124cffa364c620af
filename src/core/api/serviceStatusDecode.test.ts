import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/index.ts';

describe('decoding Service status', () => {
  it('a mapping where status.loadBalancer.ingress is a list is the API server decode error, not a crash', () => {
    const text = readFileSync(new URL('./fixtures/lb-ingress-mapping.yaml', import.meta.url), 'utf8');
    const s = loadScenario(text, { fileName: 'lb.yaml' });
    expect(s.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])).toEqual([
      [
        13,
        'Error from server (BadRequest): error when creating "lb.yaml": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal object into Go struct field LoadBalancerStatus.status.loadBalancer.ingress of type []v1.LoadBalancerIngress',
      ],
    ]);
  });
});
