import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildState } from './fixtures/buildState.ts';
import { createRng } from '../random/rng.ts';
import { createAllocators } from '../api/allocators.ts';
import { defaultSettings } from '../model/settings.ts';
import { bootstrapCluster } from './bootstrap.ts';
import { emptyClusterState, type ClusterState } from '../model/clusterState.ts';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function emptyState(): ClusterState {
  return emptyClusterState(defaultSettings(), 1, { createdAt: '2025-01-01T00:00:00Z', now: '2025-01-01T00:01:00Z' });
}

describe('bootstrapCluster', () => {
  it('creates the four system namespaces, Active, ten days old', () => {
    const state = emptyState();
    bootstrapCluster(state, createAllocators(state.settings, createRng(1)), createRng(1));
    expect(state.namespaces.map((n) => n.metadata.name)).toEqual([
      'default',
      'kube-system',
      'kube-public',
      'kube-node-lease',
    ]);
    expect(state.namespaces.every((n) => n.status?.phase === 'Active')).toBe(true);
    expect(state.namespaces[0]?.metadata.creationTimestamp).toBe('2024-12-22T00:00:00Z');
    expect(state.namespaces[0]?.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'default' });
    expect(state.origins.get('Namespace//default')).toEqual({ docIndex: -1, by: 'system' });
  });

  it('reserves 10.96.0.1 (kubernetes) and 10.96.0.10 (kube-dns) in the allocator', () => {
    const state = emptyState();
    const allocators = createAllocators(state.settings, createRng(1));
    bootstrapCluster(state, allocators, createRng(1));
    expect(allocators.clusterIP.has('10.96.0.1')).toBe(true);
    expect(allocators.clusterIP.has('10.96.0.10')).toBe(true);
    expect(allocators.clusterIP.allocate('10.96.0.10')).toEqual({ error: 'provided IP is already allocated' });
  });

  it('creates the kubernetes Service exactly as the apiserver does', () => {
    const { state } = buildState('');
    const svc = state.services.find((s) => s.metadata.name === 'kubernetes')!;
    expect(svc.metadata.labels).toEqual({ component: 'apiserver', provider: 'kubernetes' });
    expect(svc.spec.selector).toBeUndefined();
    expect(svc.spec).toMatchObject({
      clusterIP: '10.96.0.1',
      clusterIPs: ['10.96.0.1'],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
    });
    const slice = state.endpointSlices.find((s) => s.metadata.name === 'kubernetes')!;
    expect(slice.endpoints).toEqual([{ addresses: ['192.168.1.10'], conditions: { ready: true } }]);
    expect(slice.ports).toEqual([{ name: 'https', port: 6443, protocol: 'TCP' }]);
    expect(slice.metadata.labels).toEqual({ 'kubernetes.io/service-name': 'kubernetes' });
    const ep = state.endpoints.find((e) => e.metadata.name === 'kubernetes')!;
    expect(ep.subsets).toEqual([
      { addresses: [{ ip: '192.168.1.10' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] },
    ]);
  });

  it('runs CoreDNS behind kube-dns like a kubeadm cluster', () => {
    const { state } = buildState('');
    const dns = state.services.find((s) => s.metadata.name === 'kube-dns')!;
    expect(dns.metadata.namespace).toBe('kube-system');
    expect(dns.spec.clusterIP).toBe('10.96.0.10');
    expect(dns.spec.ports?.map((p) => `${p.name}:${p.port}/${p.protocol}`)).toEqual([
      'dns:53/UDP',
      'dns-tcp:53/TCP',
      'metrics:9153/TCP',
    ]);
    const pods = state.pods.filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns');
    expect(pods).toHaveLength(2);
    expect(pods.every((p) => /^coredns-[4-9bcdf]+-[bcdfghjklmnpqrstvwxz2456789]{5}$/.test(p.metadata.name))).toBe(true);
    expect(pods.every((p) => p.status?.phase === 'Running')).toBe(true);
    const slices = state.endpointSlices.filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'kube-dns');
    expect(slices).toHaveLength(1);
    expect(slices[0]?.endpoints.map((e) => e.addresses[0]).sort()).toEqual(pods.map((p) => p.status?.podIP).sort());
    expect(slices[0]?.ports).toEqual([
      { name: 'dns', port: 53, protocol: 'UDP' },
      { name: 'dns-tcp', port: 53, protocol: 'TCP' },
      { name: 'metrics', port: 9153, protocol: 'TCP' },
    ]);
    const ep = state.endpoints.find((e) => e.metadata.name === 'kube-dns')!;
    expect(ep.subsets?.[0]?.addresses).toHaveLength(2);
  });

  it('keeps system objects out of the scenario document map', () => {
    const { state } = buildState(read('web.yaml'));
    expect(state.origins.get('Service/kube-system/kube-dns')?.by).toBe('system');
    expect(state.origins.get('Deployment/kube-system/coredns')?.docIndex).toBe(-1);
  });
});
