// Name resolution per dnsPolicy through the real pipeline, as `ksp send`, the traffic simulation
// and the pod console see it. Expected behaviour from upstream: kubelet
// pkg/kubelet/network/dns/dns.go getPodDNSType / GetPodDNS (and dns_test.go TestGetPodDNSType:
// ClusterFirst with hostNetwork is podDNSHost, ClusterFirstWithHostNet is podDNSCluster, None uses
// only dnsConfig), kubeadm's Corefile (`forward . /etc/resolv.conf` for names outside the zone),
// and coredns plugin/kubernetes findPods (a pod record in a namespace that does not exist: NXDOMAIN).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from './send.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';

const text = readFileSync(new URL('./fixtures/dns-policies.yaml', import.meta.url), 'utf8');
const s = loadScenario(text, { fileName: 'dns-policies.yaml' });
const dp = createDataplane(s.state, createRng(1));
const send = (pod: string, to: string) =>
  dp.send({ from: { kind: 'pod', namespace: 'default', name: pod }, to, time: 0 });
const webIP = s.state.services.find((x) => x.metadata.name === 'web')!.spec.clusterIP;
const lbIP = s.state.services.find((x) => x.metadata.namespace === 'ingress-nginx')!.status!.loadBalancer!.ingress![0]!
  .ip;

describe('dnsPolicy in the data path', () => {
  it('loads without errors', () => {
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('ClusterFirst (the default): cluster names, and public names forwarded by CoreDNS', () => {
    expect(send('cluster-first', 'web').outcome).toBe('ok');
    const r = send('cluster-first', 'shop.example.com');
    expect([r.outcome, r.pod]).toEqual(['ok', 'default/web']);
    expect(r.hops.find((h) => h.kind === 'dns')).toMatchObject({
      detail: expect.stringMatching(/^kube-dns \(10\.96\.0\.10\) forwards shop\.example\.com upstream; public DNS: /),
      toIP: lbIP,
    });
  });

  it('Default: the node resolver knows no cluster name, even fully qualified, but public names and IPs work', () => {
    for (const name of ['web', 'web.default', 'web.default.svc.cluster.local']) {
      const r = send('node-dns', name);
      expect(r.outcome).toBe('dns-error');
      expect(r.why?.code).toBe('dns.podNodeResolver');
    }
    expect(send('node-dns', 'web').reason).toBe(
      'NXDOMAIN for "web" (tried web): pod default/node-dns has dnsPolicy: Default, so its /etc/resolv.conf is the node\'s (nameserver 192.168.1.1), which does not know cluster names (use dnsPolicy: ClusterFirst)',
    );
    expect(send('node-dns', 'shop.example.com').outcome).toBe('ok');
    expect(send('node-dns', `${webIP}:80`).outcome).toBe('ok');
  });

  it('hostNetwork with ClusterFirst falls back to Default; ClusterFirstWithHostNet keeps the cluster DNS', () => {
    expect(send('host-net', 'web').why?.code).toBe('dns.podHostNetwork');
    expect(send('host-net-cluster', 'web').outcome).toBe('ok');
  });

  it('None: only dnsConfig (its nameserver, search list and ndots)', () => {
    expect(send('own-search', 'web').outcome).toBe('ok');
    // No ndots option: libc's 1, so `web.default` goes out as-is first (forwarded, unknown), then
    // with the one search domain.
    const r = send('own-search', 'web.default');
    expect(r.why?.code).toBe('dns.nxdomain');
    expect(r.reason).toBe(
      'NXDOMAIN: no DNS record for "web.default" (tried web.default, web.default.default.svc.cluster.local)',
    );
    expect(send('own-server', 'web').why?.code).toBe('dns.podCustomResolver');
    expect(send('own-server', 'shop.example.com').outcome).toBe('ok');
  });

  it('a node process resolves public names (and still no cluster names)', () => {
    const from = { kind: 'node' as const, name: 'node-1' };
    expect(dp.send({ from, to: 'shop.example.com', time: 0 }).outcome).toBe('ok');
    expect(dp.send({ from, to: 'web', time: 0 }).why?.code).toBe('dns.nodeResolver');
  });

  it('pod records: a-b-c-d.<ns>.pod answers for a namespace that exists, NXDOMAIN otherwise', () => {
    expect(send('cluster-first', '10-244-1-2.default.pod.cluster.local:8080').outcome).toBe('ok');
    expect(send('cluster-first', '10-244-1-2.nosuchns.pod.cluster.local:8080').why?.code).toBe('dns.nxdomain');
  });
});

describe('dnsPolicy in the pod console', () => {
  const exec = (pod: string, ...cmd: string[]) => runKubectl(s, ['exec', pod, '--', ...cmd]);

  it('cat /etc/resolv.conf: what kubelet writes for each policy', () => {
    expect(exec('node-dns', 'cat', '/etc/resolv.conf').stdout).toBe('nameserver 192.168.1.1\n');
    expect(exec('host-net', 'cat', '/etc/resolv.conf').stdout).toBe('nameserver 192.168.1.1\n');
    expect(exec('host-net-cluster', 'cat', '/etc/resolv.conf').stdout).toBe(
      'nameserver 10.96.0.10\nsearch default.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n',
    );
    expect(exec('own-server', 'cat', '/etc/resolv.conf').stdout).toBe('nameserver 192.0.2.53\noptions ndots:2\n');
    // appendDNSConfig: nameservers and searches appended, options merged by name (the pod's win).
    expect(exec('extra-config', 'cat', '/etc/resolv.conf').stdout).toBe(
      'nameserver 10.96.0.10\nnameserver 192.0.2.53\nsearch default.svc.cluster.local svc.cluster.local cluster.local corp.example\noptions ndots:2 edns0\n',
    );
  });

  it('nslookup asks the first nameserver of the pod', () => {
    const r = exec('node-dns', 'nslookup', 'web');
    expect(r.stdout).toBe('Server:\t\t192.168.1.1\nAddress:\t192.168.1.1:53\n\n');
    expect(r.stderr).toBe("** server can't find web: NXDOMAIN\n\ncommand terminated with exit code 1\n");
    expect(exec('cluster-first', 'nslookup', 'shop.example.com').stdout).toBe(
      `Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nNon-authoritative answer:\nName:\tshop.example.com\nAddress: ${lbIP}\n\n`,
    );
  });

  it('wget from a Default pod: bad address', () => {
    const r = exec('node-dns', 'wget', '-qO-', 'http://web');
    expect([r.stderr, r.exitCode]).toEqual(["wget: bad address 'web'\ncommand terminated with exit code 1\n", 1]);
  });
});
