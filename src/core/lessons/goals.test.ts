// The goal checker on the seed's own examples, including the ways a goal can fail.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkGoal, checkGoalOn, type ConsoleRecord } from './goals.ts';
import { runConsoleKubectl } from '../kubectl/runKubectl.ts';
import { runInPodShell, type PodShellSession } from '../kubectl/podShell.ts';
import type { Goal } from './types.ts';
import { createTraffic } from '../sim/traffic.ts';
import { resolveTargets } from './resolveSpec.ts';
import { loadScenario } from '../scenario/load.ts';

const seed = (f: string) => readFileSync(new URL(`../fixtures/seed/${f}`, import.meta.url), 'utf8');
const tomcat = readFileSync(new URL('../../scenarios/lessons/09-tomcat/solution-2.yaml', import.meta.url), 'utf8');

describe('checkGoal', () => {
  it('explains unresolvable clients and placeholders instead of throwing', () => {
    expect(checkGoal(tomcat, { type: 'reach', from: 'pod/ghost', to: 'tomcat-nodeport' }, 1)).toEqual({
      passed: false,
      code: 'from.noPod',
      params: { from: 'pod/ghost' },
    });
    expect(checkGoal(tomcat, { type: 'reach', from: 'moon', to: 'x' }, 1).code).toBe('from.invalid');
    // The verdict names the placeholder as data: the page describes it ("load-balancer IP of …"), never as `{…}`.
    expect(checkGoal(tomcat, { type: 'reach', from: 'external', to: 'http://{lbIP:tomcat-nodeport}/' }, 1)).toEqual({
      passed: false,
      code: 'unresolved',
      params: { placeholder: 'lbIP', name: 'tomcat-nodeport' },
    });
    expect(checkGoal(tomcat, { type: 'reach', from: 'external', to: 'http://{bogus:x}/' }, 1).params).toEqual({
      placeholder: 'bogus',
      name: 'x',
    });
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
      code: 'fails.stillReaches',
      params: { pod: expect.stringMatching(/^default\/tomcat-/) },
    });
    expect(
      checkGoal(tomcat, { type: 'fails', from: 'external', to: 'http://{nodeIP:0}:30009/', outcome: 'timeout' }, 1),
    ).toMatchObject({ code: 'fails.differently', params: { outcome: 'refused' } });
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
    expect(spread).toMatchObject({ passed: false, code: 'distribution.few', params: { count: 15, n: 1, minPods: 2 } });
  });

  it('valid, invalid and object goals read the API server and the stored objects', () => {
    const bad = seed('03-my-service-nodeport.yaml').replace('30007', '29999');
    expect(checkGoal(bad, { type: 'valid' }, 1)).toMatchObject({
      code: 'valid.error',
      params: {
        line: expect.any(Number),
        message: expect.stringMatching(
          /^The Service "my-service" is invalid: spec.ports\[0\].nodePort: Invalid value: 29999/,
        ),
      },
    });
    expect(checkGoal(bad, { type: 'invalid', messageIncludes: 'Required value' }, 1).code).toBe('invalid.other');
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
      ).params,
    ).toEqual({
      kind: 'Service',
      name: 'tomcat-loadbalancer',
      path: 'spec.externalTrafficPolicy',
      actual: '"Cluster"',
      expected: '"Local"',
    });
    expect(checkGoal(tomcat, { type: 'object', kind: 'Service', name: 'nope', fieldEquals: { a: 1 } }, 1).code).toBe(
      'object.missing',
    );
  });

  describe('kubectl goals are checked against what the learner ran in the console', () => {
    const scenario = loadScenario(tomcat, { seed: 1 });
    const ran = (line: string, session?: PodShellSession): ConsoleRecord => {
      if (session) {
        const r = runInPodShell(scenario, session, line);
        return { line: `${session.prompt}${line}`, output: r.stdout + r.stderr, effects: r.effects };
      }
      const argv = line.split(/\s+/).slice(1);
      const r = runConsoleKubectl(scenario, argv);
      return { line: `$ ${line}`, output: r.stdout + r.stderr, effects: r.effects ?? [] };
    };
    const getSvc: Goal = { type: 'kubectl', argv: ['get', 'svc', 'tomcat-nodeport'], stdoutIncludes: ['80:30002/TCP'] };
    const ip = scenario.state.services.find((s) => s.metadata?.name === 'tomcat-nodeport')!.spec!.clusterIP!;
    const wgetIP: Goal = {
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
    };
    const wgetName: Goal = { ...wgetIP, argv: [...wgetIP.argv.slice(0, -1), 'tomcat-nodeport'] } as Goal;

    it('waits, and says for which command, until the learner runs one', () => {
      expect(checkGoalOn(scenario, getSvc, 1)).toEqual({
        passed: false,
        code: 'kubectl.waiting',
        params: { command: 'kubectl get svc tomcat-nodeport', expected: ['80:30002/TCP'] },
      });
      // A command that shows other objects does not count.
      expect(checkGoalOn(scenario, getSvc, 1, { console: [ran('kubectl get pods')] }).code).toBe('kubectl.waiting');
      // …nor one that shows the object in another verb.
      expect(checkGoalOn(scenario, getSvc, 1, { console: [ran('kubectl describe svc tomcat-nodeport')] }).code).toBe(
        'kubectl.waiting',
      );
    });

    it('recognises the command by what it did, whatever its spelling', () => {
      for (const line of [
        'kubectl get svc tomcat-nodeport',
        'kubectl get service/tomcat-nodeport -o wide',
        'kubectl get services',
        'kubectl -n default get svc,deploy',
      ]) {
        const r = checkGoalOn(scenario, getSvc, 1, { console: [ran(line)] });
        expect(r, line).toEqual({
          passed: true,
          code: 'kubectl.seen',
          params: { command: `$ ${line}`, expected: ['80:30002/TCP'] },
        });
      }
    });

    it('needs the output the step asks to read (a command that prints something else is named)', () => {
      const r = checkGoalOn(scenario, getSvc, 1, { console: [ran('kubectl get svc tomcat-nodeport -o name')] });
      expect(r).toEqual({
        passed: false,
        code: 'kubectl.outputLacks',
        params: { command: '$ kubectl get svc tomcat-nodeport -o name', missing: ['80:30002/TCP'] },
      });
    });

    it('a wget step counts the request the learner sent: from a one-shot pod or from a busybox shell', () => {
      expect(checkGoalOn(scenario, wgetIP, 1).code).toBe('kubectl.waiting');
      const oneShot = ran(`kubectl run x --image=busybox -it --rm --restart=Never -- wget -O- -q http://${ip}:80/`);
      expect(checkGoalOn(scenario, wgetIP, 1, { console: [oneShot] }).passed).toBe(true);
      const opened = runConsoleKubectl(scenario, ['run', '-it', '--rm', '--image=busybox', 'bash']);
      const shell = ran(`wget -qO- ${ip}`, opened.session);
      expect(checkGoalOn(scenario, wgetIP, 1, { console: [shell] })).toMatchObject({
        passed: true,
        params: { command: `/ # wget -qO- ${ip}` },
      });
      // The name step wants the name: an address does not count, the name in any form does.
      expect(checkGoalOn(scenario, wgetName, 1, { console: [shell] }).code).toBe('kubectl.waiting');
      const byName = ran('wget -O- -q tomcat-nodeport.default.svc.cluster.local', opened.session);
      expect(checkGoalOn(scenario, wgetName, 1, { console: [byName] }).passed).toBe(true);
      // …and the address step wants the address.
      expect(checkGoalOn(scenario, wgetIP, 1, { console: [byName] }).code).toBe('kubectl.waiting');
      // A request elsewhere does not count.
      const elsewhere = ran('wget -O- -q 10.96.0.1', opened.session);
      expect(checkGoalOn(scenario, wgetIP, 1, { console: [elsewhere] }).code).toBe('kubectl.waiting');
    });
  });

  describe('an expires goal reads what the diagram showed, and sends nothing itself', () => {
    const dir = new URL('../../scenarios/lessons/05-session-affinity/', import.meta.url);
    const ten = loadScenario(readFileSync(new URL('solution-3.yaml', dir), 'utf8'), { seed: 1 });
    const goal: Goal = { type: 'expires', client: 'slow-client', service: 'myservice', minPods: 2 };
    const shown = (rate: number, until: number) => {
      const t = createTraffic(ten.state, 1, [
        {
          id: 'slow-client',
          from: { kind: 'pod', namespace: 'default', name: 'slow-client' },
          to: 'http://myservice',
          rate,
        },
      ]);
      t.step(until);
      return t.results();
    };

    it('a client faster than the timer stays pinned: the issue saw 67 of 67 requests on one pod', () => {
      const r = checkGoalOn(ten, goal, 1, { traffic: shown(1, 67) });
      expect(r).toMatchObject({ passed: false, code: 'expires.neverRunsOut', params: { timeout: 10, picks: 0 } });
      expect(r.params.pods).toHaveLength(1);
    });

    it('a client slower than the timer is picked afresh each time, and the check says so', () => {
      expect(checkGoalOn(ten, goal, 1).code).toBe('expires.waiting');
      const r = checkGoalOn(ten, goal, 1, { traffic: shown(0.05, 240) });
      expect(r).toMatchObject({ passed: true, code: 'expires.ok', params: { client: 'slow-client', timeout: 10 } });
      expect((r.params.pods as string[]).length).toBeGreaterThanOrEqual(2);
    });

    it('needs ClientIP affinity on the Service', () => {
      const none = loadScenario(readFileSync(new URL('scenario.yaml', dir), 'utf8'), { seed: 1 });
      expect(checkGoalOn(none, goal, 1, { traffic: shown(0.05, 240) }).code).toBe('expires.noAffinity');
    });
  });
});
