import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDataplaneWith } from './dataplane.ts';
import { stateFromStoredYaml } from '../api/testing/storedState.ts';
import { createRng } from '../random/rng.ts';
import type { NameResolver } from './dnsStep.ts';
import type { Source, TargetHold } from './types.ts';

const text = readFileSync(new URL('./fixtures/two-nodes.yaml', import.meta.url), 'utf8');
const noDns: NameResolver = (_s, name) => ({ kind: 'NXDOMAIN', tried: [name] });
const make = (seed = 7, extra = '') => createDataplaneWith(stateFromStoredYaml(text + extra), createRng(seed), noDns);
const client: Source = { kind: 'pod', namespace: 'default', name: 'client' };

describe('pod → ClusterIP', () => {
  it('spreads uniformly over the 3 endpoints (chi-square, 3000 requests, iptables cascade)', () => {
    const dp = make();
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const r = dp.send({ from: client, to: '10.96.0.20:80', time: i });
      expect(r.outcome).toBe('ok');
      counts.set(r.pod!, (counts.get(r.pod!) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['default/web-a', 'default/web-b', 'default/web-c']);
    const chi = [...counts.values()].reduce((s, c) => s + (c - 1000) ** 2 / 1000, 0);
    expect(chi).toBeLessThan(13.82); // p = 0.001, 2 degrees of freedom
  });

  it('keeps the pod IP as source (no SNAT for pod → ClusterIP) and explains the hops', () => {
    const r = make().send({ from: client, to: '10.96.0.20', time: 0 });
    expect(r.sourceIP).toBe('10.244.1.50');
    expect(r.port).toBe(9376);
    expect(r.response).toBe(r.pod!.split('/')[1]);
    const kp = r.hops.find((h) => h.kind === 'kube-proxy')!;
    expect(kp.rule).toMatch(
      /^-A KUBE-SERVICES -m comment --comment "default\/web cluster IP" -m tcp -p tcp -d 10\.96\.0\.20 --dport 80 -j KUBE-SVC-[A-Z2-7]{16}$/,
    );
    expect(r.hops.some((h) => h.kind === 'snat')).toBe(false);
    expect(r.hops.find((h) => h.kind === 'dnat')!.rule).toMatch(/-j DNAT --to-destination 10\.244\.\d\.\d+:9376$/);
  });

  it('is deterministic: same seed ⇒ identical JSON', () => {
    const run = (seed: number) => {
      const dp = make(seed);
      return JSON.stringify(
        Array.from({ length: 50 }, (_, i) => dp.send({ from: client, to: '10.96.0.21:80', time: i })),
      );
    };
    expect(run(3)).toBe(run(3));
    expect(run(3)).not.toBe(run(4));
  });
});

describe('pod sources (what a source resolved to is kept per source object, source.ts)', () => {
  it('follows a source object whose pod changes, and a changed cluster', () => {
    const dp = make();
    const from: Source = { kind: 'pod', namespace: 'default', name: 'client' };
    const first = dp.send({ from, to: '10.96.0.20:80', time: 0 });
    expect(first.sourceIP).toBe('10.244.1.50');
    expect(first.hops[0]!.detail).toBe('pod default/client (10.244.1.50) on node-1 opens a connection');
    // The same object, now naming another pod: its own address, node and hop.
    (from as { name: string }).name = 'web-b';
    const second = dp.send({ from, to: '10.96.0.20:80', time: 1 });
    expect(second.sourceIP).toBe('10.244.2.10');
    expect(second.hops[0]!.detail).toBe('pod default/web-b (10.244.2.10) on node-2 opens a connection');
    // A cluster without that pod: the source is resolved again and refused.
    dp.update(stateFromStoredYaml(text.replace(/name: web-b\n/g, 'name: web-z\n')));
    expect(dp.send({ from, to: '10.96.0.20:80', time: 2 }).outcome).toBe('unreachable');
  });
});

describe("a client's hold on its target (TargetHold)", () => {
  it('gives the results of the text alone, and is looked up again for another text or another cluster state', () => {
    const held = make();
    const plain = make();
    const hold: TargetHold = { record: undefined, view: undefined };
    const sends = (dp: ReturnType<typeof make>, to: string, from: number, h?: TargetHold) =>
      Array.from({ length: 30 }, (_, i) => JSON.stringify(dp.send({ from: client, to, time: from + i, hold: h })));
    expect(sends(held, '10.96.0.20:80', 0, hold)).toEqual(sends(plain, '10.96.0.20:80', 0));
    expect(hold.record).toBeDefined();
    // It keeps the ClusterIP's view its requests went through (loaded early by the next one).
    expect(hold.view).toBeDefined();
    const first = hold.record;
    // The same hold, with another text: that text's answers, and the hold follows it.
    expect(sends(held, '10.96.0.21:80', 30, hold)).toEqual(sends(plain, '10.96.0.21:80', 30));
    expect(hold.record).not.toBe(first);
    // After an edit (web-sticky's port 80 becomes 81), the record held from the old state is not used.
    const second = hold.record;
    const edited = stateFromStoredYaml(
      text.replace('  - name: http\n    port: 80\n', '  - name: http\n    port: 81\n'),
    );
    held.update(edited);
    plain.update(edited);
    const after = sends(held, '10.96.0.21:80', 60, hold);
    expect(after).toEqual(sends(plain, '10.96.0.21:80', 60));
    expect(hold.record).not.toBe(second);
    expect(JSON.parse(after[0]!).outcome).toBe('timeout');
  });
});

describe('masquerade matrix (docs/kube-proxy.md §1.6, upstream TestInternalExternalMasquerade)', () => {
  const src = (r: ReturnType<ReturnType<typeof make>['send']>) => r.sourceIP;
  it('node → ClusterIP is masqueraded (source outside clusterCIDR)', () => {
    const dp = make();
    for (let i = 0; i < 20; i++) {
      const r = dp.send({ from: { kind: 'node', name: 'node-1' }, to: '10.96.0.20:80', time: i });
      expect(r.outcome).toBe('ok');
      expect(src(r)).toBe(r.node === 'node-1' ? '10.244.1.1' : '192.168.49.2');
    }
  });
  it('external → NodePort with eTP Cluster: SNAT to the node (bridge address for a local pod)', () => {
    const dp = make();
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const r = dp.send({ from: { kind: 'external', ip: '203.0.113.7' }, to: '192.168.49.3:30007', time: i });
      expect(r.outcome).toBe('ok');
      seen.add(`${r.node}:${r.sourceIP}`);
    }
    expect([...seen].sort()).toEqual(['node-1:192.168.49.3', 'node-2:10.244.2.1']);
  });
  it('external → NodePort with eTP Local: client IP kept, only the local endpoint; DROP on a node without one', () => {
    const dp = make();
    const ok = dp.send({ from: { kind: 'external', ip: '203.0.113.7' }, to: '192.168.49.2:30080', time: 0 });
    expect([ok.outcome, ok.pod, ok.sourceIP]).toEqual(['ok', 'default/web-a', '203.0.113.7']);
    const dropped = dp.send({ from: { kind: 'external', ip: '203.0.113.7' }, to: '192.168.49.3:30080', time: 1 });
    expect(dropped.outcome).toBe('timeout');
    expect(dropped.reason).toMatch(
      /externalTrafficPolicy: Local and no ready endpoint of default\/web-local runs on node node-2/,
    );
    expect(dropped.hops.at(-1)!.rule).toContain('"default/web-local has no local endpoints"');
  });
  it('pod → NodePort with eTP Local on a node without local endpoints is short-circuited, unmasqueraded', () => {
    const r = make().send({ from: client, to: '192.168.49.3:30080', time: 0 });
    expect([r.outcome, r.pod, r.sourceIP]).toEqual(['ok', 'default/web-a', '10.244.1.50']);
  });
  it('pod → NodePort with eTP Cluster is masqueraded', () => {
    const r = make().send({ from: client, to: '192.168.49.3:30007', time: 0 });
    expect(r.outcome).toBe('ok');
    expect(r.sourceIP === '192.168.49.3' || r.sourceIP === '10.244.2.1').toBe(true);
  });
  it('node → its own NodePort with eTP Local reaches all endpoints, masqueraded', () => {
    const dp = make();
    const r = dp.send({ from: { kind: 'node', name: 'node-2' }, to: '192.168.49.3:30080', time: 0 });
    expect([r.outcome, r.pod]).toEqual(['ok', 'default/web-a']);
    expect(r.sourceIP).toBe('192.168.49.3');
  });
  it('hairpin: a pod reaching itself through its Service is masqueraded', () => {
    const dp = make(11);
    let hairpin = 0;
    for (let i = 0; i < 30; i++) {
      const r = dp.send({ from: { kind: 'pod', namespace: 'default', name: 'web-a' }, to: '10.96.0.20:80', time: i });
      if (r.pod === 'default/web-a') {
        hairpin++;
        expect(r.sourceIP).toBe('10.244.1.1');
      } else expect(r.sourceIP).toBe('10.244.1.10');
    }
    expect(hairpin).toBeGreaterThan(0);
  });
  it('masqueradeAll SNATs pod → ClusterIP too; no clusterCIDR means node → ClusterIP keeps its IP', () => {
    const all = make(
      1,
      '---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmasqueradeAll: true\n',
    );
    const r = all.send({ from: client, to: '10.96.0.20:80', time: 0 });
    expect(r.sourceIP).not.toBe('10.244.1.50');
    const none = make(
      1,
      '---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: ""\n',
    );
    expect(none.send({ from: { kind: 'node', name: 'node-1' }, to: '10.96.0.20:80', time: 0 }).sourceIP).toBe(
      '192.168.49.2',
    );
  });
});

