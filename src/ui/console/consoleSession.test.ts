// The console session end to end in Node: the real worker handler with the core's runKubectl and
// completeKubectl behind the bridge, on the playground's default scenario.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { completeKubectl, runConsoleKubectl, runInPodShell, runKubectl } from '../../core/kubectl/index.ts';
import { noteLine } from '../../core/kubectl/playgroundNotes.ts';
import { loadScenario } from '../../core/scenario/index.ts';
import { createHandler } from '../../worker/handler.ts';
import type { CommandEffect, ToWorker } from '../../worker/protocol.ts';
import { createConsoleSession, HISTORY_KEY, type ConsoleBackend, type ConsoleDeps } from './consoleSession.ts';
import { consoleAnswers } from '../../worker/consoleAnswers.ts';

const DEFAULT = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');

function workerBackend(): ConsoleBackend {
  const handle = createHandler({
    kubectl: runConsoleKubectl,
    complete: completeKubectl,
    podShell: runInPodShell,
    noteLine,
    answers: consoleAnswers,
  });
  let id = 0;
  const opt = <K extends string, V>(k: K, v: V | undefined) => (v === undefined ? {} : ({ [k]: v } as Record<K, V>));
  return {
    kubectl: async (argv, yaml, seed, line) => {
      const msg: ToWorker = {
        type: 'kubectl',
        requestId: ++id,
        argv,
        ...opt('yaml', yaml),
        ...opt('seed', seed),
        ...opt('line', line),
      };
      const [r] = handle(msg);
      if (r?.type !== 'kubectlResult') throw new Error(`unexpected reply ${r?.type}`);
      return {
        stdout: r.stdout,
        stderr: r.stderr,
        exitCode: r.exitCode,
        ...opt('yaml', r.yaml),
        ...opt('session', r.session),
        ...opt('effects', r.effects),
        ...opt('notes', r.notes),
      };
    },
    podShell: async (yaml, seed, session, line) => {
      const [r] = handle({ type: 'podShell', requestId: ++id, yaml, seed, session, line });
      if (r?.type !== 'podShellResult') throw new Error(`unexpected reply ${r?.type}`);
      return {
        stdout: r.stdout,
        stderr: r.stderr,
        exitCode: r.exitCode,
        closed: r.closed,
        session: r.session,
        ...opt('effects', r.effects),
        ...opt('notes', r.notes),
      };
    },
    complete: async (line, yaml, seed) => {
      const [r] = handle({ type: 'complete', requestId: ++id, line, ...opt('yaml', yaml), ...opt('seed', seed) });
      if (r?.type !== 'completion') throw new Error(`unexpected reply ${r?.type}`);
      return r.candidates;
    },
  };
}

function setup(
  backend: Partial<ConsoleBackend> | null = workerBackend(),
  stored: Record<string, string> = {},
  readOnly: string | null = null,
  words: Pick<ConsoleDeps, 'words' | 'say'> = {},
) {
  const app = { text: DEFAULT, seed: 1, written: [] as string[], didEffects: [] as CommandEffect[][] };
  const storage = {
    getItem: (k: string) => stored[k] ?? null,
    setItem: (k: string, v: string) => {
      stored[k] = v;
    },
  };
  const deps: ConsoleDeps = {
    backend: () => backend,
    scenario: () => ({ text: app.text, seed: app.seed }),
    setText: (t) => {
      app.written.push(t);
      app.text = t;
    },
    storage,
    readOnly: () => readOnly,
    didEffects: (effects) => app.didEffects.push([...effects]),
    ...words,
  };
  const session = createConsoleSession(deps);
  const type = async (line: string) => {
    session.setLine(line);
    await session.run();
  };
  const output = () =>
    session
      .snapshot()
      .entries.map((e) => `${e.kind}|${e.text}`)
      .join('');
  return { app, session, type, output, stored };
}

