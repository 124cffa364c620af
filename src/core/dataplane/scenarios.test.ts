// The dataplane over whole scenarios loaded through the real pipeline (API server defaults and
// allocation, controllers, EndpointSlices, DNS): the seed's examples behave as the seed says, and
// each classic mistake fails with its outcome and a reason pointing at the YAML.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from './send.ts';
import type { Source } from './types.ts';
import type { Said } from './said.ts';

const load = (file: string, seed = 1) =>
  loadScenario(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8'), { seed, fileName: file });
const firstPod = (s: ReturnType<typeof load>, prefix: string): Source => {
  const p = s.state.pods.find((x) => x.metadata.name.startsWith(prefix));
  if (!p) throw new Error(`no pod ${prefix}`);
  return { kind: 'pod', namespace: p.metadata.namespace, name: p.metadata.name };
};
const nodeIPs = (s: ReturnType<typeof load>) =>
  s.state.nodes.map((n) => n.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '');

describe('the seed examples', () => {
  it('my-service spreads requests over its three MyApp pods', () => {
    const s = load('seed-my-service.yaml');
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const dp = createDataplane(s.state, createRng(1));
    // CoreDNS's own pods run with dnsPolicy: Default (kubeadm's manifest): the node's resolver, no
    // cluster names even with the namespace (kubelet getPodDNSType); the ClusterIP works.
    const from = firstPod(s, 'coredns');
    expect(dp.send({ from, to: 'my-service', time: 0 }).outcome).toBe('dns-error');
    expect(dp.send({ from, to: 'my-service.default', time: 0 }).why?.code).toBe('dns.podNodeResolver');
    const vip = s.state.services.find((x) => x.metadata.name === 'my-service')!.spec.clusterIP;
    const pods = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const r = dp.send({ from, to: `${vip}:80`, time: i });
      expect(r.outcome).toBe('ok');
      expect(r.port).toBe(9376);
      pods.add(r.pod!);
    }
    expect(pods.size).toBe(3);
  });

  it('myservice with ClientIP affinity pins each client to one pod', () => {
    const s = load('seed-myservice-affinity.yaml');
    const dp = createDataplane(s.state, createRng(2));
    const clients = s.state.pods.filter(
      (p) => p.metadata.namespace === 'kube-system' || p.metadata.name.startsWith('myapp'),
    );
    const pinned = new Set<string>();
    // By ClusterIP: the kube-system clients are CoreDNS pods, on the node's resolver (dnsPolicy: Default).
    const vip = s.state.services.find((x) => x.metadata.name === 'myservice')!.spec.clusterIP;
    for (const c of clients) {
      const from: Source = { kind: 'pod', namespace: c.metadata!.namespace!, name: c.metadata!.name! };
      const results = Array.from({ length: 10 }, (_, i) => dp.send({ from, to: `${vip}:80`, time: i * 30 }));
      expect(results.every((r) => r.outcome === 'ok')).toBe(true);
      const seen = new Set(results.map((r) => r.pod));
      expect(seen.size).toBe(1);
      pinned.add([...seen][0]!);
    }
    // https is a separate service port with its own affinity lists
    const r = dp.send({ from: firstPod(s, 'coredns'), to: `${vip}:443`, time: 0 });
    expect([r.outcome, r.port]).toEqual(['ok', 8443]);
    const table = dp.affinityTable(300);
    expect(table.length).toBeGreaterThanOrEqual(clients.length);
    expect(table.every((e) => e.expiresAt > 300 && e.expiresAt <= 870)).toBe(true);
    expect(pinned.size).toBeGreaterThan(1); // different clients land on different pods
  });

  it('the NodePort 30007 answers on every node IP, from outside', () => {
    const s = load('seed-nodeport.yaml');
    const dp = createDataplane(s.state, createRng(3));
    const ips = nodeIPs(s);
    expect(ips.length).toBeGreaterThan(1);
    for (const ip of ips) {
      const r = dp.send({ from: { kind: 'external' }, to: `${ip}:30007`, time: 0 });
      expect([r.outcome, r.port]).toEqual(['ok', 80]);
      expect(r.hops.find((h) => h.kind === 'kube-proxy')!.rule).toMatch(
        /^-A KUBE-NODEPORTS -m comment --comment default\/my-service -m tcp -p tcp --dport 30007 -j KUBE-EXT-/,
      );
    }
  });

  it('tomcat: NodePort 30002 and the LoadBalancer external IP both answer', () => {
    const s = load('seed-tomcat.yaml');
    const dp = createDataplane(s.state, createRng(4));
    expect(dp.send({ from: { kind: 'external' }, to: `${nodeIPs(s)[0]}:30002`, time: 0 }).outcome).toBe('ok');
    const lb = dp.loadBalancers().find((l) => l.name === 'tomcat-loadbalancer');
    expect(lb).toBeDefined();
    const r = dp.send({ from: { kind: 'external' }, to: `http://${lb!.ip}/`, time: 1 });
    expect([r.outcome, r.port]).toEqual(['ok', 8080]);
    expect(r.hops[1]!.kind).toBe('load-balancer');
  });
});

