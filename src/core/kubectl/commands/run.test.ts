import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';

const s = loadScenario(readFileSync(new URL('../../dataplane/fixtures/failures.yaml', import.meta.url), 'utf8'), {
  seed: 1,
});
const run = (...cmd: string[]) =>
  runKubectl(s, ['run', 'tmp', '--image=busybox', '-it', '--rm', '--restart=Never', '--', ...cmd]);

describe('kubectl run … -- wget / nslookup', () => {
  it('prints the pod name the Service answered with, then the deletion', () => {
    const r = runKubectl(s, [
      'run',
      'tmp',
      '--image=busybox',
      '-it',
      '--rm',
      '--restart=Never',
      '--',
      'wget',
      '-O-',
      '-q',
      'badtarget.default',
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^wget: can't connect to remote host \(10\.\d+\.\d+\.\d+\): Connection refused\npod default\/tmp terminated \(Error\)\n$/,
    );
    expect(r.stdout).toBe('pod "tmp" deleted from default namespace\n');
  });
  it('busybox error texts', () => {
    expect(run('wget', '-qO-', 'nope').stderr).toBe("wget: bad address 'nope'\npod default/tmp terminated (Error)\n");
    expect(run('wget', '-qO-', 'badtarget:8080').stderr.split('\n')[0]).toBe('wget: download timed out');
    expect(run('wget', '-qO-', 'typo').stderr.split('\n')[0]).toMatch(
      /^wget: can't connect to remote host \(10\.[\d.]+\): Connection refused$/,
    );
  });
  it("an image other than busybox is the playground's note, carried as a code", () => {
    const r = runKubectl(s, [
      'run',
      'tmp',
      '--image=curlimages/curl',
      '-i',
      '--rm',
      '--restart=Never',
      '--',
      'curl',
      'web',
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^ksp: the playground runs busybox's wget, nslookup, .* inside pods \(got "curl"\)\n/);
    expect(r.notes).toEqual([
      {
        code: 'kubectl.busyboxOnly',
        params: { program: 'curl', programs: expect.stringMatching(/^wget, nslookup, /) },
      },
    ]);
    expect(run('wget', '-qO-', 'nope').notes).toBeUndefined();
  });
  it('answers with a pod name for a working Service (serve_hostname)', () => {
    const ok = runKubectl(s, [
      'run',
      'tmp',
      '--image=busybox',
      '-it',
      '--rm',
      '--restart=Never',
      '--',
      'wget',
      '-O-',
      '-q',
      'http://nodelocal.default.svc.cluster.local/',
    ]);
    // iTP Local: answers only when the temporary pod lands on a node with a myapp pod; either way the output is busybox's.
    expect(ok.stdout === 'pod "tmp" deleted from default namespace\n' ? ok.stderr : ok.stdout).toMatch(
      /^(myapp-[a-z0-9]+-[a-z0-9]{5}\npod "tmp" deleted from default namespace\n|wget: download timed out\n)/,
    );
  });
  it('nslookup prints the A record or NXDOMAIN', () => {
    const r = run('nslookup', 'badtarget');
    expect(r.stdout).toMatch(
      /^Server:\t\t10\.96\.0\.10\nAddress:\t10\.96\.0\.10:53\n\nName:\tbadtarget\.default\.svc\.cluster\.local\nAddress: 10\.[\d.]+\n\npod "tmp" deleted from default namespace\n$/,
    );
    expect(run('nslookup', 'nothing').stderr).toBe(
      "** server can't find nothing: NXDOMAIN\n\npod default/tmp terminated (Error)\n",
    );
  });
  it('without -it it only creates the pod; --rm needs attach', () => {
    expect(runKubectl(s, ['run', 'tmp', '--image=busybox']).stdout).toBe('pod/tmp created\n');
    expect(runKubectl(s, ['run', 'tmp', '--image=busybox', '--rm']).stderr).toBe(
      'error: --rm should only be used for attached containers\n',
    );
    expect(runKubectl(s, ['run', 'tmp']).stderr).toBe('error: required flag(s) "image" not set\n');
  });
});

// kubectl pkg/cmd/run/run.go: Validate's messages, createPod/createService's objects, and Run
// printing each created object with the name printer (`<resource>/<name> created`).
describe('kubectl run without attaching: the Pod, and with --expose its Service', () => {
  const web = readFileSync(new URL('../../scenario/edits/fixtures/web.yaml', import.meta.url), 'utf8');
  const ws = loadScenario(web);
  const k = (...args: string[]) => runKubectl(ws, ['run', ...args]);

  it('creates the Pod kubectl generates (labels run=NAME, one container, ClusterFirst, Always)', () => {
    const r = k('hello', '--image=nginx', '--port=8080');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['pod/hello created\n', '', 0]);
    expect(r.yaml?.slice(web.length)).toBe(
      '---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: hello\n  labels:\n    run: hello\nspec:\n  containers:\n  - name: hello\n    image: nginx\n    ports:\n    - containerPort: 8080\n  dnsPolicy: ClusterFirst\n  restartPolicy: Always\n',
    );
  });

  it('--expose --port adds a ClusterIP Service of the same name that selects the pod', () => {
    const r = k('hello', '--image=nginx', '--port=8080', '--expose', '--labels=tier=web,app=hello');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['pod/hello created\nservice/hello created\n', '', 0]);
    expect(r.yaml?.slice(web.length)).toContain(
      '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: hello\n  labels:\n    app: hello\n    tier: web\nspec:\n  ports:\n  - port: 8080\n    protocol: TCP\n    targetPort: 8080\n  selector:\n    app: hello\n    tier: web\n',
    );
    const after = loadScenario(r.yaml!);
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const svc = after.state.services.find((x) => x.metadata.name === 'hello')!;
    expect(svc.spec.type).toBe('ClusterIP');
    const slice = after.state.endpointSlices.find(
      (e) => e.metadata?.labels?.['kubernetes.io/service-name'] === 'hello',
    );
    expect(slice?.endpoints?.map((e) => e.targetRef?.name)).toEqual(['hello']);
  });

  it('refuses --expose without --port and a --port that is not a number (run.go Validate)', () => {
    expect(k('hello', '--image=nginx', '--expose')).toEqual({
      stdout: '',
      stderr: 'error: --port must be set when exposing a service\n',
      exitCode: 1,
    });
    expect(k('hello', '--image=nginx', '--port=http').stderr).toBe('error: --port must be a number\n');
    expect(k('hello', '--image=nginx', '--labels=app').stderr).toBe('error: unexpected label spec: app\n');
    expect(k('hello', '--image=nginx', '--restart=Sometimes').stderr).toBe(
      'error: invalid restart policy: Sometimes, valid values are: Always, OnFailure, Never\n',
    );
  });

  it('a Service the server refuses leaves the Pod created and ends with the error', () => {
    const r = k('my-service', '--image=nginx', '--port=8080', '--expose');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([
      'pod/my-service created\n',
      'Error from server (AlreadyExists): services "my-service" already exists\n',
      1,
    ]);
    expect(loadScenario(r.yaml!).state.pods.some((p) => p.metadata.name === 'my-service')).toBe(true);
  });
});
