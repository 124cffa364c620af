import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from './runKubectl.ts';
import { runInPodShell, type PodShellSession } from './podShell.ts';

const load = (file: string) =>
  loadScenario(readFileSync(new URL(`../dataplane/fixtures/${file}`, import.meta.url), 'utf8'), { seed: 1 });
const affinity = load('seed-myservice-affinity.yaml');
const plain = load('seed-my-service.yaml');
// Seeded values (the allocator's cluster IP, the scheduler's node, pod names and IPs, kube-proxy's
// pick) are inline snapshots: a deliberate RNG change is one `vitest -u` away and reviewed as a diff.
const clusterIP = affinity.state.services.find((s) => s.metadata.name === 'myservice')?.spec.clusterIP ?? '';

/** Types the lines into the session and returns each line's terminal text. */
function type(s: typeof affinity, session: PodShellSession, lines: string[]) {
  const shown: string[] = [];
  let cur = session;
  let closed = false;
  for (const line of lines) {
    const r = runInPodShell(s, cur, line);
    shown.push(r.stdout + r.stderr);
    cur = r.session;
    closed = r.closed;
  }
  return { shown, session: cur, closed };
}

function open(s = affinity, argv = ['run', '-it', '--rm', '--image=busybox', 'bash']) {
  const r = runKubectl(s, argv);
  if (!r.session) throw new Error(`no session: ${r.stderr}`);
  return { r, session: r.session };
}

describe("the seed's kubectl run -it --rm --image=busybox bash", () => {
  it("opens sh in a pod NAMED bash and prints kubectl attach's hint", () => {
    const { r, session } = open();
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("If you don't see a command prompt, try pressing enter.\n");
    expect(session).toMatchObject({ pod: 'default/bash', prompt: '/ # ', image: 'busybox', rm: true, temporary: true });
    expect({ node: session.node, podIP: session.podIP }).toMatchInlineSnapshot(`
      {
        "node": "node-1",
        "podIP": "10.244.1.4",
      }
    `);
  });
  it('wget -O- -q <cluster-ip>, then exit: the answering pod, then the attach hint and the deletion', () => {
    const { session } = open();
    const t = type(affinity, session, [`wget -O- -q ${clusterIP}`, 'exit']);
    expect(t.shown).toMatchInlineSnapshot(`
      [
        "myapp-b5bd8c48d-9v9s7
      ",
        "Session ended, resume using 'kubectl attach bash -c bash -i -t' command when the pod is running
      pod "bash" deleted from default namespace
      ",
      ]
    `);
    expect(t.closed).toBe(true);
  });
  it('--restart=Never has no attach hint; without --rm nothing is deleted', () => {
    const never = open(affinity, [
      'run',
      'tmp',
      '-it',
      '--rm',
      '--restart=Never',
      '--image=busybox',
      '--',
      'sh',
    ]).session;
    expect(runInPodShell(affinity, never, 'exit').stdout).toBe('pod "tmp" deleted from default namespace\n');
    const kept = open(affinity, ['run', 'tmp', '-i', '--restart=Never', '--image=busybox']);
    expect(kept.r.stderr).toBe('');
    expect(runInPodShell(affinity, kept.session, 'exit 3')).toMatchObject({ stdout: '', exitCode: 3, closed: true });
  });
  it('`-- bash` in busybox fails to start: busybox has no bash', () => {
    const r = runKubectl(affinity, ['run', 'x', '-it', '--rm', '--restart=Never', '--image=busybox', '--', 'bash']);
    expect(r.session).toBeUndefined();
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('pod "x" deleted from default namespace\n');
    expect(r.stderr).toBe(
      'pod default/x terminated (StartError)\nfailed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n',
    );
  });
});

