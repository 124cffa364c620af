// The ksp CLI run in-process on the seed fixtures (real loadScenario, admission and controllers).
import { describe, expect, it } from 'vitest';
import { runCaptured, type CapturedRun } from './runCaptured.ts';

const SEED = 'src/core/fixtures/seed';

const run = (...argv: string[]): CapturedRun => runCaptured(argv);

describe('ksp', () => {
  it('--help and help <cmd>; usage errors exit 2 without stack traces', () => {
    const h = run('--help');
    expect(h.code).toBe(0);
    expect(h.out).toContain('validate');
    expect(h.out).toContain('kubectl');
    expect(run('help', 'validate').out).toContain('usage: ksp validate');
    expect(run()).toMatchObject({ code: 2 });
    expect(run('frob')).toEqual({ code: 2, out: '', err: 'ksp: unknown command "frob"; see ksp --help\n' });
    expect(run('validate', 'missing.yaml')).toEqual({
      code: 2,
      out: '',
      err: 'ksp: cannot read missing.yaml: no such file\n',
    });
    expect(run('--seed', 'abc', 'validate', 'x.yaml')).toMatchObject({
      code: 2,
      err: 'ksp: --seed needs a whole number from 0 to 4294967295, got "abc"\n',
    });
    expect(run('kubectl', `${SEED}/01-my-service.yaml`)).toMatchObject({ code: 2 });
  });

  it('validate: the seed files are valid (exit 0, no output)', () => {
    const files = [
      '01-my-service.yaml',
      '02-myservice-affinity.yaml',
      '03-my-service-nodeport.yaml',
      '04-tomcat-nodeport.yaml',
      '05-tomcat-loadbalancer.yaml',
    ];
    expect(run('validate', ...files.map((f) => `${SEED}/${f}`))).toEqual({ code: 0, out: '', err: '' });
  });

  it('validate: an ownerReference without a uid is FILE:LINE:COL: the API server message, exit 1', () => {
    const file = 'src/core/scenario/fixtures/owner-references.yaml';
    const r = run('validate', file);
    expect(r.code).toBe(1);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      `${file}:11:12: The Service "web" is invalid: metadata.ownerReferences.uid: Invalid value: "": must not be empty`,
      `${file}:13:19: The Service "web" is invalid: metadata.ownerReferences.apiVersion: Invalid value: "apps/": version must not be empty`,
    ]);
    expect(r.out).toContain(
      'Only one reference can have Controller set to true. Found "true" in references for Deployment/web and ReplicaSet/web-7d4b9c5f6',
    );
  });

  it('validate: metadata.generation and metadata.finalizers are FILE:LINE:COL: the API server message', () => {
    const file = 'src/core/scenario/fixtures/finalizers-generation.yaml';
    const r = run('validate', file);
    expect(r.code).toBe(1);
    const out = r.out.split('\n');
    expect(out[0]).toBe(
      `${file}:8:15: The Service "web" is invalid: metadata.generation: Invalid value: -1: must be greater than or equal to 0`,
    );
    expect(out).toContain(
      `${file}:11:7: The Service "web" is invalid: metadata.finalizers[1]: Invalid value: "foo": name is neither a standard finalizer name nor is it fully qualified`,
    );
    expect(out).toContain(
      `${file}:9:3: The Service "web" is invalid: metadata.finalizers: Invalid value: ["example.com/cleanup","foo","example.com/bar/baz","orphan","foregroundDeletion"]: finalizer orphan and foregroundDeletion cannot be both set`,
    );
  });

  it('validate: an invalid nodePort is FILE:LINE:COL: message, exit 1; --json lists it', () => {
    const file = 'src/core/scenario/fixtures/nodeport-out-of-range.yaml';
    const r = run('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      new RegExp(
        `^${file}:\\d+:\\d+: The Service "web" is invalid: spec\\.ports\\[0\\]\\.nodePort: Invalid value: 29999: `,
      ),
    );
    const j = run('validate', '--json', file);
    expect(j.code).toBe(1);
    const problems = JSON.parse(j.out) as {
      file: string;
      line: number;
      column: number;
      kind: string;
      name: string;
      field: string;
      type: string;
      message: string;
    }[];
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file,
      kind: 'Service',
      name: 'web',
      field: 'spec.ports[0].nodePort',
      type: 'Invalid',
    });
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it('kubectl FILE -- get svc: the seed NodePort Service', () => {
    const r = run('kubectl', `${SEED}/03-my-service-nodeport.yaml`, '--', 'get', 'svc', 'my-service');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    // Default seed 1: the allocator's deterministic pick from 10.96.0.0/12 (an inline snapshot, so a
    // deliberate RNG change is one `vitest -u` away and reviewed as a diff).
    expect(r.out).toMatchInlineSnapshot(`
      "NAME         TYPE       CLUSTER-IP       EXTERNAL-IP   PORT(S)        AGE
      my-service   NodePort   10.101.125.168   <none>        80:30007/TCP   60s
      "
    `);
  });

  it('kubectl: LoadBalancer, multi-port and apply output; same seed ⇒ same output', () => {
    const lb = run(
      'kubectl',
      `${SEED}/05-tomcat-loadbalancer.yaml`,
      '--',
      'get',
      'svc',
      'tomcat-loadbalancer',
      '-o',
      'wide',
    );
    expect(lb.out).toMatch(
      /tomcat-loadbalancer {3}LoadBalancer {3}\S+ {3}(<pending>|\d+\.\d+\.\d+\.\d+) +80:3\d{4}\/TCP {3}60s {3}app=tomcat\n$/,
    );
    const mp = run('kubectl', `${SEED}/02-myservice-affinity.yaml`, '--', 'get', 'svc', 'myservice');
    expect(mp.out).toContain('   80/TCP,443/TCP   60s\n');
    expect(run('kubectl', `${SEED}/01-my-service.yaml`, '--', 'apply', '-f', '01-my-service.yaml')).toEqual({
      code: 0,
      out: 'service/my-service created\n',
      err: '',
    });
    const a = run('--seed', '7', 'kubectl', `${SEED}/04-tomcat-nodeport.yaml`, '--', 'get', 'svc', '-o', 'yaml');
    const b = run('kubectl', `${SEED}/04-tomcat-nodeport.yaml`, '--seed=7', '--', 'get', 'svc', '-o', 'yaml');
    expect(a.out).toBe(b.out);
    expect(a.out).toContain('nodePort: 30002');
  });

  it('kubectl errors pass through with kubectl exit codes', () => {
    expect(run('kubectl', `${SEED}/01-my-service.yaml`, '--', 'get', 'svc', 'nope')).toEqual({
      code: 1,
      out: '',
      err: 'Error from server (NotFound): services "nope" not found\n',
    });
    expect(run('kubectl', `${SEED}/01-my-service.yaml`, '--', 'get', 'foo').err).toBe(
      'error: the server doesn\'t have a resource type "foo"\n',
    );
  });
});