describe('ClientIP affinity', () => {
  it('pins each client per node, restarts the timer per connection, expires after timeoutSeconds', () => {
    const dp = make(5);
    const first = dp.send({ from: client, to: '10.96.0.21:80', time: 0 });
    for (let t = 100; t <= 1000; t += 100)
      expect(dp.send({ from: client, to: '10.96.0.21:80', time: t }).pod).toBe(first.pod);
    const table = dp.affinityTable(1000);
    expect(table).toEqual([
      {
        node: 'node-1',
        spn: 'default/web-sticky:http',
        clientIP: '10.244.1.50',
        endpoint: first.pod,
        endpointIP: expect.stringMatching(/:9376$/),
        expiresAt: 1600,
      },
    ]);
    expect(dp.send({ from: client, to: '10.96.0.21:80', time: 1000 }).hops.some((h) => h.kind === 'affinity')).toBe(
      true,
    );
    // 600 s of silence: the entry no longer matches, a fresh random pick happens.
    const after = dp.send({ from: client, to: '10.96.0.21:80', time: 1600 });
    expect(after.hops.some((h) => h.kind === 'affinity')).toBe(false);
    expect(dp.affinityTable(1600)).toHaveLength(1);
  });
  it('NodePort traffic on different nodes keeps independent tables; ClusterIP and NodePort share the per-node entry', () => {
    const dp = make(9);
    const a = dp.send({ from: client, to: '192.168.49.2:30021', time: 0 });
    const viaCip = dp.send({ from: client, to: '10.96.0.21:80', time: 1 });
    expect(viaCip.pod).toBe(a.pod);
    const ext = { kind: 'external', ip: '203.0.113.9' } as const;
    dp.send({ from: ext, to: '192.168.49.2:30021', time: 2 });
    dp.send({ from: ext, to: '192.168.49.3:30021', time: 3 });
    expect(
      dp
        .affinityTable(3)
        .filter((e) => e.clientIP === '203.0.113.9')
        .map((e) => e.node),
    ).toEqual(['node-1', 'node-2']);
  });
  it('re-pins at random when the pinned endpoint is gone', () => {
    const dp = make(5);
    const first = dp.send({ from: client, to: '10.96.0.21:80', time: 0 });
    const podName = first.pod!.split('/')[1]!;
    // Remove the pinned pod's endpoint from the slice, as the EndpointSlice controller would.
    const without = text.replace(
      new RegExp(
        `- addresses: \\[[0-9.]+\\]\\n  nodeName: [a-z0-9-]+\\n  conditions: \\{ready: true, serving: true, terminating: false\\}\\n  targetRef: \\{kind: Pod, namespace: default, name: ${podName}\\}`,
        'g',
      ),
      '',
    );
    dp.update(stateFromStoredYaml(without));
    const next = dp.send({ from: client, to: '10.96.0.21:80', time: 10 });
    expect(next.outcome).toBe('ok');
    expect(next.pod).not.toBe(first.pod);
    expect(next.hops.some((h) => h.kind === 'affinity')).toBe(false);
    expect(dp.send({ from: client, to: '10.96.0.21:80', time: 20 }).pod).toBe(next.pod);
  });
});