describe('busybox commands in the pod shell', () => {
  it("wget without -q shows busybox's connect line and progress bar around the body, in terminal order", () => {
    const t = type(affinity, open().session, ['wget -O- myservice', 'wget -O - http://myservice:443/']);
    expect(t.shown[0]).toMatchInlineSnapshot(`
      "Connecting to myservice (10.101.125.168:80)
      writing to stdout
      myapp-b5bd8c48d-9v9s7
      -                    100% |********************************|    22  0:00:00 ETA
      written to stdout
      "
    `);
    expect(t.shown[1]?.split('\n')[0]).toBe(`Connecting to myservice (${clusterIP}:443)`);
  });
  it("ClientIP affinity holds across the session's lines; without affinity kube-proxy spreads them", () => {
    const sticky = type(affinity, open().session, Array(6).fill('wget -qO- myservice'));
    expect(new Set(sticky.shown).size).toBe(1);
    expect(sticky.shown[0]).toMatchInlineSnapshot(`
      "myapp-b5bd8c48d-9v9s7
      "
    `);
    expect(sticky.session.sent).toHaveLength(6);
    const spread = type(plain, open(plain).session, Array(8).fill('wget -qO- my-service'));
    expect(new Set(spread.shown).size).toBeGreaterThan(1);
    // Same scenario, seed and lines ⇒ the same answers.
    expect(type(plain, open(plain).session, Array(8).fill('wget -qO- my-service')).shown).toEqual(spread.shown);
  });
  it('nslookup, resolv.conf, hosts, hostname', () => {
    const t = type(affinity, open().session, [
      'nslookup myservice',
      'cat /etc/resolv.conf',
      'cat /etc/hosts /nope',
      'hostname',
      'nslookup nothing',
    ]);
    expect(t.shown).toMatchInlineSnapshot(`
      [
        "Server:		10.96.0.10
      Address:	10.96.0.10:53

      Name:	myservice.default.svc.cluster.local
      Address: 10.101.125.168

      ",
        "nameserver 10.96.0.10
      search default.svc.cluster.local svc.cluster.local cluster.local
      options ndots:5
      ",
        "# Kubernetes-managed hosts file.
      127.0.0.1	localhost
      ::1	localhost ip6-localhost ip6-loopback
      fe00::0	ip6-localnet
      fe00::0	ip6-mcastprefix
      fe00::1	ip6-allnodes
      fe00::2	ip6-allrouters
      10.244.1.4	bash
      cat: can't open '/nope': No such file or directory
      ",
        "bash
      ",
        "Server:		10.96.0.10
      Address:	10.96.0.10:53

      ** server can't find nothing: NXDOMAIN

      ",
      ]
    `);
  });
  it("env | grep -i service: kubelet's variables for the Services that existed when the pod started", () => {
    const t = type(affinity, open().session, [
      'env | grep -i service',
      'echo $MYSERVICE_SERVICE_HOST:${MYSERVICE_SERVICE_PORT_HTTPS}',
      "echo '$HOME'",
    ]);
    expect(t.shown).toMatchInlineSnapshot(`
      [
        "KUBERNETES_SERVICE_HOST=10.96.0.1
      KUBERNETES_SERVICE_PORT=443
      KUBERNETES_SERVICE_PORT_HTTPS=443
      MYSERVICE_PORT=tcp://10.101.125.168:80
      MYSERVICE_PORT_443_TCP=tcp://10.101.125.168:443
      MYSERVICE_PORT_443_TCP_ADDR=10.101.125.168
      MYSERVICE_PORT_443_TCP_PORT=443
      MYSERVICE_PORT_443_TCP_PROTO=tcp
      MYSERVICE_PORT_80_TCP=tcp://10.101.125.168:80
      MYSERVICE_PORT_80_TCP_ADDR=10.101.125.168
      MYSERVICE_PORT_80_TCP_PORT=80
      MYSERVICE_PORT_80_TCP_PROTO=tcp
      MYSERVICE_SERVICE_HOST=10.101.125.168
      MYSERVICE_SERVICE_PORT=80
      MYSERVICE_SERVICE_PORT_HTTP=80
      MYSERVICE_SERVICE_PORT_HTTPS=443
      ",
        "10.101.125.168:443
      ",
        "$HOME
      ",
      ]
    `);
  });
  it('unknown commands are sh\'s "not found"; unsupported syntax is a clear error; empty lines print nothing', () => {
    const t = type(affinity, open().session, [
      'bash',
      'curl myservice',
      'kubectl get pods',
      '',
      'wget -qO- myservice > out',
      'echo "open',
    ]);
    expect(t.shown).toEqual([
      'sh: bash: not found\n',
      'sh: curl: not found\n',
      'sh: kubectl: not found\n',
      '',
      // The playground's own line, as a note the faces word; bash's quote error is the shell's own text.
      'ksp: ">" is not simulated; run one command (or one pipe into grep) per line\n',
      'sh: syntax error: unexpected EOF while looking for matching `"\'\n',
    ]);
    expect(runInPodShell(affinity, open().session, 'wget -qO- myservice > out').notes).toEqual([
      { code: 'podShell.operatorNotSimulated', params: { operator: '>' } },
    ]);
    expect(runInPodShell(affinity, open().session, 'echo "open').notes).toBeUndefined();
    expect(runInPodShell(affinity, open().session, 'curl x').exitCode).toBe(127);
  });
  it('the session ends when its pod is gone (an existing pod deleted in the editor)', () => {
    const s = runKubectl(plain, ['get', 'pods', '-o', 'name']).stdout.split('\n')[0]?.replace('pod/', '') ?? '';
    const session = runKubectl(plain, ['exec', '-it', s, '--', 'sh']).session;
    expect(session).toBeDefined();
    const noPods = loadScenario(readFileSync(new URL('../dataplane/fixtures/failures.yaml', import.meta.url), 'utf8'), {
      seed: 1,
    });
    expect(runInPodShell(noPods, session!, 'hostname')).toMatchObject({
      closed: true,
      exitCode: 1,
      stderr: `error: pod default/${s} is gone; the session ended\n`,
    });
  });
});

