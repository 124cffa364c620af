// The console's mutating verbs: kubectl's output text, the scenario YAML they return, and
// kubectl's error texts (NotFound, AlreadyExists, overwrite, generator errors).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from './runKubectl.ts';
import { completeKubectl } from './complete.ts';
import { splitCommandLine } from '../argv/commandLine.ts';

const WEB = readFileSync('src/core/scenario/edits/fixtures/web.yaml', 'utf8');
const s = loadScenario(WEB);
const k = (line: string, sc = s) => {
  const split = splitCommandLine(line);
  if (!split.ok) throw new Error(split.error);
  return runKubectl(sc, split.argv);
};
const SVC_TAIL = (body: string) => `${WEB}---\n${body}`;

describe('kubectl scale / expose / create service', () => {
  it('scale deployment', () => {
    const r = k('kubectl scale deployment web --replicas=5');
    expect(r).toMatchObject({ stdout: 'deployment.apps/web scaled\n', stderr: '', exitCode: 0 });
    expect(r.yaml).toBe(WEB.replace('replicas: 3 #', 'replicas: 5 #'));
    expect(loadScenario(r.yaml ?? '').state.pods.filter((p) => p.metadata.name.startsWith('web-'))).toHaveLength(5);
    expect(k('kubectl scale deploy/nope --replicas=1')).toEqual({
      stdout: '',
      stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n',
      exitCode: 1,
    });
    expect(k('kubectl scale deployment web').stderr).toBe('error: required flag(s) "replicas" not set\n');
    expect(k('kubectl scale deployment web --replicas=-1').stderr).toBe(
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n',
    );
    expect(k('kubectl scale rs web-7f9b6fc67c --replicas=1').stderr).toContain('is managed by deployment "web"');
  });

  it("expose deployment with the seed's flags appends the generated Service", () => {
    const r = k('kubectl expose deployment web --port=80 --target-port=8080 --type=NodePort --name=web-np');
    expect(r).toMatchObject({ stdout: 'service/web-np exposed\n', stderr: '', exitCode: 0 });
    expect(r.yaml).toBe(
      SVC_TAIL(
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web-np\n  labels:\n    app: web\nspec:\n  ports:\n  - port: 80\n    protocol: TCP\n    targetPort: 8080\n  selector:\n    app: web\n  type: NodePort\n',
      ),
    );
    const svc = loadScenario(r.yaml ?? '').state.services.find((x) => x.metadata.name === 'web-np');
    expect(svc?.spec.ports?.[0]?.nodePort).toBeGreaterThanOrEqual(30000);
  });

  it('expose without --port takes the container port, unnamed, targetPort = port', () => {
    const r = k('kubectl expose deploy web');
    expect(r.stdout).toBe('service/web exposed\n');
    expect(
      r.yaml?.endsWith(
        'spec:\n  ports:\n  - port: 8080\n    protocol: TCP\n    targetPort: 8080\n  selector:\n    app: web\n',
      ),
    ).toBe(true);
  });

  it('expose errors: no port, no labels, existing Service, unknown affinity, server validation', () => {
    expect(k('kubectl expose pod client')).toMatchObject({
      stderr: "error: couldn't find port via --port flag or introspection\n",
      exitCode: 1,
    });
    expect(k('kubectl expose deployment web --port=80 --name=my-service').stderr).toBe(
      'Error from server (AlreadyExists): services "my-service" already exists\n',
    );
    expect(k('kubectl expose deployment web --port=80 --session-affinity=Sticky').stderr).toBe(
      'error: unknown session affinity: Sticky\n',
    );
    expect(k('kubectl expose node node-1 --port=80').stderr).toBe('error: cannot expose a Node\n');
    expect(k('kubectl expose deployment nope --port=80').stderr).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
    const bad = k('kubectl expose deployment web --port=80 --type=Foo --name=x');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('The Service "x" is invalid: spec.type: Unsupported value: "Foo"');
    expect(bad.yaml).toBeUndefined();
  });

  it("create service nodeport / clusterip, with kubectl's client-side errors", () => {
    const r = k('kubectl create service nodeport my-ns --tcp=5678:8080');
    expect(r.stdout).toBe('service/my-ns created\n');
    expect(r.yaml).toBe(
      SVC_TAIL(
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: my-ns\n  labels:\n    app: my-ns\nspec:\n  ports:\n  - name: 5678-8080\n    port: 5678\n    protocol: TCP\n    targetPort: 8080\n  selector:\n    app: my-ns\n  type: NodePort\n',
      ),
    );
    expect(k('kubectl create service clusterip x').stderr).toBe(
      'error: at least one tcp port specifier must be provided\n',
    );
    // Only `create service clusterip` registers --clusterip (create_service.go), so Validate's
    // "ClusterIP=None can only be used with ClusterIP service type" cannot be reached from the CLI.
    expect(k('kubectl create service nodeport x --clusterip=None').stderr).toBe(
      "error: unknown flag: --clusterip\nSee 'kubectl create service nodeport --help' for usage.\n",
    );
    expect(k('kubectl create service clusterip my-service --tcp=80').stderr).toBe(
      'error: failed to create ClusterIP service: services "my-service" already exists\n',
    );
    expect(k('kubectl create service externalname ext').stderr).toBe(
      'error: required flag(s) "external-name" not set\n',
    );
  });
});