describe('affinity history handed to the page (affinityStamps)', () => {
  // A second sticky Service whose 2 s timeout lapses between requests, so its clients are re-pinned
  // at random and the history really changes endpoint; web-sticky's 600 s keep every entry live.
  const brief = `---
apiVersion: v1
kind: Service
metadata: {name: web-brief, namespace: default}
spec:
  clusterIP: 10.96.0.29
  selector: {app: web}
  sessionAffinity: ClientIP
  sessionAffinityConfig: {clientIP: {timeoutSeconds: 2}}
  ports: [{name: http, port: 80, targetPort: 9376, protocol: TCP}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-brief-abcde
  namespace: default
  labels: {kubernetes.io/service-name: web-brief}
addressType: IPv4
ports: [{name: http, port: 9376, protocol: TCP}]
endpoints:
- {addresses: [10.244.1.10], nodeName: node-1, conditions: {ready: true, serving: true, terminating: false}, targetRef: {kind: Pod, namespace: default, name: web-a}}
- {addresses: [10.244.2.10], nodeName: node-2, conditions: {ready: true, serving: true, terminating: false}, targetRef: {kind: Pod, namespace: default, name: web-b}}
- {addresses: [10.244.2.11], nodeName: node-2, conditions: {ready: true, serving: true, terminating: false}, targetRef: {kind: Pod, namespace: default, name: web-c}}
`;
  it('keeps what a page can still read, through 140,000 sticky requests within one timeout', () => {
    // Every request --sets its entry (xt_recent recent_mt), so a history of every --set within the
    // 600 s timeout grew by one per request; past 131,072 its pruning overflowed the stack, every
    // later request failed with internal.error and copied the whole history (minutes, gigabytes).
    const dp = make(11, brief);
    const N = 140_000;
    const history: { key: string; endpoint: string; setAt: number; expiresAt: number }[] = [];
    let failed = 0;
    for (let i = 0; i < N; i++) {
      const time = i / 1000;
      const external = { kind: 'external', ip: `203.0.113.${i % 7}` } as const;
      const req =
        i % 2500 === 3
          ? { from: client, to: '10.96.0.29:80', time }
          : i % 3 === 0
            ? { from: client, to: '10.96.0.21:80', time }
            : { from: external, to: `192.168.49.${2 + (i % 2)}:30021`, time };
      const r = dp.send(req);
      if (r.outcome !== 'ok') {
        failed++;
        continue;
      }
      // The kernel's view of the stamp, read off the request: the node whose rules picked, the
      // client's pre-SNAT address, the pod reached.
      const node = r.hops.find((h) => h.kind === 'dnat')!.node!;
      const brief = req.to === '10.96.0.29:80';
      const spn = brief ? 'default/web-brief:http' : 'default/web-sticky:http';
      const clientIP = req.from.kind === 'external' ? req.from.ip : '10.244.1.50';
      history.push({
        key: `${node}|${spn}|${clientIP}`,
        endpoint: r.pod!,
        setAt: time,
        expiresAt: time + (brief ? 2 : 600),
      });
    }
    expect(failed).toBe(0);
    // What a page reads at moment m: per entry, its latest stamp at or before m, while live.
    const readAt = (
      stamps: readonly { key: string; endpoint: string; setAt: number; expiresAt: number }[],
      m: number,
    ) => {
      const latest = new Map<string, { endpoint: string; setAt: number; expiresAt: number }>();
      for (const s of stamps) if (s.setAt <= m) latest.set(s.key, s);
      return [...latest]
        .filter(([, s]) => m < s.expiresAt)
        .map(([key, s]) => `${key} ${s.endpoint} ${s.expiresAt}`)
        .sort();
    };
    const now = (N - 1) / 1000;
    const since = now - 60;
    const handed = dp.affinityStamps(since).map((s) => ({
      key: `${s.node}|${s.spn}|${s.clientIP}`,
      endpoint: s.endpoint,
      setAt: s.setAt,
      expiresAt: s.expiresAt,
    }));
    for (const m of [since, since + 0.0005, since + 2.5, since + 30, now])
      expect(readAt(handed, m)).toEqual(readAt(history, m));
    // No more than that: each entry's latest stamp at `since` when live, then every later stamp.
    const later = history.filter((s) => s.setAt > since).length;
    expect(handed.length).toBe(readAt(history, since).length + later);
    expect(handed.map((s) => s.setAt)).toEqual(handed.map((s) => s.setAt).sort((a, b) => a - b));
  });
});

