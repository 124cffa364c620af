import { describe, expect, it } from 'vitest';
import { hashAndTruncate, servicePortChainNameBase, servicePortEndpointChainNameBase } from './chainNames.ts';

describe('nftables chain names (pkg/proxy/nftables/proxier.go hashAndTruncate)', () => {
  it.each([
    ['ns1', 'svc1', 'ULMVA6XW-ns1/svc1/tcp/p80'],
    ['ns2', 'svc2', '42NFTM6N-ns2/svc2/tcp/p80'],
    ['ns3', 'svc3', '4AT6LBPK-ns3/svc3/tcp/p80'],
    ['ns4', 'svc4', 'LAUZTJTB-ns4/svc4/tcp/p80'],
    ['ns5', 'svc5', 'HVFWP5L3-ns5/svc5/tcp/p80'],
  ])('service %s/%s → %s', (ns, name, base) => {
    expect(servicePortChainNameBase(ns, name, 'TCP', 'p80')).toBe(base);
  });

  it.each([
    ['ns1', 'svc1', '10.180.0.1', '5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80'],
    ['ns2', 'svc2', '10.180.0.2', 'SGOXE6O3-ns2/svc2/tcp/p80__10.180.0.2/80'],
    ['ns4', 'svc4', '10.180.0.4', 'UNZV3OEC-ns4/svc4/tcp/p80__10.180.0.4/80'],
    ['ns4', 'svc4', '10.180.0.5', '5RFCDDV7-ns4/svc4/tcp/p80__10.180.0.5/80'],
    ['ns5', 'svc5', '10.180.0.3', 'GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80'],
  ])('endpoint %s/%s %s → %s', (ns, name, ip, base) => {
    expect(servicePortEndpointChainNameBase(ns, name, 'tcp', 'p80', ip, 80)).toBe(base);
  });

  it('replaces IPv6 colons and truncates very long names to 240 characters', () => {
    expect(servicePortEndpointChainNameBase('a', 'b', 'tcp', 'p', 'fd00::1', 80)).toMatch(
      /^[A-Z2-7]{8}-a\/b\/tcp\/p__fd00\.\.1\/80$/,
    );
    const long = hashAndTruncate('x'.repeat(300));
    expect(long).toHaveLength(240);
    expect(long.endsWith('...')).toBe(true);
  });
});
