// The core's plug-ins as the worker meets them (core/api/plugins.ts, sim.worker.ts): a worker starts
// without them; a scenario that holds one of their kinds is refused before any work, and answered
// once they are installed exactly as by a handler that had them from the start (the tests' setup
// file installs them, scripts/vitestSetup.ts). A module registry of its own (vi.resetModules) gives
// a core with nothing installed.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { ToWorker } from './protocol.ts';

const scenario = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const load = (yaml: string, requestId: number): ToWorker => ({ type: 'load', requestId, yaml, seed: 1 });

describe('plug-ins in a worker that starts without them', async () => {
  // The console's answers come with its engines (sim.worker.ts): given here, as the console would load them.
  const withAll = (await import('./handler.ts')).createHandler({
    answers: (await import('./consoleAnswers.ts')).consoleAnswers,
  });
  vi.resetModules();
  const fresh = await import('./handler.ts');
  const { isMissingPlugin } = await import('./handlerErrors.ts');
  const { installPlugins } = await import('../core/scenario/index.ts');
  const handle = fresh.createHandler({ answers: (await import('./consoleAnswers.ts')).consoleAnswers });

  const refused = (msg: ToWorker): boolean => {
    try {
      handle(msg);
    } catch (err) {
      return isMissingPlugin(err);
    }
    return false;
  };

  it('answers a scenario without such kinds without them', () => {
    const msg = load(scenario('../scenarios/default.yaml'), 1);
    expect(handle(msg)).toEqual(withAll(msg));
    // 400 replicas on the three default nodes: the scheduler counts each node's pods against its
    // allocatable pods (110) without the quantities plug-in, as with it.
    const crowded = load(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 400\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: web, image: nginx}]}\n',
      14,
    );
    const [answer] = handle(crowded);
    expect(answer).toEqual(withAll(crowded)[0]);
    const pods = answer?.type === 'loaded' ? (answer.view?.pods ?? []) : [];
    expect(pods.filter((p) => p.phase === 'Pending')).toHaveLength(72);
  });

  const gatewayYaml = scenario('../scenarios/lessons/14-gateway-api/solution-1.yaml');
  const ingressYaml = scenario('../scenarios/lessons/08-ingress/solution-1.yaml');
  const gateway = load(gatewayYaml, 2);
  const ingress = load(ingressYaml, 3);
  // Services without a selector and the Endpoints or the EndpointSlice written for them.
  const endpoints = load(scenario('../core/controllers/fixtures/selectorless.yaml'), 9);
  const slice = load(scenario('./fixtures/selectorless-slice.yaml'), 10);
  // A headless Service with its StatefulSet, and a DaemonSet: their controllers are a plug-in.
  const sets = load(scenario('../core/controllers/fixtures/statefulset.yaml'), 11);
  // Pods naming ConfigMaps and Secrets: kubelet's lookups are a plug-in.
  const config = load(scenario('../core/controllers/fixtures/missing-config.yaml'), 12);
  // A Pod and a Deployment whose containers have resources: quantities are a plug-in.
  const quantities = load(scenario('../core/api/resource/fixtures/stored.yaml'), 13);
  // A recorded command (scenario/edits/history.ts) that deletes one of the Deployment's pods.
  const historyYaml = `${scenario('../scenarios/default.yaml')}\n---\napiVersion: playground.ksp.dev/v1alpha1\nkind: KubectlHistory\ncommands:\n- kubectl delete pod PODNAME\n`;

  it('refuses a scenario holding Gateway API, Ingress, StatefulSet or DaemonSet, hand-written Endpoints or EndpointSlice kinds, resource quantities or recorded kubectl commands, for every message that loads one', () => {
    expect(refused(sets)).toBe(true);
    expect(refused(config)).toBe(true);
    expect(refused(quantities)).toBe(true);
    expect(refused(gateway)).toBe(true);
    expect(refused(ingress)).toBe(true);
    expect(refused(endpoints)).toBe(true);
    expect(refused(slice)).toBe(true);
    expect(refused(load(historyYaml, 6))).toBe(true);
    expect(refused({ type: 'prepare', yaml: ingressYaml, seed: 1 })).toBe(true);
    expect(refused({ type: 'kubectl', requestId: 4, argv: ['get', 'gateways'], yaml: gatewayYaml })).toBe(true);
    expect(refused({ type: 'complete', requestId: 5, line: 'kubectl get ', yaml: gatewayYaml })).toBe(true);
  });

  it('answers them once installed as a handler that had them from the start', () => {
    installPlugins();
    const [answer] = handle(gateway);
    expect(answer).toEqual(withAll(gateway)[0]);
    expect(answer?.type === 'loaded' && answer.view?.gateways.length).toBeGreaterThan(0);
    expect(handle(ingress)).toEqual(withAll(ingress));
    expect(handle(endpoints)).toEqual(withAll(endpoints));
    expect(handle(config)).toEqual(withAll(config));
    // The StatefulSet's and the DaemonSet's pods are there, as with the plug-ins from the start.
    const [set] = handle(sets);
    expect(set).toEqual(withAll(sets)[0]);
    const pods = set?.type === 'loaded' ? (set.view?.pods.map((p) => p.name) ?? []) : [];
    expect(pods.filter((p) => /^agent-[a-z0-9]{5}$/.test(p))).toHaveLength(3);
    expect(pods.filter((p) => /^db-[0-2]$/.test(p))).toHaveLength(3);
    // The quantities in their stored form, as with the plug-ins from the start.
    const [sized] = handle(quantities);
    expect(sized).toEqual(withAll(quantities)[0]);
    expect(sized?.type === 'loaded' && sized.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The slice's validation passed and its warnings came (the leading zero).
    const [written] = handle(slice);
    expect(written).toEqual(withAll(slice)[0]);
    expect(written?.type === 'loaded' && written.diagnostics.map((d) => d.severity)).toEqual(['warning']);
    // The history's pod: the first of the Deployment's pods the plain scenario made; the replay
    // deletes it, so the answer lacks it, as it does with the plug-ins from the start.
    const [plain] = handle(load(scenario('../scenarios/default.yaml'), 7));
    const pod = plain?.type === 'loaded' ? plain.view?.pods.find((p) => p.name.startsWith('web-'))?.name : undefined;
    expect(pod).toBeDefined();
    const history = load(historyYaml.replace('PODNAME', pod ?? ''), 8);
    const [replayed] = handle(history);
    expect(replayed).toEqual(withAll(history)[0]);
    expect(replayed?.type === 'loaded' && replayed.view?.pods.some((p) => p.name === pod)).toBe(false);
  });
});