describe('NodePort and LoadBalancer', () => {
  it('a NodePort answers on every node IP', () => {
    const dp = make();
    for (const ip of ['192.168.49.2', '192.168.49.3'])
      expect(dp.send({ from: { kind: 'external' }, to: `${ip}:30007`, time: 0 }).outcome).toBe('ok');
  });
  it('the LB answers on its external IP, via a node, SNATed under eTP Cluster', () => {
    const r = make().send({ from: { kind: 'external' }, to: 'http://198.51.100.10/', time: 0 });
    expect(r.outcome).toBe('ok');
    expect(r.hops.map((h) => h.kind)).toContain('load-balancer');
    expect(r.hops.find((h) => h.kind === 'kube-proxy')!.rule).toContain('"default/web-lb loadbalancer IP"');
  });
  it('eTP Local LB only sends to nodes passing the health check and keeps the client IP', () => {
    const dp = make();
    const lb = dp.loadBalancers().find((l) => l.name === 'web-local')!;
    expect(lb.healthyNodes).toEqual(['node-1']);
    expect(lb.healthCheckNodePort).toBe(31999);
    for (let i = 0; i < 10; i++) {
      const r = dp.send({ from: { kind: 'external', ip: '198.18.0.1' }, to: '198.51.100.11:80', time: i });
      expect([r.outcome, r.pod, r.sourceIP]).toEqual(['ok', 'default/web-a', '198.18.0.1']);
    }
    const hc = dp.send({ from: { kind: 'external' }, to: '192.168.49.3:31999', time: 0 });
    expect([hc.outcome, hc.status]).toEqual(['http-error', 503]);
  });
  it('in-cluster traffic to an LB IP short-circuits on the source node (no load-balancer hop)', () => {
    const r = make().send({ from: client, to: '198.51.100.10:80', time: 0 });
    expect(r.outcome).toBe('ok');
    expect(r.hops.some((h) => h.kind === 'load-balancer')).toBe(false);
  });
});

