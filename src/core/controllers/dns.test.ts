import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildState } from './fixtures/buildState.ts';
import { buildDnsIndex, dnsRecords, lookupFqdn, podDnsType, resolveName, resolvConf } from './dns.ts';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('cluster DNS', () => {
  const { state } = buildState(read('web.yaml'));
  const webIP = state.services.find((s) => s.metadata.name === 'web')!.spec!.clusterIP!;
  const index = buildDnsIndex(state);
  const fqdn = 'web.shop.svc.cluster.local';

  it.each([
    ['web', 'shop'],
    ['web.shop', 'default'],
    ['web.shop.svc', 'default'],
    ['web.shop.svc.cluster.local', 'default'],
    ['web.shop.svc.cluster.local.', 'default'],
    ['WEB.Shop', 'default'],
  ])('resolves %s from namespace %s to the ClusterIP', (name, ns) => {
    expect(resolveName(state, name, ns, index)).toEqual({ kind: 'A', addresses: [webIP], fqdn });
  });

  it('does not find a Service of another namespace by its short name', () => {
    expect(resolveName(state, 'web', 'default', index)).toEqual({
      kind: 'NXDOMAIN',
      tried: ['web.default.svc.cluster.local', 'web.svc.cluster.local', 'web.cluster.local', 'web'],
    });
  });

  it('answers a headless Service with one A per ready pod', () => {
    const ips = state.pods
      .filter((p) => p.metadata.namespace === 'shop')
      .map((p) => p.status?.podIP)
      .sort();
    const a = resolveName(state, 'web-headless', 'shop', index);
    expect(a.kind === 'A' ? [...a.addresses].sort() : a).toEqual(ips);
  });

  it('answers an ExternalName Service with a CNAME', () => {
    expect(resolveName(state, 'db.shop', 'default', index)).toEqual({
      kind: 'CNAME',
      target: 'my.database.example.com',
      fqdn: 'db.shop.svc.cluster.local',
    });
  });

  it('finds kubernetes.default and serves pod A records (pods insecure)', () => {
    expect(resolveName(state, 'kubernetes.default', 'shop', index)).toMatchObject({
      kind: 'A',
      addresses: ['10.96.0.1'],
    });
    expect(resolveName(state, '10-244-1-7.shop.pod.cluster.local', 'shop', index)).toMatchObject({
      kind: 'A',
      addresses: ['10.244.1.7'],
    });
  });

  it('serves SRV records for named ports only', () => {
    const srv = dnsRecords(state).filter((r) => r.type === 'SRV' && r.name.endsWith(fqdn));
    expect(srv).toEqual([{ name: `_http._tcp.${fqdn}`, type: 'SRV', data: `0 100 80 ${fqdn}` }]);
    expect(dnsRecords(state).some((r) => r.type === 'SRV' && r.name.includes('manual'))).toBe(false);
  });

  it('prints the resolv.conf of a ClusterFirst pod', () => {
    expect(resolvConf(state, 'shop')).toBe(
      'nameserver 10.96.0.10\nsearch shop.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n',
    );
  });

  it('gives StatefulSet pods <pod>.<service> names and returns NXDOMAIN for a headless Service with no ready pod', () => {
    const sts = buildState(read('statefulset.yaml')).state;
    const pod = sts.pods.find((p) => p.metadata.name === 'db-1')!;
    expect(resolveName(sts, 'db-1.db', 'default')).toEqual({
      kind: 'A',
      addresses: [pod.status?.podIP],
      fqdn: 'db-1.db.default.svc.cluster.local',
    });
    const yaml = read('statefulset.yaml').replace(
      '      labels:\n        app: db\n    spec:',
      '      labels:\n        app: db\n      annotations:\n        playground.ksp.dev/ready: "false"\n    spec:',
    );
    expect(resolveName(buildState(yaml).state, 'db', 'default').kind).toBe('NXDOMAIN');
  });
});

// kubelet pkg/kubelet/network/dns/dns_test.go TestGetPodDNSType: the policy × hostNetwork table.
describe('getPodDNSType', () => {
  it.each([
    ['ClusterFirst', false, 'cluster'],
    ['ClusterFirstWithHostNet', false, 'cluster'],
    ['Default', false, 'host'],
    ['None', false, 'none'],
    ['ClusterFirst', true, 'host'],
    ['ClusterFirstWithHostNet', true, 'cluster'],
    ['Default', true, 'host'],
    ['None', true, 'none'],
  ] as const)('%s with hostNetwork %s is %s', (policy, hostNetwork, type) => {
    expect(podDnsType(policy, hostNetwork)).toBe(type);
  });
});

// coredns plugin/kubernetes kubernetes.go findPods, `pods insecure`: the namespace must exist
// (namespaceExposed), then any dashed IPv4 answers.
describe('pod records', () => {
  const { state } = buildState(read('web.yaml'));
  const index = buildDnsIndex(state);
  it('answer in a namespace that exists and are NXDOMAIN in one that does not', () => {
    expect(lookupFqdn(index, '10-240-0-1.shop.pod.cluster.local')).toEqual({
      kind: 'A',
      addresses: ['10.240.0.1'],
      fqdn: '10-240-0-1.shop.pod.cluster.local',
    });
    expect(lookupFqdn(index, '10-240-0-1.nosuchns.pod.cluster.local')).toBeNull();
    expect(lookupFqdn(index, 'blah.shop.pod.cluster.local')).toBeNull();
  });
});
