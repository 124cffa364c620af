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
