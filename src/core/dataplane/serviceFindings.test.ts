import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/index.ts';
import { serviceFindings, whyNoEndpoints } from './serviceFindings.ts';
import { createDataplane } from './send.ts';
import { createRng } from '../random/index.ts';

const scenario = loadScenario(readFileSync(new URL('./fixtures/failures.yaml', import.meta.url), 'utf8'), { seed: 5 });
const findings = (name: string, namespace = 'default') =>
  serviceFindings(
    scenario.state,
    scenario.state.services.find((s) => s.metadata.name === name && s.metadata.namespace === namespace)!,
  );
const service = (name: string, namespace = 'default') =>
  scenario.state.services.find((s) => s.metadata.name === name && s.metadata.namespace === namespace)!;
const pods = scenario.state.pods
  .filter((p) => p.metadata.labels?.app === 'myapp')
  .map((p) => `default/${p.metadata.name}`);

describe(serviceFindings, () => {
  it('names the near-miss label of a selector that selects nothing, as a code and parameters', () => {
    const [f, ...rest] = findings('typo');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'selector-near-miss',
      key: 'app',
      value: 'myapp',
      wants: { key: 'app', value: 'my-app' },
    });
    expect(pods).toContain(f!.code === 'selector-near-miss' && f!.pod);
  });

  it('marks every pod that does not listen on the endpoint port a numeric targetPort sends to, as a packet finds it', () => {
    const found = findings('badtarget');
    expect(found.map((f) => f.code)).toEqual(['target-port-closed', 'target-port-closed']);
    expect(found.map((f) => f.code === 'target-port-closed' && f.pod).sort()).toEqual([...pods].sort());
    expect(found[0]).toMatchObject({
      portIndex: 0,
      port: 80,
      targetPort: 8081,
      endpointPort: 8081,
      declared: ['8080/TCP'],
    });
    // The same decision a connection meets: the pod refuses.
    const from = scenario.state.pods.find((p) => p.metadata.labels?.app === 'myapp')!;
    const r = createDataplane(scenario.state, createRng(5)).send({
      from: { kind: 'pod', namespace: 'default', name: from.metadata.name },
      to: 'badtarget',
      time: 0,
    });
    expect(r.outcome).toBe('refused');
  });

  it("reads the EndpointSlice controller's decision for a named targetPort no container declares", () => {
    const found = findings('named');
    expect(found.map((f) => f.code)).toEqual(['target-port-not-found', 'target-port-not-found']);
    expect(found[0]).toMatchObject({ portIndex: 0, targetPort: 'web', declared: ['8080/TCP'] });
  });

  it('finds nothing on a Service that is wired right, or one whose pods are only not Ready', () => {
    expect(findings('nodelocal')).toEqual([]);
    expect(findings('notready')).toEqual([]);
    expect(findings('wrongns', 'other')).toEqual([]);
  });
});

describe(whyNoEndpoints, () => {
  it("says why a Service with a selector lists no endpoint, with the refused packet's code", () => {
    // the same explanation kube-proxy's REJECT gives (explainNoEndpoints), for the diagram's badge
    expect(whyNoEndpoints(scenario.state, service('typo'))?.code).toBe('explain.selectorMatchesNoneNearest');
    // no near miss here (no pod in its namespace), so this is all the badge has to say
    expect(findings('wrongns', 'other')).toEqual([]);
    expect(whyNoEndpoints(scenario.state, service('wrongns', 'other'))).toMatchObject({
      code: 'explain.namespaceMismatch',
      params: { namespace: 'default', service: 'other/wrongns' },
    });
    const send = createDataplane(scenario.state, createRng(1)).send({
      from: { kind: 'node', name: scenario.state.nodes[0]!.metadata.name },
      to: `${service('typo').spec.clusterIP}:80`,
      time: 0,
    });
    expect(send.why?.params['why']).toEqual(whyNoEndpoints(scenario.state, service('typo')));
  });

  it('says nothing when a slice lists an endpoint, ready or not, or when the Service has no selector', () => {
    expect(whyNoEndpoints(scenario.state, service('badtarget'))).toBeUndefined();
    expect(whyNoEndpoints(scenario.state, service('notready'))).toBeUndefined();
    expect(whyNoEndpoints(scenario.state, service('external-db'))).toBeUndefined();
  });
});
