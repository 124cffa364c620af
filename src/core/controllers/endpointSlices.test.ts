import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildState } from './fixtures/buildState.ts';
import type { ClusterState } from '../model/clusterState.ts';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const slicesOf = (state: ClusterState, svc: string, ns = 'default') =>
  state.endpointSlices.filter(
    (s) => s.metadata?.namespace === ns && s.metadata.labels?.['kubernetes.io/service-name'] === svc,
  );
const byPod = (state: ClusterState, svc: string) =>
  Object.fromEntries(
    slicesOf(state, svc)
      .flatMap((s) => s.endpoints)
      .map((e) => [e.targetRef?.name, e.conditions]),
  );

describe('EndpointSlice controller', () => {
  const readiness = buildState(read('readiness.yaml')).state;

  it('sets ready/serving/terminating per pod and skips Failed pods', () => {
    expect(byPod(readiness, 'api')).toEqual({
      'api-ready': { ready: true, serving: true, terminating: false },
      'api-unready': { ready: false, serving: false, terminating: false },
      'api-terminating': { ready: false, serving: true, terminating: true },
      'api-probe-failing': { ready: false, serving: false, terminating: false },
    });
    const term = readiness.pods.find((p) => p.metadata.name === 'api-terminating')!;
    expect(term.metadata.deletionTimestamp).toBe('2025-01-01T00:01:30Z');
  });

  it('marks every endpoint ready with publishNotReadyAddresses', () => {
    const c = byPod(readiness, 'api-all');
    expect(Object.keys(c).sort()).toEqual(['api-probe-failing', 'api-ready', 'api-terminating', 'api-unready']);
    expect(Object.values(c).every((x) => (x as { ready?: boolean }).ready === true)).toBe(true);
    expect(c['api-terminating']).toEqual({ ready: true, serving: true, terminating: true });
  });

  it('fills addresses, nodeName, zone and targetRef, and the slice metadata', () => {
    const [slice] = slicesOf(readiness, 'api');
    const svc = readiness.services.find((s) => s.metadata.name === 'api')!;
    const pod = readiness.pods.find((p) => p.metadata.name === 'api-ready')!;
    const ep = slice!.endpoints.find((e) => e.targetRef?.name === 'api-ready')!;
    expect(ep).toEqual({
      addresses: [pod.status?.podIP],
      conditions: { ready: true, serving: true, terminating: false },
      nodeName: pod.spec.nodeName,
      targetRef: { kind: 'Pod', namespace: 'default', name: 'api-ready', uid: pod.metadata.uid },
      zone: 'zone-a',
    });
    expect(slice!.metadata.name).toMatch(/^api-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice!.metadata.labels).toEqual({
      'kubernetes.io/service-name': 'api',
      'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
    });
    expect(slice!.metadata.ownerReferences).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Service',
        name: 'api',
        uid: svc.metadata.uid,
        controller: true,
        blockOwnerDeletion: true,
      },
    ]);
    expect(slice!.addressType).toBe('IPv4');
    expect(slice!.ports).toEqual([{ name: '', port: 8080, protocol: 'TCP' }]);
  });

  it('resolves a named targetPort per pod and splits pods by resolved ports', () => {
    const { state } = buildState(read('named-ports.yaml'));
    const slices = slicesOf(state, 'multi');
    const summary = slices.map((s) => [JSON.stringify(s.ports), s.endpoints.map((e) => e.targetRef?.name)]);
    expect(summary).toEqual([
      [JSON.stringify([{ name: 'http', port: 8080, protocol: 'TCP' }]), ['multi-a']],
      [JSON.stringify([{ name: 'http', port: 9090, protocol: 'TCP' }]), ['multi-b']],
      // multi-c declares `web` only for UDP: no TCP match, so the port is omitted for it.
      ['[]', ['multi-c']],
    ]);
  });

  it('keeps one placeholder slice for a Service that selects nothing', () => {
    const { state } = buildState(read('named-ports.yaml'));
    const slices = slicesOf(state, 'nobody');
    expect(slices).toHaveLength(1);
    expect(slices[0]?.endpoints).toEqual([]);
    expect(slices[0]?.ports).toEqual([]);
  });

  it('packs at most 100 endpoints per slice', () => {
    const { state } = buildState(read('big.yaml'));
    expect(slicesOf(state, 'big').map((s) => s.endpoints.length)).toEqual([100, 100, 50]);
  });

  it('makes no slices without a selector or for ExternalName, and labels headless slices', () => {
    const { state } = buildState(read('web.yaml'));
    expect(slicesOf(state, 'manual', 'shop')).toEqual([]);
    expect(slicesOf(state, 'db', 'shop')).toEqual([]);
    expect(slicesOf(state, 'web', 'shop')[0]?.metadata.labels).toEqual({
      tier: 'frontend',
      'kubernetes.io/service-name': 'web',
      'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
    });
    expect(slicesOf(state, 'web', 'shop')[0]?.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
    expect(slicesOf(state, 'web-headless', 'shop')[0]?.metadata.labels?.['service.kubernetes.io/headless']).toBe('');
  });

  it('sets hostname only for pods whose subdomain is the Service', () => {
    const { state } = buildState(read('statefulset.yaml'));
    expect(slicesOf(state, 'db')[0]?.endpoints.map((e) => e.hostname)).toEqual(['db-0', 'db-1', 'db-2']);
  });
});

describe('Endpoints controller', () => {
  const state = buildState(read('readiness.yaml')).state;
  const ep = (name: string) => state.endpoints.find((e) => e.metadata.name === name)!;

  it('splits ready and not-ready addresses, drops terminating and failed pods, sorts by IP', () => {
    const subset = ep('api').subsets?.[0];
    expect(ep('api').subsets).toHaveLength(1);
    expect(subset?.addresses?.map((a) => a.targetRef?.name)).toEqual(['api-ready']);
    const notReady = subset?.notReadyAddresses ?? [];
    expect(notReady.map((a) => a.targetRef?.name).sort()).toEqual(['api-probe-failing', 'api-unready']);
    expect(notReady.map((a) => a.ip)).toEqual([...notReady.map((a) => a.ip)].sort());
    expect(subset?.ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
    expect(ep('api').metadata.labels).toEqual({ 'endpoints.kubernetes.io/managed-by': 'endpoint-controller' });
  });

  it('puts every pod, terminating ones included, in addresses with publishNotReadyAddresses', () => {
    expect(
      ep('api-all')
        .subsets?.[0]?.addresses?.map((a) => a.targetRef?.name)
        .sort(),
    ).toEqual(['api-probe-failing', 'api-ready', 'api-terminating', 'api-unready']);
    expect(ep('api-all').subsets?.[0]?.notReadyAddresses).toBeUndefined();
  });

  it('keeps hand-written Endpoints of a selectorless Service and mirrors them into a slice', () => {
    const { state: s } = buildState(read('selectorless.yaml'));
    expect(s.endpoints.find((e) => e.metadata.name === 'external-db')?.subsets?.[0]?.addresses).toEqual([
      { ip: '192.0.2.42' },
    ]);
    const slices = slicesOf(s, 'external-db');
    expect(slices).toHaveLength(1);
    expect(slices[0]?.metadata.labels?.['endpointslice.kubernetes.io/managed-by']).toBe(
      'endpointslicemirroring-controller.k8s.io',
    );
    expect(slices[0]?.endpoints).toEqual([{ addresses: ['192.0.2.42'], conditions: { ready: true } }]);
    expect(slices[0]?.ports).toEqual([{ name: 'pg', port: 5432, protocol: 'TCP' }]);
  });
});