describe('kubectl exec', () => {
  // The second myapp pod the ReplicaSet created (any would do; its name is seeded).
  const pod = affinity.state.pods.filter((p) => p.metadata.name.startsWith('myapp-'))[1]?.metadata.name ?? '';
  it('the pod these tests exec into', () => expect(pod).toMatchInlineSnapshot(`"myapp-b5bd8c48d-thj6x"`));
  it('-it POD -- sh opens a session in the existing pod (no hint, no deletion on exit)', () => {
    const r = runKubectl(affinity, ['exec', '-it', pod, '--', 'sh']);
    expect(r).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(r.session).toMatchObject({ pod: `default/${pod}`, temporary: false, rm: false });
    expect({ node: r.session?.node, podIP: r.session?.podIP }).toMatchInlineSnapshot(`
      {
        "node": "node-1",
        "podIP": "10.244.1.3",
      }
    `);
    const t = type(affinity, r.session!, ['hostname', 'exit']);
    expect(t.shown).toEqual([`${pod}\n`, '']);
    expect(t.closed).toBe(true);
  });
  it("POD -- wget -O- -q URL runs once; a failure ends with kubectl's exit-code line", () => {
    const ok = runKubectl(affinity, ['exec', pod, '--', 'wget', '-O-', '-q', 'myservice']);
    expect(ok).toMatchObject({ stderr: '', exitCode: 0 });
    // The pod kube-proxy picked (ClientIP affinity: the same one every time).
    expect(ok.stdout).toMatchInlineSnapshot(`
      "myapp-b5bd8c48d-xzcr2
      "
    `);
    expect(runKubectl(affinity, ['exec', pod, '--', 'wget', '-qO-', 'nope'])).toMatchObject({
      stdout: '',
      stderr: "wget: bad address 'nope'\ncommand terminated with exit code 1\n",
      exitCode: 1,
    });
  });
  it('errors: missing pod, old syntax, no command', () => {
    expect(runKubectl(affinity, ['exec', 'nope', '--', 'sh']).stderr).toBe(
      'Error from server (NotFound): pods "nope" not found\n',
    );
    expect(runKubectl(affinity, ['exec', pod, 'hostname']).stderr).toBe(
      "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n",
    );
    expect(runKubectl(affinity, ['exec', pod]).stderr).toBe(
      "error: you must specify at least one command for the container\nSee 'kubectl exec -h' for help and examples\n",
    );
  });
});