describe('console session', () => {
  it('remembers what each command printed and did, in a pod shell too, for the lesson Check', async () => {
    const { type, session, app } = setup();
    await type('kubectl get svc my-service -o wide');
    await type('kubectl version');
    await type('kubectl run -it --rm --image=busybox bash');
    await type('wget -O- -q my-service');
    await type('exit');
    const records = session.records();
    // Only commands that showed objects or sent requests (opening a shell, exit and errors did neither).
    expect(records.map((r) => r.line)).toEqual(['$ kubectl get svc my-service -o wide', '/ # wget -O- -q my-service']);
    expect(records[0]!.effects).toEqual([{ kind: 'show', verb: 'get', objects: ['Service/default/my-service'] }]);
    expect(records[0]!.output).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP/);
    expect(records[1]!.effects).toEqual([
      {
        kind: 'request',
        destination: expect.stringMatching(/^10\.\d+\.\d+\.\d+:80$/),
        byName: true,
        outcome: 'ok',
        pod: expect.stringMatching(/^default\/web-/),
        sender: { pod: 'default/bash', node: expect.stringMatching(/^node-/), temporary: true },
        result: expect.objectContaining({ outcome: 'ok', hops: expect.any(Array) }),
      },
    ]);
    expect(records[1]!.output).toMatch(/^web-/);
    // The page is told of both commands' effects: the wget's request becomes a packet (consoleTraffic.ts).
    expect(app.didEffects).toEqual(records.map((r) => r.effects));
  });

  it('runs kubectl against the editor text and shows the output exactly, stderr apart', async () => {
    const { type, session } = setup();
    await type('kubectl get deployments');
    expect(session.snapshot().entries.map((e) => [e.kind, e.text])).toEqual([
      ['prompt', '$ kubectl get deployments\n'],
      ['stdout', 'NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    3/3     3            3           60s\n'],
    ]);
    await type('kubectl get svc nope');
    expect(session.snapshot().entries.at(-1)).toMatchObject({
      kind: 'stderr',
      text: 'Error from server (NotFound): services "nope" not found\n',
    });
  });

  it('writes a mutation back into the editor text, and the next command sees it', async () => {
    const { type, app, session } = setup();
    await type('kubectl scale deployment web --replicas=5');
    expect(session.snapshot().entries.at(-1)).toMatchObject({ kind: 'stdout', text: 'deployment.apps/web scaled\n' });
    expect(app.written).toHaveLength(1);
    expect(app.text).toMatch(/replicas: 5/);
    await type('kubectl get deployment web');
    expect(session.snapshot().entries.at(-1)?.text).toMatch(/^web +5\/5 /m);
  });

  it('a read-only embed: commands that would change the cluster change nothing and say why; reads still work', async () => {
    const { type, app, session, output } = setup(workerBackend(), {}, 'this embed is read-only');
    for (const cmd of [
      'kubectl scale deployment web --replicas=5',
      'kubectl delete service my-service',
      'kubectl label deployment web tier=x',
      'kubectl expose deployment web --name=web2 --port=80',
    ]) {
      await type(cmd);
      expect(session.snapshot().entries.at(-1)).toEqual(
        expect.objectContaining({ kind: 'stderr', text: 'ksp: this embed is read-only\n' }),
      );
    }
    expect(app.written).toEqual([]);
    expect(app.text).toBe(DEFAULT);
    expect(session.snapshot().prompt).toBe('$ ');
    expect(output()).not.toMatch(/scaled|deleted|labeled/);
    await type('kubectl get deployments');
    expect(session.snapshot().entries.at(-1)?.text).toMatch(/^NAME +READY/);
  });

  it('does not overwrite text the user typed while the command ran', async () => {
    const real = workerBackend();
    const ctx = setup({
      ...real,
      kubectl: async (...args) => {
        const r = await real.kubectl(...args);
        ctx.app.text += '\n# typed meanwhile\n';
        return r;
      },
    });
    await ctx.type('kubectl scale deployment web --replicas=1');
    expect(ctx.app.written).toEqual([]);
    expect(ctx.session.snapshot().entries.at(-1)?.text).toMatch(/^ksp: the editor changed while the command ran/);
  });

  it('answers non-kubectl lines, a bad quote and a missing worker with clear errors', async () => {
    const { type, output } = setup();
    await type('curl http://10.96.0.1');
    await type("kubectl get pods -l 'app=web");
    expect(output()).toBe(
      `prompt|$ curl http://10.96.0.1\nstderr|ksp: only kubectl commands run here (try: kubectl get pods)\nprompt|$ kubectl get pods -l 'app=web\nstderr|ksp: unexpected EOF while looking for matching \`''\n`,
    );
    const offline = setup(null);
    await offline.type('kubectl get pods');
    expect(offline.output()).toMatch(/stderr\|ksp: the simulator is not connected yet/);
  });

  it("words the playground's own lines in the page's language and leaves kubectl's as printed", async () => {
    const words: Pick<ConsoleDeps, 'words' | 'say'> = {
      words: (n) => `<${[n.code, ...Object.values(n.params)].join(' ')}>`,
      say: (l) => `<${[l.key, ...Object.values(l.vars ?? {})].join(' ')}>`,
    };
    const { type, output, app } = setup(workerBackend(), {}, null, words);
    await type('kubectl top pods');
    await type('kubectl get pods nope');
    await type('ls');
    await type('nslookup web');
    expect(output()).toBe(
      [
        'prompt|$ kubectl top pods\nstderr|ksp: <kubectl.verbNotSimulated top>\n',
        'prompt|$ kubectl get pods nope\nstderr|Error from server (NotFound): pods "nope" not found\n',
        'prompt|$ ls\nstderr|ksp: <onlyKubectl>\n',
        'prompt|$ nslookup web\nstderr|ksp: <inPodNslookup>\n',
      ].join(''),
    );
    // The pod shell's own lines, and kubectl's answer when the editor's text does not parse.
    await type('kubectl run tmp --image=busybox -it --rm --restart=Never -- sh');
    await type('wget -q -O- web || true');
    await type('exit');
    app.text = 'kind: [';
    await type('kubectl get pods');
    expect(output()).toContain('ksp: <podShell.onePipeline>\n');
    expect(output()).toMatch(/stderr\|ksp: <kubectl.scenarioUnparsed>\n$/);
    const offline = setup(null, {}, null, words);
    await offline.type('kubectl get pods');
    expect(offline.output()).toBe('prompt|$ kubectl get pods\nstderr|ksp: <notConnected>\n');
  });

  it('clear, Ctrl+C and history; history survives a new session through storage', async () => {
    const { type, session, stored, output } = setup();
    await type('kubectl get pods');
    await type('history');
    expect(output()).toMatch(/stdout\| {4}1 {2}kubectl get pods\n {4}2 {2}history\n$/);
    await type('clear');
    expect(session.snapshot().entries).toEqual([]);
    session.setLine('kubectl delete pod x');
    session.cancel();
    expect(output()).toBe('prompt|$ kubectl delete pod x^C\n');
    expect(session.snapshot().line).toBe('');
    expect(JSON.parse(stored[HISTORY_KEY] ?? '[]')).toEqual(['kubectl get pods', 'history', 'clear']);
    const next = setup(workerBackend(), stored);
    next.session.up();
    expect(next.session.snapshot().line).toBe('clear');
    next.session.up();
    expect(next.session.snapshot().line).toBe('history');
  });

  it('completes through the worker: a verb, then names of objects', async () => {
    const { session, output } = setup();
    session.setLine('kubectl desc');
    await session.complete();
    expect(session.snapshot().line).toBe('kubectl describe ');
    session.setLine('kubectl get svc my-');
    await session.complete();
    expect(session.snapshot().line).toBe('kubectl get svc my-service');
    expect(output()).toBe('prompt|$ kubectl get svc my-\ninfo|my-service  my-service-nodeport\n');
    await session.complete();
    expect(session.snapshot().line).toBe('kubectl get svc my-service');
    await session.complete();
    expect(session.snapshot().line).toBe('kubectl get svc my-service-nodeport');
  });

  it("the seed's pod shell: kubectl run -it --rm --image=busybox bash, wget the ClusterIP, exit", async () => {
    const { type, session } = setup();
    const ip = /my-service\s+ClusterIP\s+(\S+)/.exec(runKubectl(runScenario(), ['get', 'svc']).stdout)?.[1];
    expect(ip).toMatch(/^10\./);
    await type('kubectl run -it --rm --image=busybox bash');
    expect(session.snapshot()).toMatchObject({ prompt: '/ # ', shellPod: 'default/bash' });
    expect(session.snapshot().entries.at(-1)).toMatchObject({
      kind: 'stderr',
      text: "If you don't see a command prompt, try pressing enter.\n",
    });
    await type(`wget -O- -q ${ip}`);
    const tail = session
      .snapshot()
      .entries.slice(-2)
      .map((e) => [e.kind, e.text]);
    expect(tail[0]).toEqual(['prompt', `/ # wget -O- -q ${ip}\n`]);
    expect(tail[1]?.[0]).toBe('stdout');
    expect(tail[1]?.[1]).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\n$/);
    await type('kubectl get pods');
    expect(session.snapshot().entries.at(-1)).toMatchObject({ kind: 'stdout', text: 'sh: kubectl: not found\n' });
    await type('exit');
    expect(
      session
        .snapshot()
        .entries.slice(-2)
        .map((e) => e.text),
    ).toEqual([
      '/ # exit\n',
      'Session ended, resume using \'kubectl attach bash -c bash -i -t\' command when the pod is running\npod "bash" deleted from default namespace\n',
    ]);
    expect(session.snapshot()).toMatchObject({ prompt: '$ ', shellPod: null });
  });
  it('Ctrl+D on an empty line ends a pod shell; outside one it does nothing', async () => {
    const { type, session } = setup();
    await session.eof();
    expect(session.snapshot().entries).toEqual([]);
    await type('kubectl run t -it --rm --restart=Never --image=busybox -- sh');
    await session.eof();
    expect(
      session
        .snapshot()
        .entries.slice(-2)
        .map((e) => e.text),
    ).toEqual(['/ # \n', 'pod "t" deleted from default namespace\n']);
    expect(session.snapshot().prompt).toBe('$ ');
  });
});

function runScenario() {
  return loadScenario(DEFAULT, { seed: 1 });
}
