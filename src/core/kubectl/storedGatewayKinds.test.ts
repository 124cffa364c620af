// `kubectl get` and `describe` of the Gateway API kinds the playground stores without simulating
// (GRPCRoute, TLSRoute, TCPRoute, UDPRoute, ListenerSet, BackendTLSPolicy): names, short names and
// columns from the v1.6.1 standard-channel CRDs (additionalPrinterColumns), kubectl's generic describer.
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/stored-kinds.yaml?raw';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from './runKubectl.ts';

const scenario = loadScenario(fixture);
const k = (...args: string[]) => runKubectl(scenario, args);

describe('kubectl get of the stored Gateway API kinds', () => {
  it('grpcroutes: Hostnames as compact JSON, like httproutes', () => {
    expect(k('get', 'grpcroutes', '-n', 'shop').stdout).toBe(
      'NAME      HOSTNAMES              AGE\ngreeter   ["grpc.example.com"]   60s\n',
    );
  });

  it('tlsroutes, tcproutes, udproutes and backendtlspolicies (btlspolicy) have only Age', () => {
    expect(k('get', 'tlsroute,tcproute,udproute,btlspolicy', '-n', 'shop', '-o', 'name').stdout).toBe(
      [
        'tlsroute.gateway.networking.k8s.io/passthrough',
        'tcproute.gateway.networking.k8s.io/db',
        'udproute.gateway.networking.k8s.io/dns',
        'backendtlspolicy.gateway.networking.k8s.io/web-tls',
        '',
      ].join('\n'),
    );
    expect(k('get', 'udproutes', '-n', 'shop').stdout).toBe('NAME   AGE\ndns    60s\n');
  });

  it('listenersets (lset): Accepted and Programmed stay empty, and the note says why', () => {
    const r = k('get', 'lset', '-n', 'shop');
    expect(r.stdout).toBe('NAME    ACCEPTED   PROGRAMMED   AGE\nextra                           60s\n');
    expect(r.stderr).toBe(
      "ksp: ACCEPTED, PROGRAMMED: the playground runs no controller for listenersets, so these can differ from a cluster's\n",
    );
  });

  it('NotFound names the group; describe uses the generic describer', () => {
    expect(k('get', 'grpcroute', 'nope', '-n', 'shop').stderr).toBe(
      'Error from server (NotFound): grpcroutes.gateway.networking.k8s.io "nope" not found\n',
    );
    const d = k('describe', 'tcproute', 'db', '-n', 'shop').stdout;
    expect(d).toMatch(/^Name: {9}db\nNamespace: {4}shop\n/);
    expect(d).toContain('Kind:         TCPRoute\n');
    expect(d).toMatch(/\nEvents: +<none>\n$/);
  });
});