describe('failure reasons', () => {
  const s = load('failures.yaml');
  const dp = createDataplane(s.state, createRng(5));
  const from = firstPod(s, 'myapp');
  const send = (to: string) => dp.send({ from, to, time: 0 });

  it('selector matches no pods, with the nearest almost-matching label', () => {
    const r = send('typo');
    expect(r.outcome).toBe('refused');
    expect(r.reason).toMatch(
      /selector app: my-app of Service default\/typo matches no pods; nearest: pod default\/myapp-[a-z0-9-]+ has app: myapp/,
    );
    expect(r.hops.at(-1)!.at).toEqual({ kind: 'Service', namespace: 'default', name: 'typo', path: 'spec.selector' });
  });
  it('targetPort names no container port', () => {
    const r = send('named');
    expect(r.outcome).toBe('refused');
    expect(r.reason).toMatch(
      /targetPort "web" names no TCP container port of the selected pods \(they declare: http 8080\/TCP\)/,
    );
  });
  it("reads the EndpointSlice controller's record of each selected pod", () => {
    const decisions = s.state.endpointDecisions;
    expect(decisions.get('Service/default/typo')).toEqual({ selected: [] });
    const named = decisions.get('Service/default/named')!.selected;
    expect(named.length).toBe(2);
    expect(named.map((d) => [d.leftOut, d.serving, d.portsNotFound])).toEqual(named.map(() => [undefined, true, [0]]));
    expect(decisions.get('Service/default/notready')!.selected).toEqual([
      {
        namespace: 'default',
        name: 'starting',
        phase: 'Running',
        serving: false,
        terminating: false,
        portsNotFound: [],
      },
    ]);
  });
  it('namespace mismatch', () => {
    const r = send('wrongns.other');
    expect(r.outcome).toBe('refused');
    expect(r.reason).toMatch(/namespace mismatch: .* matches pods only in namespace default/);
  });
  it('pods not ready', () => {
    const r = send('notready');
    expect(r.outcome).toBe('refused');
    expect(r.reason).toMatch(
      /1 pod match the selector of default\/notready but none is Ready \(e\.g\. default\/starting/,
    );
  });
  it('wrong targetPort: the pod refuses', () => {
    const r = send('badtarget');
    expect(r.outcome).toBe('refused');
    expect(r.reason).toMatch(
      /does not listen on 8081\/TCP \(its containers declare 8080\/TCP\); check targetPort of Service default\/badtarget/,
    );
  });
  it('wrong Service port', () => {
    const r = send('badtarget:8080');
    expect(r.outcome).toBe('timeout');
    expect(r.reason).toBe('no Service port 8080/TCP on default/badtarget (its ports: 80/TCP)');
  });
  it('NXDOMAIN, with the namespace hint', () => {
    const r = send('wrongns');
    expect(r.outcome).toBe('dns-error');
    expect(r.reason).toMatch(
      /^NXDOMAIN: no DNS record for "wrongns" .*a Service wrongns exists in namespace other: use wrongns\.other/,
    );
  });
  it('ClusterIP from outside', () => {
    const cip = s.state.services.find((x) => x.metadata.name === 'badtarget')!.spec!.clusterIP!;
    const r = dp.send({ from: { kind: 'external' }, to: `${cip}:80`, time: 0 });
    expect(r.outcome).toBe('unreachable');
    expect(r.reason).toMatch(/ClusterIP of Service default\/badtarget/);
  });
  it('internalTrafficPolicy Local on a node without a local endpoint drops; with one it answers locally', () => {
    const endpointNodes = new Set(
      s.state.pods.filter((p) => p.metadata.labels?.app === 'myapp').map((p) => p.spec.nodeName),
    );
    for (const node of s.state.nodes.map((n) => n.metadata!.name!)) {
      const r = dp.send({
        from: { kind: 'node', name: node },
        to: `${s.state.services.find((x) => x.metadata.name === 'nodelocal')!.spec!.clusterIP}:80`,
        time: 0,
      });
      if (endpointNodes.has(node)) expect([r.outcome, r.node]).toEqual(['ok', node]);
      else {
        expect(r.outcome).toBe('timeout');
        expect(r.reason).toMatch(
          /internalTrafficPolicy: Local and no ready endpoint of default\/nodelocal runs on node/,
        );
      }
    }
  });
  it('ExternalName leaves the cluster', () => {
    const r = send('external-db');
    expect(r.outcome).toBe('unreachable');
    expect(r.hops.map((h) => h.kind)).toContain('external');
    expect(r.reason).toMatch(/ExternalName alias for db\.example\.com/);
  });
});

describe('pods kubelet holds back', () => {
  const s = load('waiting-pods.yaml');
  const dp = createDataplane(s.state, createRng(5));
  const send = (to: string) => dp.send({ from: firstPod(s, 'client'), to, time: 0 });

  it("names the waiting container and kubelet's reason and message, as the pod's status has them", () => {
    const r = send('web');
    expect(r.outcome).toBe('refused');
    expect(r.reason).toMatch(
      /2 pods match the selector of default\/web but none is Ready \(e\.g\. default\/web-\w+-\w+: phase Pending, not Ready; container app is waiting: CreateContainerConfigError: couldn't find key color in ConfigMap default\/web-config\)$/,
    );
    // kubelet's words are a parameter, not wording: the page says them verbatim in every language.
    const why = r.why?.params.why as Said;
    expect(why.code).toBe('explain.noneReadyOther');
    expect(why.params.state).toEqual({
      code: 'podState.waiting',
      params: {
        state: { code: 'podState.notReady', params: { phase: 'Pending' } },
        container: 'app',
        why: "CreateContainerConfigError: couldn't find key color in ConfigMap default/web-config",
      },
    });
  });

  it('a pod whose volume kubelet cannot mount waits in ContainerCreating with no IP', () => {
    const r = send('tls-proxy:443');
    expect(r.outcome).toBe('refused');
    expect(r.reason).toMatch(
      /\(e\.g\. default\/tls-proxy: phase Pending, no IP yet; container proxy is waiting: ContainerCreating\)$/,
    );
  });
});

describe('Ingress (ingress-nginx)', () => {
  const s = load('ingress.yaml');
  const dp = createDataplane(s.state, createRng(6));
  const get = (host: string, path: string) =>
    dp.send({ from: { kind: 'external' }, to: `http://${host}${path}`, time: 0 });
  it('routes host + longest prefix, Exact wins ties, wildcard covers one label', () => {
    expect(get('shop.example.com', '/').pod).toMatch(/^default\/web-/);
    expect(get('shop.example.com', '/api/users').pod).toMatch(/^default\/api-/);
    expect(get('shop.example.com', '/api').pod).toMatch(/^default\/web-/);
    expect(get('a.example.org', '/x').pod).toMatch(/^default\/api-/);
    const r = get('shop.example.com', '/');
    expect(r.hops.map((h) => h.kind)).toEqual(expect.arrayContaining(['dns', 'load-balancer', 'ingress', 'pod']));
    expect(r.sourceIP).toMatch(/^10\.244\./); // the controller pod's IP
  });
  it('404 when no host or path matches, 503 when the backend has no endpoints', () => {
    const miss = dp.send({
      from: { kind: 'external' },
      to: `http://${dp.loadBalancers().find((l) => l.namespace === 'ingress-nginx')!.ip}/`,
      host: 'other.example.com',
      time: 0,
    });
    expect([miss.outcome, miss.status]).toEqual(['http-error', 404]);
    expect(miss.reason).toMatch(/no Ingress rule matches host "other\.example\.com"/);
    const broken = get('shop.example.com', '/broken');
    expect([broken.outcome, broken.status]).toEqual(['http-error', 503]);
    expect(broken.reason).toMatch(/Service default\/empty has no ready endpoints: selector app: nothing-here/);
    expect(get('b.a.example.org', '/').outcome).toBe('dns-error');
  });
});

describe('native sidecars (restartable init containers)', () => {
  // The EndpointSlice controller resolves `targetPort: http-proxy` to the sidecar's 15001
  // (FindPort walks restartable init containers); the pod must then answer on 15001 too.
  it('a named targetPort on a sidecar port reaches the sidecar, and the pod answers there', () => {
    const s = load('native-sidecar.yaml');
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const slice = s.state.endpointSlices.find((e) => e.metadata.labels?.['kubernetes.io/service-name'] === 'web');
    expect(slice?.ports).toEqual([{ name: '', port: 15001, protocol: 'TCP' }]);
    const dp = createDataplane(s.state, createRng(1));
    const r = dp.send({ from: firstPod(s, 'client'), to: 'web:80', time: 0 });
    expect([r.outcome, r.pod, r.port, r.reason]).toEqual(['ok', 'default/web', 15001, undefined]);
  });
});