describe('failure reasons', () => {
  it('ClusterIP from outside is unreachable', () => {
    const r = make().send({ from: { kind: 'external' }, to: '10.96.0.20:80', time: 0 });
    expect(r.outcome).toBe('unreachable');
    expect(r.reason).toMatch(/ClusterIP of Service default\/web: a virtual IP that exists only inside the cluster/);
  });
  it('wrong port: no Service port 8080 on web (iptables: timeout)', () => {
    const r = make().send({ from: client, to: '10.96.0.20:8080', time: 0 });
    expect(r.outcome).toBe('timeout');
    expect(r.reason).toBe('no Service port 8080/TCP on default/web (its ports: 80/TCP)');
  });
  it('a port nobody listens on: the pod refuses', () => {
    const r = make().send({ from: client, to: '10.244.2.10:8080', time: 0 });
    expect(r.outcome).toBe('refused');
    expect(r.reason).toBe('pod default/web-b does not listen on 8080/TCP (its containers declare 9376/TCP)');
  });
  it('a NodePort nobody allocated is refused by the node', () => {
    const r = make().send({ from: { kind: 'external' }, to: '192.168.49.2:31234', time: 0 });
    expect(r.outcome).toBe('refused');
    expect(r.reason).toMatch(/^nothing listens on node node-1 port 31234\/TCP/);
  });
  it('a node address on a Service port that is no NodePort refuses, the same on every ask of the same text', () => {
    // Nothing in KUBE-NODEPORTS matches, so the packet meets the node's own TCP stack, which answers a
    // segment for a closed port with a reset (RFC 9293 §3.10.7.1): connection refused. A request
    // asked again by the same target text reuses what its first ask resolved; each hop is said once.
    const dp = make();
    const asks = [0, 1, 2].map((time) => dp.send({ from: { kind: 'external' }, to: '192.168.49.2:80', time }));
    for (const r of asks) {
      expect(r.outcome).toBe('refused');
      expect(r.reason).toMatch(/^nothing listens on node node-1 port 80\/TCP: no Service has nodePort 80/);
      expect(r.hops.map((h) => h.kind)).toEqual(['client', 'node', 'reject']);
      expect(r.hops).toEqual(asks[0]!.hops);
    }
  });
  it('pod IPs are not routable from outside', () => {
    expect(make().send({ from: { kind: 'external' }, to: '10.244.1.10:9376', time: 0 }).outcome).toBe('unreachable');
  });
  it('a node resolves no cluster names', () => {
    const r = make().send({ from: { kind: 'node', name: 'node-1' }, to: 'web', time: 0 });
    expect(r.outcome).toBe('dns-error');
    expect(r.reason).toMatch(/does not use the cluster DNS/);
  });
  it('unknown source pod', () => {
    const r = make().send({ from: { kind: 'pod', namespace: 'default', name: 'nope' }, to: '10.96.0.20', time: 0 });
    expect([r.outcome, r.reason]).toEqual([
      'unreachable',
      'pod default/nope not found (pods in default: web-a, web-b, web-c, client)',
    ]);
  });
});
