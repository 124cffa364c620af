// Requests per second of the simulated data path (createDataplane(...).send) for clusters with
// 10 and 10,000 Services (3 ready endpoints each, 3 nodes), pod → ClusterIP and external →
// NodePort. Run: npx tsx bench/send.bench.ts
import { createDataplaneWith } from '../src/core/dataplane/dataplane.ts';
import { createRng } from '../src/core/sim/rng.ts';
import { defaultSettings } from '../src/core/scenario/settings.ts';
import type { ClusterState } from '../src/core/model/clusterState.ts';
import type { EndpointSlice, Node, Pod, Service } from '../src/core/model/objects.ts';

function cluster(services: number): ClusterState {
  const nodes: Node[] = [1, 2, 3].map((i) => ({
    metadata: { name: `node-${i}` }, spec: { podCIDR: `10.244.${i}.0/24` },
    status: { addresses: [{ type: 'InternalIP', address: `192.168.49.${i + 1}` }], conditions: [{ type: 'Ready', status: 'True' }] },
  }));
  const pods: Pod[] = [];
  const svcs: Service[] = [];
  const slices: EndpointSlice[] = [];
  for (let s = 0; s < services; s++) {
    const eps = [0, 1, 2].map((k) => {
      const n = (s + k) % 3;
      const ip = `10.${100 + Math.floor(s / 250)}.${s % 250}.${k + 1}`;
      const name = `svc${s}-pod${k}`;
      pods.push({ metadata: { name, namespace: 'default', labels: { app: `svc${s}` } }, spec: { nodeName: `node-${n + 1}`, containers: [{ name: 'c', ports: [{ containerPort: 9376 }] }] },
        status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: 'True' }] } });
      return { addresses: [ip], nodeName: `node-${n + 1}`, conditions: { ready: true }, targetRef: { kind: 'Pod', namespace: 'default', name } };
    });
    const cip = `10.96.${Math.floor(s / 250) + 1}.${(s % 250) + 1}`;
    svcs.push({ metadata: { name: `svc${s}`, namespace: 'default' }, spec: { type: 'NodePort', clusterIP: cip, selector: { app: `svc${s}` }, ports: [{ port: 80, targetPort: 9376, nodePort: 30000 + (s % 2768), protocol: 'TCP' }] } });
    slices.push({ metadata: { name: `svc${s}-x`, namespace: 'default', labels: { 'kubernetes.io/service-name': `svc${s}` } }, addressType: 'IPv4', ports: [{ name: '', port: 9376, protocol: 'TCP' }], endpoints: eps });
  }
  return {
    settings: defaultSettings(), seed: 1, createdAt: '2025-01-01T00:00:00Z', now: '2025-01-01T00:01:00Z',
    namespaces: [], nodes, pods, services: svcs, endpointSlices: slices, endpoints: [], deployments: [], replicaSets: [],
    statefulSets: [], daemonSets: [], ingresses: [], ingressClasses: [], others: [], origins: new Map(), diagnostics: [],
  };
}

const noDns = (_s: ClusterState, name: string) => ({ kind: 'NXDOMAIN' as const, tried: [name] });
for (const n of [10, 10_000]) {
  const state = cluster(n);
  const t0 = performance.now();
  const dp = createDataplaneWith(state, createRng(1), noDns);
  // First request on each node builds that node's kube-proxy model (one-time cost).
  dp.send({ from: { kind: 'pod', namespace: 'default', name: 'svc0-pod0' }, to: '10.96.1.1:80', time: 0 });
  const setup = performance.now() - t0;
  const N = 20_000;
  let t = performance.now();
  for (let i = 0; i < N; i++) {
    const s = i % n;
    dp.send({ from: { kind: 'pod', namespace: 'default', name: 'svc0-pod0' }, to: `10.96.${Math.floor(s / 250) + 1}.${(s % 250) + 1}:80`, time: i });
  }
  const podRate = N / ((performance.now() - t) / 1000);
  t = performance.now();
  for (let i = 0; i < N; i++) dp.send({ from: { kind: 'external', ip: '203.0.113.10' }, to: `192.168.49.${2 + (i % 3)}:${30000 + (i % Math.min(n, 2768))}`, time: i });
  const extRate = N / ((performance.now() - t) / 1000);
  console.log(`${String(n).padStart(6)} Services: setup+first ${setup.toFixed(0)} ms; pod→ClusterIP ${Math.round(podRate)} req/s; external→NodePort ${Math.round(extRate)} req/s`);
}
