import { describe, expect, it } from 'vitest';
import { formatFieldPath, parseFieldPath } from './fieldPath.ts';

describe('parseFieldPath', () => {
  it('splits dots and indexes', () => {
    expect(parseFieldPath('spec.ports[1].nodePort')).toEqual(['spec', 'ports', 1, 'nodePort']);
  });
  it('keeps keyed segments with dots and slashes whole', () => {
    expect(parseFieldPath('metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]')).toEqual([
      'metadata',
      'annotations',
      'service.beta.kubernetes.io/load-balancer-source-ranges',
    ]);
  });
  it('round-trips through formatFieldPath', () => {
    for (const p of ['spec.ports[0].targetPort', 'spec.clusterIPs[1]', 'metadata.labels[app.kubernetes.io/name]']) {
      expect(formatFieldPath(parseFieldPath(p))).toBe(p);
    }
  });
});
