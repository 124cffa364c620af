import { describe, expect, it } from 'vitest';
import type { Node } from './objects.ts';
import { nodeHostIPs, nodeIPv4 } from './nodeAddresses.ts';

const node = (...addresses: [string, string][]): Node => ({
  status: { addresses: addresses.map(([type, address]) => ({ type, address })) },
});

describe(nodeHostIPs, () => {
  it('puts InternalIPs before ExternalIPs and adds the first IP of the other family', () => {
    expect(nodeHostIPs(node(['ExternalIP', '203.0.113.5'], ['InternalIP', '192.168.1.11']))).toEqual(['192.168.1.11']);
    expect(
      nodeHostIPs(node(['InternalIP', 'fd00::11'], ['InternalIP', '192.168.1.11'], ['InternalIP', '10.0.0.1'])),
    ).toEqual(['fd00::11', '192.168.1.11']);
    expect(nodeHostIPs(node(['Hostname', 'node-1'], ['InternalIP', 'not-an-ip']))).toEqual([]);
  });
});

describe(nodeIPv4, () => {
  // Before, the dataplane took the first InternalIP whatever its family (or the first address of
  // any type), while kube-proxy's rules took the first IPv4 InternalIP, then ExternalIP.
  it('is the IPv4 host IP, falling back to an ExternalIP', () => {
    expect(nodeIPv4(node(['InternalIP', 'fd00::11'], ['InternalIP', '192.168.1.11']))).toBe('192.168.1.11');
    expect(nodeIPv4(node(['Hostname', 'node-1'], ['ExternalIP', '203.0.113.5']))).toBe('203.0.113.5');
    expect(nodeIPv4(node(['Hostname', 'node-1']))).toBeUndefined();
  });
});