describe('kubectl delete / label / annotate', () => {
  const gen = s.state.pods.find((p) => p.metadata.name.startsWith('web-'))?.metadata.name ?? '';

  it('delete of declared objects removes the document; generated pods go to the history', () => {
    const svc = k('kubectl delete svc my-service');
    expect(svc).toMatchObject({ stdout: 'service "my-service" deleted from default namespace\n', exitCode: 0 });
    expect(svc.yaml).not.toContain('my-service');
    expect(k('kubectl delete deployment web').stdout).toBe('deployment.apps "web" deleted from default namespace\n');
    const pod = k(`kubectl delete pod ${gen}`);
    expect(pod.stdout).toBe(`pod "${gen}" deleted from default namespace\n`);
    expect(pod.yaml).toBe(
      `${WEB}---\napiVersion: playground.ksp.dev/v1alpha1\nkind: KubectlHistory\ncommands:\n- kubectl delete pod ${gen}\n`,
    );
    expect(k('kubectl delete pod nope')).toEqual({
      stdout: '',
      stderr: 'Error from server (NotFound): pods "nope" not found\n',
      exitCode: 1,
    });
    expect(k('kubectl delete svc kubernetes').stderr).toBe(
      'ksp: service/kubernetes is created by the control plane in the playground and cannot be changed\n',
    );
  });

  it('label: overwrite rule, labeled / not labeled, history for generated pods', () => {
    expect(k('kubectl label pod client role=web')).toEqual({
      stdout: '',
      stderr: "error: 'role' already has a value (client)\n",
      exitCode: 1,
    });
    const ok = k('kubectl label pod client role=web --overwrite');
    expect(ok.stdout).toBe('pod/client labeled\n');
    expect(ok.yaml).toBe(WEB.replace('    role: client\n', '    role: web\n'));
    expect(k('kubectl label pod client role=client --overwrite')).toEqual({
      stdout: 'pod/client not labeled\n',
      stderr: '',
      exitCode: 0,
    });
    expect(k(`kubectl label pod ${gen} app=x`).stderr).toBe("error: 'app' already has a value (web)\n");
    expect(k(`kubectl label pod ${gen} tier=frontend`).yaml).toContain(`- kubectl label pod ${gen} tier=frontend\n`);
    expect(k('kubectl label deploy web tier=a').stdout).toBe('deployment.apps/web labeled\n');
    expect(k('kubectl label pod client').stderr).toBe(
      "error: at least one label update is required\nSee 'kubectl label -h' for help and examples\n",
    );
  });

  it('annotate: annotated, and the overwrite error of annotate.go', () => {
    const r = k('kubectl annotate pod client note=hi');
    expect(r.stdout).toBe('pod/client annotated\n');
    expect(r.yaml).toContain('    role: client\n  annotations:\n    note: hi\n');
    expect(k('kubectl annotate pod client note=x', loadScenario(r.yaml ?? '')).stderr).toBe(
      "error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hi)\n",
    );
  });
});

describe('unsupported commands and completion', () => {
  it("unknown verbs get kubectl's text; real verbs we do not simulate say so", () => {
    expect(k('kubectl foo')).toEqual({
      stdout: '',
      stderr: 'error: unknown command "foo" for "kubectl"\n',
      exitCode: 1,
    });
    expect(k('kubectl port-forward svc/web 8080:80')).toEqual({
      stdout: '',
      stderr: 'ksp: "port-forward" is not simulated in the playground\n',
      exitCode: 1,
      notes: [{ code: 'kubectl.verbNotSimulated', params: { verb: 'port-forward' } }],
    });
  });

  it('create -f of the editor content: AlreadyExists for duplicates', () => {
    const dup = loadScenario(
      `${WEB}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: my-service\nspec:\n  selector: {app: web}\n  ports: [{port: 81}]\n`,
    );
    const r = k('kubectl create -f -', dup);
    expect(r.stdout).toBe('deployment.apps/web created\npod/client created\nservice/my-service created\n');
    expect(r.stderr).toBe(
      'Error from server (AlreadyExists): error when creating "-": services "my-service" already exists\n',
    );
  });

  it('completes verbs, types, names of that type and flags', () => {
    expect(completeKubectl(s, 'kubectl sc')).toEqual(['scale']);
    expect(completeKubectl(s, 'kubectl scale ')).toEqual(['deployment', 'replicaset', 'statefulset']);
    expect(completeKubectl(s, 'kubectl get ev')).toEqual(['event']);
    expect(completeKubectl(s, 'kubectl describe da')).toEqual(['daemonset']);
    expect(completeKubectl(s, 'kubectl scale deployment ')).toEqual(['web']);
    expect(completeKubectl(s, 'kubectl get pod cl')).toEqual(['client']);
    expect(completeKubectl(s, 'kubectl delete svc/my')).toEqual(['svc/my-service']);
    expect(completeKubectl(s, 'kubectl expose deployment web --ta')).toEqual(['--target-port']);
    expect(completeKubectl(s, 'kubectl create service n')).toEqual(['nodeport']);
    expect(completeKubectl(s, 'kubectl get pods -n kube-')).toEqual(['kube-node-lease', 'kube-public', 'kube-system']);
  });
});
