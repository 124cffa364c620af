import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load.ts';
import { resolveClients } from './resolveClients.ts';
import { parseSourceDecl, parseTargetDecl } from './clientText.ts';
import type { ClientDecl } from './clientDecl.ts';
import { createTraffic } from './traffic.ts';

const yaml = readFileSync(new URL('./fixtures/clients.yaml', import.meta.url), 'utf8');
const at = (seed: number) => loadScenario(yaml, { seed }).state;

function decl(id: string, from: string, to: string): ClientDecl {
  const f = parseSourceDecl(from);
  const t = parseTargetDecl(to);
  if (!f.ok || !t.ok) throw new Error(`bad fixture ${from} → ${to}`);
  return { id, from: f.value, to: t.value, rate: 1 };
}

const one = (seed: number, from: string, to: string) => resolveClients(at(seed), [decl('c', from, to)])[0]!;

describe('resolveClients', () => {
  it("reads each target's address from the state the API server and controllers produced", () => {
    const state = at(1);
    const svc = (n: string) => state.services.find((s) => s.metadata?.name === n)!;
    const node1 = state.nodes
      .find((n) => n.metadata?.name === 'node-1')!
      .status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
    const node2 = state.nodes
      .find((n) => n.metadata?.name === 'node-2')!
      .status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
    const to = (target: string, from = 'deployment/web') => {
      const r = resolveClients(state, [decl('c', from, target)])[0]!;
      return r.ok ? r.spec.to : r.problem;
    };
    expect(to('service/web')).toBe(`http://${svc('web').spec!.clusterIP}:80`);
    expect(to('service/web:http')).toBe(`http://${svc('web').spec!.clusterIP}:80`);
    expect(to('nodeport/web-np', 'external')).toBe(`http://${node1}:30080`);
    expect(to('nodeport/web-np:http@node-2', 'external')).toBe(`http://${node2}:30080`);
    expect(to('loadbalancer/web-lb', 'external')).toBe(
      `http://${svc('web-lb').status!.loadBalancer!.ingress![0]!.ip}:8080`,
    );
    expect(to('ingress/shop.example.com/cart', 'external')).toBe('http://shop.example.com/cart');
    expect(to('http://10.0.0.1:9')).toBe('http://10.0.0.1:9');
    const db0 = state.pods.find((p) => p.metadata?.name === 'db-0')!;
    expect(to('podip/statefulset/db:5432')).toBe(`http://${db0.status!.podIP}:5432`);
  });

  it('says what a declaration names that is not there, with a code and parameters, and sends nothing', () => {
    const problem = (from: string, to: string) => {
      const r = one(1, from, to);
      return r.ok ? null : r.problem;
    };
    expect(problem('external', 'nodeport/my-service')).toEqual({
      code: 'target-missing',
      namespace: 'default',
      service: 'my-service',
    });
    expect(problem('external', 'service/web:grpc')).toEqual({
      code: 'port-missing',
      namespace: 'default',
      service: 'web',
      port: 'grpc',
    });
    expect(problem('external', 'service/db')).toEqual({ code: 'no-cluster-ip', namespace: 'default', service: 'db' });
    // Ports are optional for ExternalName and headless Services (validation.go ValidateService)
    const bare = loadScenario(
      'apiVersion: v1\nkind: Service\nmetadata: {name: ext}\nspec: {type: ExternalName, externalName: db.example.com}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: hl}\nspec: {clusterIP: None, selector: {app: x}}\n',
    ).state;
    const bareProblem = (to: string) => {
      const r = resolveClients(bare, [decl('c', 'external', to)])[0]!;
      return r.ok ? null : r.problem;
    };
    expect(bareProblem('service/ext')).toEqual({
      code: 'external-name',
      namespace: 'default',
      service: 'ext',
      externalName: 'db.example.com',
    });
    expect(bareProblem('service/hl')).toEqual({ code: 'no-ports', namespace: 'default', service: 'hl' });
    expect(bareProblem('service/hl:80')).toEqual({
      code: 'port-missing',
      namespace: 'default',
      service: 'hl',
      port: '80',
    });
    expect(problem('external', 'nodeport/web')).toEqual({
      code: 'no-node-port',
      namespace: 'default',
      service: 'web',
      port: 'http',
    });
    expect(problem('external', 'loadbalancer/web-np')).toEqual({
      code: 'no-load-balancer-ip',
      namespace: 'default',
      service: 'web-np',
    });
    expect(problem('external', 'nodeport/web-np@node-9')).toEqual({ code: 'node-missing', node: 'node-9' });
    expect(problem('external', 'ingress/nope.example.com')).toEqual({
      code: 'ingress-host-missing',
      host: 'nope.example.com',
    });
    expect(problem('node/node-9', 'service/web')).toEqual({ code: 'source-node-missing', node: 'node-9' });
    expect(problem('pod/web-xyz', 'service/web')).toEqual({
      code: 'source-pod-missing',
      namespace: 'default',
      name: 'web-xyz',
    });
    expect(problem('deployment/api', 'service/web')).toEqual({
      code: 'workload-missing',
      workload: 'Deployment',
      namespace: 'default',
      name: 'api',
    });
    expect(problem('selector/app=api', 'service/web')).toEqual({
      code: 'selector-no-pod',
      namespace: 'default',
      selector: 'app=api',
    });
    // An unresolved client is not handed to the generator: it sends nothing at all.
    const state = at(1);
    const specs = resolveClients(state, [decl('gone', 'external', 'nodeport/my-service')]).flatMap((r) =>
      r.ok ? [r.spec] : [],
    );
    expect(createTraffic(state, 1, specs).step(10)).toEqual([]);
  });

  it("picks a workload's or selector's pod on every load, so a client follows the seed", () => {
    const names = [1, 7].map((seed) => {
      const r = one(seed, 'deployment/web', 'service/web');
      return r.ok && r.spec.from.kind === 'pod' ? r.spec.from.name : null;
    });
    expect(names[0]).toMatch(/^web-/);
    expect(names[1]).toMatch(/^web-/);
    expect(names[0]).not.toBe(names[1]);
    const bySelector = one(7, 'selector/app=web', 'service/web');
    expect(bySelector.ok && bySelector.spec.from).toEqual({ kind: 'pod', namespace: 'default', name: names[1] });
    const sts = one(1, 'sts/db', 'service/web');
    expect(sts.ok && sts.spec.from).toEqual({ kind: 'pod', namespace: 'default', name: 'db-0' });
    // Deterministic: the same state gives the same resolution.
    expect(one(7, 'deployment/web', 'service/web')).toEqual(one(7, 'deployment/web', 'service/web'));
  });
});
