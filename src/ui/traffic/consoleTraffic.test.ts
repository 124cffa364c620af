// Console requests through the same path as any client's: the core answers a real `kubectl run …
// -- wget` on the fixture scenario, and the page places, draws and flies that answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/scenario/index.ts';
import { runConsoleKubectl, runInPodShell, type CommandEffect } from '../../core/kubectl/index.ts';
import { toClusterView } from '../../worker/view.ts';
import { fromClusterView } from '../diagram/fromClusterView.ts';
import { toFlowElements } from '../diagram/toFlowElements.ts';
import { clientId } from '../diagram/flowIds.ts';
import { hopsToPath } from './hopsToPath.ts';
import { clientColors } from '../diagram/layout.ts';
import {
  addConsoleRequests,
  allClientIds,
  CONSOLE_INDEX_BASE,
  CONSOLE_KEPT,
  consoleViewClients,
  NO_CONSOLE_TRAFFIC,
  withConsoleResults,
} from './consoleTraffic.ts';

const yaml = readFileSync(new URL('./fixtures/default.yaml', import.meta.url), 'utf8');
const scenario = loadScenario(yaml, { seed: 1 });
const wget = (pod: string, to = 'my-service'): CommandEffect[] =>
  runConsoleKubectl(scenario, [
    'run',
    pod,
    '--rm',
    '-i',
    '--restart=Never',
    '--image=busybox',
    '--',
    'wget',
    '-O-',
    '-q',
    to,
  ]).effects ?? [];

describe('console requests shown as traffic (issue 12 item 7)', () => {
  it("places a command's requests at the page's time, from the pod it ran in", () => {
    const effects = wget('tmp');
    expect(effects).toHaveLength(1);
    const traffic = addConsoleRequests(NO_CONSOLE_TRAFFIC, effects, 12.5);
    expect(traffic.results).toHaveLength(1);
    const [r] = traffic.results;
    expect(r).toMatchObject({ index: CONSOLE_INDEX_BASE, time: 12.5, clientId: 'console:default/tmp', outcome: 'ok' });
    expect(r!.pod).toMatch(/^default\/web-/);
    expect(traffic.senders['console:default/tmp']).toMatchObject({ pod: 'default/tmp', temporary: true });
    // The next command's requests are numbered after it.
    expect(addConsoleRequests(traffic, wget('tmp'), 13).results.map((x) => x.index)).toEqual([
      CONSOLE_INDEX_BASE,
      CONSOLE_INDEX_BASE + 1,
    ]);
  });

  it('a command that sent nothing changes nothing', () => {
    const shown = runConsoleKubectl(scenario, ['get', 'svc']).effects ?? [];
    expect(shown.length).toBeGreaterThan(0);
    expect(addConsoleRequests(NO_CONSOLE_TRAFFIC, shown, 1)).toBe(NO_CONSOLE_TRAFFIC);
  });

  it('draws the pod as a client box with an arrow to what it entered, and flies the packet along drawn edges to the pod that answered', () => {
    const traffic = addConsoleRequests(NO_CONSOLE_TRAFFIC, wget('tmp'), 0);
    const clients = consoleViewClients(traffic);
    expect(clients).toEqual([
      { id: 'console:default/tmp', kind: 'pod', label: 'tmp', pod: 'default/tmp', target: 'svc:default/my-service' },
    ]);
    const els = toFlowElements(fromClusterView(toClusterView(scenario)), clients);
    const nodeIds = new Set(els.nodes.map((n) => n.id));
    expect(nodeIds.has(clientId('console:default/tmp'))).toBe(true);
    const r = traffic.results[0]!;
    const path = hopsToPath(r, { start: clientId(r.clientId!), edges: els.edges, nodeIds, namespace: 'default' });
    expect(path.stop).toBeUndefined();
    expect(path.legs.map((l) => l.to)).toEqual(['svc:default/my-service', `pod:${r.pod}`]);
    for (const leg of path.legs) expect(leg.edgeId, `${leg.from}>${leg.to}`).toBeTruthy();
  });

  it('a failed request keeps its reason (a name the cluster DNS does not know)', () => {
    const traffic = addConsoleRequests(NO_CONSOLE_TRAFFIC, wget('tmp', 'no-such-service'), 0);
    expect(traffic.results[0]!.outcome).not.toBe('ok');
    expect(traffic.results[0]!.why).toBeDefined();
  });

  it('keeps the latest requests only, and only the pods they came from', () => {
    let traffic = addConsoleRequests(NO_CONSOLE_TRAFFIC, wget('first'), 0);
    for (let i = 0; i < CONSOLE_KEPT; i++) traffic = addConsoleRequests(traffic, wget('second'), i + 1);
    expect(traffic.results).toHaveLength(CONSOLE_KEPT);
    expect(Object.keys(traffic.senders)).toEqual(['console:default/second']);
    expect(allClientIds([{ id: 'laptop' }], traffic)).toEqual(['laptop', 'console:default/second']);
  });

  it("an interactive shell's wget names the shell's pod; an existing pod is not temporary", () => {
    const web = scenario.state.pods.find((p) => p.metadata.name?.startsWith('web-'))!.metadata.name!;
    const opened = runConsoleKubectl(scenario, ['exec', '-it', web, '--', 'sh']);
    expect(opened.session).toBeDefined();
    const line = runInPodShell(scenario, opened.session!, 'wget -O- -q my-service');
    const traffic = addConsoleRequests(NO_CONSOLE_TRAFFIC, line.effects, 3);
    const id = `console:${opened.session!.pod}`;
    expect(traffic.results.map((r) => r.clientId)).toEqual([id]);
    expect(traffic.senders[id]).toMatchObject({ temporary: false });
  });

  it('merges with the traffic clients in the order requests leave', () => {
    const traffic = addConsoleRequests(NO_CONSOLE_TRAFFIC, wget('tmp'), 1.05);
    const clientResults = [0.5, 1, 1.5].map((time, index) => ({ index, time, outcome: 'ok' as const, hops: [] }));
    expect(withConsoleResults(clientResults, traffic.results).map((r) => r.time)).toEqual([0.5, 1, 1.05, 1.5]);
    expect(withConsoleResults(clientResults, [])).toBe(clientResults);
  });
});

describe('console clients and colours', () => {
  it('a console pod takes the next colour: the traffic clients keep theirs, as the legend shows them', () => {
    const before = clientColors(['laptop', 'phone', 'curl']);
    const after = clientColors(['laptop', 'phone', 'curl', 'console:default/tmp']);
    for (const id of ['laptop', 'phone', 'curl']) expect(after.get(id)).toBe(before.get(id));
    expect(after.get('console:default/tmp')).toBeDefined();
    expect(new Set(after.values()).size).toBe(4);
  });
});
