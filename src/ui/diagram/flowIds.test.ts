import { describe, expect, it } from 'vitest';
import { flowIdsOfRef, refOfFlowId } from './flowIds.ts';

describe('refOfFlowId / flowIdsOfRef', () => {
  it('round-trips every selectable box', () => {
    for (const id of ['svc:default/web', 'pod:shop/web-1', 'ing:default/web', 'node:node-a', 'client:laptop']) {
      const ref = refOfFlowId(id);
      expect(ref).not.toBeNull();
      expect(flowIdsOfRef(ref!)).toContain(id);
    }
  });
  it('maps a load balancer to its Service and kube-proxy to its Node', () => {
    expect(refOfFlowId('lb:default/web')).toEqual({ kind: 'Service', namespace: 'default', name: 'web' });
    expect(refOfFlowId('kp:node-a')).toEqual({ kind: 'Node', name: 'node-a' });
    expect(refOfFlowId('node:(unscheduled)')).toBeNull();
    expect(refOfFlowId('garbage')).toBeNull();
  });
});
