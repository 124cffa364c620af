// The goal checker on the seed's own examples, including the ways a goal can fail.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkGoal } from './goals.ts';
import { resolveTargets } from './resolveSpec.ts';
import { loadScenario } from '../scenario/load.ts';

const seed = (f: string) => readFileSync(new URL(`../fixtures/seed/${f}`, import.meta.url), 'utf8');
const tomcat = readFileSync(new URL('../../scenarios/lessons/09-tomcat/solution-2.yaml', import.meta.url), 'utf8');

describe('checkGoal', () => {
  it('explains unresolvable clients and placeholders instead of throwing', () => {
    expect(checkGoal(tomcat, { type: 'reach', from: 'pod/ghost', to: 'tomcat-nodeport' }, 1)).toEqual({
      passed: false,
      detail: 'no pod matches "pod/ghost"',
    });
    expect(checkGoal(tomcat, { type: 'reach', from: 'moon', to: 'x' }, 1).detail).toMatch(/is not a client/);
    expect(
      checkGoal(tomcat, { type: 'reach', from: 'external', to: 'http://{lbIP:tomcat-nodeport}/' }, 1).detail,
    ).toMatch(/has no load-balancer IP/);
    expect(checkGoal(tomcat, { type: 'reach', from: 'external', to: 'http://{bogus:x}/' }, 1).detail).toMatch(
      /unknown placeholder/,
    );
  });

  it('{nodeIP:*} expands to one target per node', () => {
    const s = loadScenario(tomcat);
    const r = resolveTargets(s.state, 'http://{nodeIP:*}:{nodePort:tomcat-nodeport}/');
    expect(r).toEqual({
      ok: true,
      value: ['http://192.168.1.11:30002/', 'http://192.168.1.12:30002/', 'http://192.168.1.13:30002/'],
    });
  });

  it('reach checks the answering pod; fails checks the outcome and reason', () => {
    expect(
      checkGoal(
        tomcat,
        { type: 'reach', from: 'external', to: 'http://{nodeIP:0}:30002/', expect: { pod: 'tomcat-' } },
        1,
      ).passed,
    ).toBe(true);
    expect(
      checkGoal(
        tomcat,
        { type: 'reach', from: 'external', to: 'http://{nodeIP:0}:30002/', expect: { podLabel: { app: 'web' } } },
        1,
      ).passed,
    ).toBe(false);
    expect(checkGoal(tomcat, { type: 'fails', from: 'external', to: 'http://{nodeIP:0}:30002/' }, 1)).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/still reaches default\/tomcat-/),
    });
    expect(
      checkGoal(tomcat, { type: 'fails', from: 'external', to: 'http://{nodeIP:0}:30009/', outcome: 'timeout' }, 1)
        .detail,
    ).toMatch(/^it fails, but differently: refused/);
    expect(
      checkGoal(
        tomcat,
        {
          type: 'fails',
          from: 'external',
          to: 'http://{nodeIP:0}:30009/',
          outcome: 'refused',
          reasonIncludes: 'no Service has nodePort 30009',
        },
        1,
      ).passed,
    ).toBe(true);
  });

  it("sticky and distribution on the seed's ClientIP Service", () => {
    const yaml = `${seed('02-myservice-affinity.yaml')}---\n${readFileSync(new URL('../../scenarios/lessons/05-session-affinity/scenario.yaml', import.meta.url), 'utf8').split('---\nkind: Service')[0]}`;
    expect(loadScenario(yaml).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(checkGoal(yaml, { type: 'sticky', from: 'pod/client', to: 'myservice', count: 15 }, 5).passed).toBe(true);
    const spread = checkGoal(
      yaml,
      { type: 'distribution', from: 'pod/client', to: 'myservice', count: 15, minPods: 2 },
      5,
    );
    expect(spread).toEqual({ passed: false, detail: expect.stringMatching(/^15 requests reached only 1 pod\(s\)/) });
  });

  it('valid, invalid and object goals read the API server and the stored objects', () => {
    const bad = seed('03-my-service-nodeport.yaml').replace('30007', '29999');
    expect(checkGoal(bad, { type: 'valid' }, 1).detail).toMatch(
      /^line \d+: The Service "my-service" is invalid: spec.ports\[0\].nodePort: Invalid value: 29999/,
    );
    expect(checkGoal(bad, { type: 'invalid', messageIncludes: 'Required value' }, 1).detail).toMatch(
      /^the error is a different one/,
    );
    expect(checkGoal(tomcat, { type: 'invalid', messageIncludes: 'x' }, 1).passed).toBe(false);
    expect(
      checkGoal(
        tomcat,
        {
          type: 'object',
          kind: 'Service',
          name: 'tomcat-loadbalancer',
          fieldEquals: { 'spec.type': 'LoadBalancer', 'spec.ports[0].targetPort': 8080 },
        },
        1,
      ).passed,
    ).toBe(true);
    expect(
      checkGoal(
        tomcat,
        {
          type: 'object',
          kind: 'Service',
          name: 'tomcat-loadbalancer',
          fieldEquals: { 'spec.externalTrafficPolicy': 'Local' },
        },
        1,
      ).detail,
    ).toBe('Service tomcat-loadbalancer: spec.externalTrafficPolicy is "Cluster", expected "Local"');
    expect(checkGoal(tomcat, { type: 'object', kind: 'Service', name: 'nope', fieldEquals: { a: 1 } }, 1).detail).toBe(
      'there is no Service nope',
    );
  });

  it('kubectl goals fill placeholders in the command and check stdout', () => {
    const r = checkGoal(
      tomcat,
      {
        type: 'kubectl',
        argv: [
          'run',
          '-it',
          '--rm',
          '--image=busybox',
          't',
          '--restart=Never',
          '--',
          'wget',
          '-O-',
          '-q',
          '{clusterIP:tomcat-nodeport}',
        ],
        stdoutIncludes: ['tomcat-'],
      },
      1,
    );
    expect(r.passed).toBe(true);
    expect(checkGoal(tomcat, { type: 'kubectl', argv: ['get', 'svc'], stdoutIncludes: ['nginx'] }, 1).detail).toMatch(
      /^the output lacks "nginx"/,
    );
  });
});
