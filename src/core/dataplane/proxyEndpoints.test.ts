import { describe, expect, it } from 'vitest';
import type { AdmittedEndpointSlice } from '../model/admitted.ts';
import { collectEndpoints } from './proxyEndpoints.ts';

// endpointslicecache.go addEndpoints (v1.34): kube-proxy takes addresses[0] through
// utilnet.ParseIPSloppy(...).String(), so a slice the API server admitted with a sloppy IPv4
// (leading zeros, or IPv4-mapped IPv6) is proxied to the plain IPv4, and merges with it.
describe('collectEndpoints', () => {
  it('proxies to the IPv4 as net.IP prints it', () => {
    const slice = (name: string, addresses: string[]): AdmittedEndpointSlice => ({
      metadata: { name, namespace: 'default' },
      addressType: 'IPv4',
      ports: [{ name: '', protocol: 'TCP', port: 8080 }],
      endpoints: addresses.map((a) => ({ addresses: [a] })),
    });
    const eps = collectEndpoints(
      [slice('a', ['::ffff:10.1.0.7', '010.1.0.8']), slice('b', ['10.1.0.7'])],
      '',
      'TCP',
      'node-1',
    );
    expect(eps.map((e) => e.endpoint)).toEqual(['10.1.0.7:8080', '10.1.0.8:8080']);
    expect(eps.map((e) => e.ip)).toEqual(['10.1.0.7', '10.1.0.8']);
  });
});
