// kubelet's lookups of the ConfigMaps and Secrets pods name (kubeletConfig.ts): a missing object or
// key stops a container with CreateContainerConfigError (the pod stays Pending, not Ready, its
// endpoint not ready, so no traffic reaches it), a missing volume source keeps the pod
// ContainerCreating without an IP; an optional reference stops nothing; and writing the ConfigMap
// in the same YAML makes the pod run.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';
import { isPodReady } from '../model/podReady.ts';

const yaml = readFileSync(new URL('./fixtures/missing-config.yaml', import.meta.url), 'utf8');
const scenario = loadScenario(yaml);
const pod = (name: string) => scenario.state.pods.find((p) => p.metadata.name === name)!;
const k = (...args: string[]) => runKubectl(scenario, args).stdout;

describe('a container whose ConfigMap or Secret kubelet cannot find', () => {
  it('waits with CreateContainerConfigError and the error as message; the pod is Pending and not Ready', () => {
    const p = pod('missing-key');
    expect(p.status?.phase).toBe('Pending');
    expect(p.status?.podIP).toMatch(/^10\.244\./);
    expect(p.status?.containerStatuses?.[0]).toEqual({
      name: 'app',
      image: 'nginx:1.27',
      imageID: '',
      lastState: {},
      ready: false,
      restartCount: 0,
      started: false,
      state: {
        waiting: {
          reason: 'CreateContainerConfigError',
          message: "couldn't find key color in ConfigMap default/web-config",
        },
      },
    });
    expect(isPodReady(p)).toBe(false);
    const ready = p.status?.conditions?.find((c) => c.type === 'Ready');
    expect(ready).toMatchObject({ status: 'False', reason: 'ContainersNotReady' });
    expect(ready?.message).toBe('containers with unready status: [app]');
    expect(pod('missing-secret').status?.containerStatuses?.[0]?.state?.waiting?.message).toBe(
      'secret "db-credentials" not found',
    );
  });

  it('an optional reference to a missing Secret stops nothing', () => {
    expect(pod('fine').status?.phase).toBe('Running');
    expect(isPodReady(pod('fine'))).toBe(true);
  });

  it('kubectl get pods: STATUS and READY as kubectl prints them', () => {
    expect(k('get', 'pods')).toBe(
      [
        'NAME             READY   STATUS                       RESTARTS   AGE',
        'fine             1/1     Running                      0          60s',
        'missing-key      0/1     CreateContainerConfigError   0          60s',
        'missing-secret   0/1     CreateContainerConfigError   0          60s',
        'missing-volume   0/1     ContainerCreating            0          60s',
        '',
      ].join('\n'),
    );
  });

  it('kubelet records the pull, then a Warning Failed with the error', () => {
    const events = scenario.state.events;
    const of = (name: string) =>
      runKubectl(scenario, ['get', 'events', '--field-selector', `involvedObject.name=${name}`, '-o', 'json']).stdout;
    const items = (JSON.parse(of('missing-key')) as { items: { type: string; reason: string; message: string }[] })
      .items;
    expect(items.map((e) => `${e.type} ${e.reason}: ${e.message}`)).toEqual([
      'Normal Scheduled: Successfully assigned default/missing-key to node-2',
      'Normal Pulling: Pulling image "nginx:1.27"',
      expect.stringMatching(/^Normal Pulled: Successfully pulled image "nginx:1\.27" in \d+ms/),
      "Warning Failed: Error: couldn't find key color in ConfigMap default/web-config",
    ]);
    expect(events.some((e) => e.reason === 'Failed')).toBe(false);
  });

  it('the EndpointSlice lists it not ready, the Endpoints among notReadyAddresses: traffic goes to `fine` only', () => {
    const slice = scenario.state.endpointSlices.find(
      (s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web',
    )!;
    const ready = slice.endpoints.filter((e) => e.conditions?.ready).map((e) => e.targetRef?.name);
    expect(ready).toEqual(['fine']);
    expect(k('get', 'ep', 'web')).toBe(`NAME   ENDPOINTS       AGE\nweb    ${pod('fine').status?.podIP}:80   60s\n`);
  });
});

describe('a volume whose ConfigMap kubelet cannot find', () => {
  it('keeps the pod ContainerCreating on its node, without an IP, with a FailedMount event', () => {
    const p = pod('missing-volume');
    expect(p.spec.nodeName).toBeDefined();
    expect(p.status?.podIP).toBeUndefined();
    expect(p.status?.hostIP).toMatch(/^192\.168\./);
    expect(p.status?.containerStatuses?.[0]?.state).toEqual({ waiting: { reason: 'ContainerCreating' } });
    expect(p.status?.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=False',
      'Initialized=True',
      'Ready=False',
      'ContainersReady=False',
      'PodScheduled=True',
    ]);
    expect(k('describe', 'pod', 'missing-volume')).toContain(
      '  Warning  FailedMount  60s   kubelet            MountVolume.SetUp failed for volume "cfg" : configmap "app-files" not found\n',
    );
  });

  it('items naming a key the ConfigMap lacks fail the mount too', () => {
    const s = loadScenario(
      `${yaml}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: items}\nspec:\n  containers: [{name: app, image: nginx}]\n  volumes:\n  - name: cfg\n    configMap: {name: web-config, items: [{key: color, path: c}]}\n`,
    );
    const ev = s.state.events.filter((e) => e.reason === 'FailedMount').map((e) => e.message);
    expect(ev).toContain(
      'MountVolume.SetUp failed for volume "cfg" : configmap references non-existent config key: color',
    );
  });

  it('items written as a mapping are no keys to check: the load does not throw (a fuzz case did)', () => {
    const s = loadScenario(
      `${yaml}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: items}\nspec:\n  containers: [{name: app, image: nginx}]\n  volumes:\n  - name: cfg\n    configMap: {name: web-config, items: {key: color, path: c}}\n`,
    );
    expect(s.state.pods.find((p) => p.metadata.name === 'items')?.status?.phase).toBe('Running');
  });
});

describe('the scenario is the whole YAML', () => {
  it('a ConfigMap written after the pod makes it run', () => {
    const s = loadScenario(
      `${yaml}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-files}\ndata: {index.html: hi}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: db-credentials}\nstringData: {password: pw}\n`,
    );
    const phase = (n: string) => s.state.pods.find((p) => p.metadata.name === n)?.status?.phase;
    expect(phase('missing-volume')).toBe('Running');
    expect(phase('missing-secret')).toBe('Running');
    expect(phase('missing-key')).toBe('Pending');
  });
});
