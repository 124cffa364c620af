import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../core/scenario/index.ts';
import { createHandler } from './handler.ts';
import { laterEngines } from './laterEngines.ts';
import { noteLine } from './consoleEngines.ts';
import { runTraffic } from './traffic.ts';
import { loadScenario } from '../core/scenario/index.ts';
import { iptablesRestoreForNode, nftRulesetForNode } from '../core/dataplane/index.ts';
import type { FromWorker, MessageOf } from './protocol.ts';
import { consoleAnswers } from './consoleAnswers.ts';

const defaultYaml = readFileSync(new URL('../scenarios/default.yaml', import.meta.url), 'utf8');
const editYaml = readFileSync(new URL('./fixtures/edit-me.yaml', import.meta.url), 'utf8');

function only<K extends FromWorker['type']>(replies: FromWorker[], type: K): MessageOf<K> {
  expect(replies).toHaveLength(1);
  expect(replies[0]!.type).toBe(type);
  return replies[0] as unknown as MessageOf<K>;
}

describe(createHandler, () => {
  it("answers a node's kube-proxy rules as `ksp iptables` prints them, on the last good load; an unknown node gets none", () => {
    const handle = createHandler(laterEngines());
    expect(only(handle({ type: 'proxyRules', requestId: 1, node: 'node-1' }), 'proxyRulesResult').rules).toBeNull();
    handle({ type: 'load', requestId: 2, yaml: defaultYaml, seed: 1 });
    const r = only(handle({ type: 'proxyRules', requestId: 3, node: 'node-2' }), 'proxyRulesResult');
    const expected = iptablesRestoreForNode(loadScenario(defaultYaml, { seed: 1 }).state, 'node-2').text;
    expect(r).toEqual({
      type: 'proxyRulesResult',
      requestId: 3,
      node: 'node-2',
      rules: { mode: 'iptables', configured: 'iptables', text: expected },
    });
    // Another mode's view of the same node: what that mode would program, the cluster's mode still said.
    const nft = only(
      handle({ type: 'proxyRules', requestId: 5, node: 'node-2', mode: 'nftables' }),
      'proxyRulesResult',
    );
    expect(nft.rules).toEqual({
      mode: 'nftables',
      configured: 'iptables',
      text: nftRulesetForNode(loadScenario(defaultYaml, { seed: 1 }).state, 'node-2'),
    });
    expect(r.rules!.text).toMatch(/-A KUBE-NODEPORTS .*default\/my-service-nodeport.* --dport 30080/);
    expect(only(handle({ type: 'proxyRules', requestId: 4, node: 'node-9' }), 'proxyRulesResult').rules).toBeNull();
  });

  it('exports the text as ksp export does: the playground-only documents left out, the script that applies the rest', () => {
    const handle = createHandler(laterEngines());
    const yaml = readFileSync(
      new URL('../core/scenario/export/fixtures/playground-settings.yaml', import.meta.url),
      'utf8',
    );
    const r = only(handle({ type: 'exportScenario', requestId: 1, yaml, seed: 1 }), 'exported');
    expect(r.yamlFileName).toBe('scenario.yaml');
    if (!r.result.ok) throw new Error(r.result.problem.code);
    // The same files the CLI's goldens hold (src/core/scenario/export.test.ts).
    expect(r.result.yaml).toBe(
      readFileSync(
        new URL('../core/scenario/export/fixtures/playground-settings.golden-export.yaml', import.meta.url),
        'utf8',
      ),
    );
    expect(r.result.commands).toContain('kubectl apply -f scenario.yaml');
    expect(r.result.notes.length).toBeGreaterThan(0);
  });

  it('loads the default scenario: three ready pods behind my-service and its NodePort twin', () => {
    const handle = createHandler();
    const r = only(handle({ type: 'load', requestId: 1, yaml: defaultYaml, seed: 1 }), 'loaded');
    expect(r.requestId).toBe(1);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const view = r.view!;
    const web = view.pods.filter((p) => p.labels['app.kubernetes.io/name'] === 'MyApp');
    expect(web).toHaveLength(3);
    expect(web.every((p) => p.ready && p.ip !== '' && p.node !== '')).toBe(true);
    // Pods made by the Deployment point at the Deployment's document (the first one, index 0).
    expect(web.every((p) => p.docIndex === 0)).toBe(true);
    const svc = view.services.find((s) => s.name === 'my-service')!;
    expect(svc.type).toBe('ClusterIP');
    expect(svc.ports).toEqual([{ name: '', port: 80, targetPort: 9376, nodePort: null, protocol: 'TCP' }]);
    expect(svc.endpoints.filter((e) => e.ready).map((e) => e.port)).toEqual([9376, 9376, 9376]);
    expect(svc.source?.range?.line).toBe(26);
    const np = view.services.find((s) => s.name === 'my-service-nodeport')!;
    expect(np.ports[0]!.nodePort).toBe(30080);
    expect(r.applied.map((a) => `${a.kind}/${a.name} ${a.outcome}`)).toEqual([
      'Deployment/web created',
      'Service/my-service created',
      'Service/my-service-nodeport created',
    ]);
  });

  it('prepares a text ahead without answering; a load of the same text and seed then answers as a cold load does', () => {
    const cold = only(createHandler()({ type: 'load', requestId: 1, yaml: defaultYaml, seed: 1 }), 'loaded');
    const handle = createHandler();
    expect(handle({ type: 'prepare', yaml: defaultYaml, seed: 1 })).toEqual([]);
    const warm = only(handle({ type: 'load', requestId: 5, yaml: defaultYaml, seed: 1 }), 'loaded');
    expect(warm.requestId).toBe(5);
    expect(warm.view).toEqual(cold.view);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    // The same text again answers from the same load; another seed is loaded anew.
    expect(only(handle({ type: 'load', requestId: 6, yaml: defaultYaml, seed: 1 }), 'loaded').view).toBe(warm.view);
    const other = only(handle({ type: 'load', requestId: 7, yaml: defaultYaml, seed: 2 }), 'loaded');
    expect(other.view).not.toBe(warm.view);
    expect(other.view?.seed).toBe(2);
  });

  it('is deterministic: the same text and seed give the same view', () => {
    const a = only(createHandler()({ type: 'load', requestId: 1, yaml: defaultYaml, seed: 42 }), 'loaded');
    const b = only(createHandler()({ type: 'load', requestId: 9, yaml: defaultYaml, seed: 42 }), 'loaded');
    expect(JSON.stringify(b.view)).toBe(JSON.stringify(a.view));
  });

  it('reports a YAML syntax error at its line and keeps answering from the last good scenario', () => {
    const seen: Scenario[] = [];
    const handle = createHandler({
      traffic: (s) => {
        seen.push(s);
        return runTraffic(s, [], 0);
      },
    });
    only(handle({ type: 'load', requestId: 1, yaml: defaultYaml, seed: 1 }), 'loaded');
    const broken = defaultYaml.replace('  replicas: 3', '  replicas: [3');
    const bad = only(handle({ type: 'load', requestId: 2, yaml: broken, seed: 1 }), 'loaded');
    const syntax = bad.diagnostics.find((d) => d.code === 'KSP001');
    expect(syntax?.severity).toBe('error');
    expect(syntax!.line).toBeGreaterThanOrEqual(8);
    const t = only(handle({ type: 'traffic', requestId: 3, clients: [], toTime: 5 }), 'trafficResult');
    expect(t.requestId).toBe(3);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.stream.text).toBe(defaultYaml);
  });

  it('starts the traffic run over on a good load that asks, and answers it with the load, as a `traffic` from the start would', () => {
    const handle = createHandler(laterEngines());
    const start = { clients: null, toTime: 10 };
    const loaded = only(handle({ type: 'load', requestId: 1, yaml: defaultYaml, seed: 1, traffic: start }), 'loaded');
    expect(loaded.view).not.toBeNull();
    const alone = createHandler(laterEngines());
    alone({ type: 'load', requestId: 1, yaml: defaultYaml, seed: 1 });
    const {
      type: _t,
      requestId: _r,
      ...asked
    } = only(alone({ type: 'traffic', requestId: 2, ...start, since: 'start' }), 'trafficResult');
    expect(loaded.traffic!.results.length).toBeGreaterThan(0);
    expect(JSON.stringify(loaded.traffic)).toBe(JSON.stringify(asked));
    // The run goes on from that answer: the next request carries only the results after it.
    const next = only(
      handle({ type: 'traffic', requestId: 2, clients: null, toTime: 20, since: 'last' }),
      'trafficResult',
    );
    const more = only(
      alone({ type: 'traffic', requestId: 3, clients: null, toTime: 20, since: 'last' }),
      'trafficResult',
    );
    expect(next.appended).toBe(true);
    expect(JSON.stringify(next.results)).toBe(JSON.stringify(more.results));
  });

  it('leaves the run alone on a load with errors, or one that does not ask, and answers no traffic', () => {
    const handle = createHandler(laterEngines());
    const broken = defaultYaml.replace('  replicas: 3', '  replicas: [3');
    const start = { clients: null, toTime: 10 };
    expect(only(handle({ type: 'load', requestId: 1, yaml: defaultYaml, seed: 1 }), 'loaded').traffic).toBeUndefined();
    only(handle({ type: 'traffic', requestId: 2, clients: null, toTime: 10, since: 'start' }), 'trafficResult');
    expect(
      only(handle({ type: 'load', requestId: 3, yaml: broken, seed: 1, traffic: start }), 'loaded').traffic,
    ).toBeUndefined();
    // Still the first run: asked for what came since, it appends.
    expect(
      only(handle({ type: 'traffic', requestId: 4, clients: null, toTime: 20, since: 'last' }), 'trafficResult')
        .appended,
    ).toBe(true);
  });

  it('answers traffic before any good load with no results, and says so when no engine is wired', () => {
    const handle = createHandler();
    expect(only(handle({ type: 'traffic', requestId: 1, clients: [], toTime: 1 }), 'trafficResult').results).toEqual(
      [],
    );
    only(handle({ type: 'load', requestId: 2, yaml: defaultYaml, seed: 1 }), 'loaded');
    expect(only(handle({ type: 'traffic', requestId: 3, clients: [], toTime: 1 }), 'error').message).toBe(
      'traffic simulation is not part of this build',
    );
  });

  it('runs kubectl on the last good scenario, and a throwing engine becomes stderr, never a crash', () => {
    const handle = createHandler({
      kubectl: (s, argv) =>
        argv[0] === 'boom'
          ? (() => {
              throw new Error('kaput');
            })()
          : { stdout: `${s.state.services.length} services\n`, stderr: '', exitCode: 0 },
      // The console's chunk brings the notes' wording and the console's answers with kubectl (sim.worker.ts).
      noteLine,
      answers: consoleAnswers,
    });
    // No good scenario yet: the playground's note, as a code the console words.
    const before = only(handle({ type: 'kubectl', requestId: 1, argv: ['get', 'svc'] }), 'kubectlResult');
    expect(before).toMatchObject({
      exitCode: 1,
      stderr: 'ksp: the scenario has errors; fix them to use kubectl\n',
      notes: [{ code: 'kubectl.scenarioHasErrors', params: {} }],
    });
    only(handle({ type: 'load', requestId: 2, yaml: defaultYaml, seed: 1 }), 'loaded');
    expect(only(handle({ type: 'kubectl', requestId: 3, argv: ['get', 'svc'] }), 'kubectlResult').stdout).toMatch(
      /^\d+ services\n$/,
    );
    expect(only(handle({ type: 'kubectl', requestId: 4, argv: ['boom'] }), 'kubectlResult')).toEqual({
      type: 'kubectlResult',
      requestId: 4,
      stdout: '',
      stderr: 'error: kaput\n',
      exitCode: 1,
    });
  });

  it('answers "not part of this build" for what the worker has not loaded, instead of failing', () => {
    const handle = createHandler();
    handle({ type: 'load', requestId: 1, yaml: defaultYaml, seed: 1 });
    for (const msg of [
      { type: 'proxyRules', requestId: 2, node: 'node-1' },
      { type: 'exportScenario', requestId: 3, yaml: defaultYaml, seed: 1 },
      { type: 'edit', requestId: 4, yaml: defaultYaml, mutation: { op: 'deletePod', namespace: 'default', name: 'x' } },
      { type: 'traffic', requestId: 5, clients: null, toTime: 1 },
    ] as const)
      expect(only(handle(msg), 'error').message).toMatch(/ is not part of this build$/);
  });

  it('applies an edit and returns the new text', () => {
    const r = only(
      createHandler(laterEngines())({
        type: 'edit',
        requestId: 5,
        yaml: editYaml,
        mutation: { op: 'scale', kind: 'Deployment', namespace: 'default', name: 'web', replicas: 1 },
      }),
      'edited',
    );
    expect(r.requestId).toBe(5);
    expect(r.changed).toBe(true);
    expect(r.yaml).toContain('replicas: 1\n');
    expect(r.message).toBe('deployment.apps/web scaled');
  });

  it('tells a long load is moving at most once a second of its clock, with the request id; a prepare says nothing', () => {
    let now = 0;
    const notes: number[] = [];
    // A clock that moves 250 ms each time it is read: a load of the seed reads it a few dozen times.
    const clock = (): number => (now += 250);
    const handle = createHandler({ clock, progress: (id) => notes.push(id) });
    const r = only(handle({ type: 'load', requestId: 41, yaml: defaultYaml, seed: 1 }), 'loaded');
    expect(notes.length).toBeGreaterThan(1);
    expect(new Set(notes)).toEqual(new Set([41]));
    // Never more often than once a second of the clock: at most one note per 4 reads.
    expect(notes.length).toBeLessThanOrEqual(Math.ceil(now / 1000));
    expect(r.view).toEqual(
      only(createHandler()({ type: 'load', requestId: 1, yaml: defaultYaml, seed: 1 }), 'loaded').view,
    );
    notes.length = 0;
    expect(handle({ type: 'prepare', yaml: editYaml, seed: 1 })).toEqual([]);
    expect(notes).toEqual([]);
  });
});
