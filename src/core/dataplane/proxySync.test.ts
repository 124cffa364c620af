import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDataplaneWith } from './dataplane.ts';
import { stateFromStoredYaml } from '../api/testing/storedState.ts';
import { createRng } from '../random/rng.ts';
import type { NameResolver } from './dnsStep.ts';
import type { Source } from './types.ts';

const text = readFileSync(new URL('./fixtures/two-nodes.yaml', import.meta.url), 'utf8');
const noDns: NameResolver = (_s, name) => ({ kind: 'NXDOMAIN', tried: [name] });
const client: Source = { kind: 'pod', namespace: 'default', name: 'client' };

// A Service whose targetPort the web pods do not declare (they serve 9376): its endpoint records
// are synced after the pods' own views have answered on 9376.
const closed = `---
apiVersion: v1
kind: Service
metadata: {name: web-closed, namespace: default}
spec:
  clusterIP: 10.96.0.30
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 9999, protocol: TCP}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-closed-abcde
  namespace: default
  labels: {kubernetes.io/service-name: web-closed}
addressType: IPv4
ports: [{name: http, port: 9999, protocol: TCP}]
endpoints:
- {addresses: [10.244.1.10], nodeName: node-1, conditions: {ready: true, serving: true, terminating: false}, targetRef: {kind: Pod, namespace: default, name: web-a}}
- {addresses: [10.244.2.10], nodeName: node-2, conditions: {ready: true, serving: true, terminating: false}, targetRef: {kind: Pod, namespace: default, name: web-b}}
- {addresses: [10.244.2.11], nodeName: node-2, conditions: {ready: true, serving: true, terminating: false}, targetRef: {kind: Pod, namespace: default, name: web-c}}
`;

describe("an endpoint record's pod and port (proxySync.ts podOf, endpointPort)", () => {
  it("is delivered on the endpoint's own port, not on the port its pod last answered on", () => {
    const dp = createDataplaneWith(stateFromStoredYaml(text + closed), createRng(5), noDns);
    // Each pod's view answers on 9376 first (to its IP, then through the web Service).
    for (const ip of ['10.244.1.10', '10.244.2.10', '10.244.2.11'])
      expect(dp.send({ from: client, to: `${ip}:9376`, time: 0 }).outcome).toBe('ok');
    for (let i = 0; i < 20; i++) {
      const ok = dp.send({ from: client, to: '10.96.0.20:80', time: i });
      expect([ok.outcome, ok.port]).toEqual(['ok', 9376]);
      const refused = dp.send({ from: client, to: '10.96.0.30:80', time: i });
      expect([refused.outcome, refused.port]).toEqual(['refused', 9999]);
      expect(refused.hops.find((h) => h.kind === 'dnat')!.detail).toMatch(/:9999\b/);
      expect(refused.reason).toMatch(/9999/);
    }
  });
});
