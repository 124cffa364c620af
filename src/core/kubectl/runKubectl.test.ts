// `kubectl get` end to end over a hand-built cluster (fixtures/seed-cluster.yaml): full
// expected text, laid out per printers.go columns and the tabwriter (minwidth 6, padding 3).
import { describe, expect, it } from 'vitest';
import seedCluster from './fixtures/seed-cluster.yaml?raw';
import { scenarioFromYaml } from './stateFromYaml.ts';
import { runKubectl } from './runKubectl.ts';

const scenario = scenarioFromYaml(seedCluster);
const k = (...args: string[]) => runKubectl(scenario, args);

describe('kubectl get', () => {
  it('get svc: the seed Services in default', () => {
    expect(k('get', 'svc')).toEqual({
      stdout:
        'NAME                  TYPE           CLUSTER-IP     EXTERNAL-IP   PORT(S)          AGE\n' +
        'kubernetes            ClusterIP      10.96.0.1      <none>        443/TCP          60s\n' +
        'my-service            ClusterIP      10.96.14.30    <none>        80/TCP           60s\n' +
        'myservice             ClusterIP      10.100.7.21    <none>        80/TCP,443/TCP   60s\n' +
        'tomcat-loadbalancer   LoadBalancer   10.108.90.12   <pending>     80:31457/TCP     60s\n' +
        'tomcat-nodeport       NodePort       10.102.33.4    <none>        80:30002/TCP     60s\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('aliases and a name: services/service/svc, `svc NAME` and `svc/NAME`', () => {
    const one =
      'NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE\nmy-service   ClusterIP   10.96.14.30   <none>        80/TCP    60s\n';
    expect(k('get', 'svc', 'my-service').stdout).toBe(one);
    expect(k('get', 'services/my-service').stdout).toBe(one);
    expect(k('get', 'service', 'my-service').stdout).toBe(one);
  });

  it('-n, -o wide (SELECTOR), -A (NAMESPACE) and multi-port NodePorts with an LB IP', () => {
    const expected =
      'NAMESPACE   NAME     TYPE           CLUSTER-IP    EXTERNAL-IP    PORT(S)                     AGE   SELECTOR\n' +
      'shop        web-lb   LoadBalancer   10.96.200.5   203.0.113.10   80:30080/TCP,53:30053/UDP   60s   app=web\n';
    expect(k('get', 'svc', '-A', '-o', 'wide', '-l', 'tier=front').stdout).toBe(expected);
    expect(k('get', 'svc', '-n', 'shop').stdout).toContain(
      'web-lb   LoadBalancer   10.96.200.5   203.0.113.10   80:30080/TCP,53:30053/UDP   60s\n',
    );
    expect(k('get', 'svc', '--namespace=shop', '--selector', 'app!=web').stderr).toBe(
      'No resources found in shop namespace.\n',
    );
  });

  it('get pods -o wide', () => {
    expect(k('get', 'po', '-owide').stdout).toBe(
      'NAME                  READY   STATUS              RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES\n' +
        'tomcat-7d9f8b-abcde   1/1     Running             0          60s   10.244.1.5   node-1   <none>           <none>\n' +
        'tomcat-7d9f8b-fghij   0/1     ContainerCreating   0          60s   <none>       node-2   <none>           <none>\n',
    );
  });

  it('get endpoints (ready addresses, + N more..., deprecation warning) and endpointslices (all addresses)', () => {
    expect(k('get', 'ep')).toEqual({
      stdout:
        'NAME              ENDPOINTS                                            AGE\n' +
        'many              1.2.3.4:8001,5.6.7.8:8001,9.8.7.6:8001 + 1 more...   60s\n' +
        'tomcat-nodeport   10.244.1.5:8080                                      60s\n',
      stderr: 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n',
      exitCode: 0,
    });
    expect(k('get', 'endpointslices').stdout).toBe(
      'NAME                    ADDRESSTYPE   PORTS   ENDPOINTS               AGE\n' +
        'tomcat-nodeport-x7k2p   IPv4          8080    10.244.1.5,10.244.2.7   60s\n',
    );
  });

  it('get nodes (cluster-scoped, roles from labels)', () => {
    expect(k('get', 'nodes').stdout).toBe(
      'NAME     STATUS   ROLES           AGE   VERSION\nnode-1   Ready    control-plane   60s   v1.33.1\n',
    );
  });

  it('several kinds: kind/name and a blank line between tables (only when results span kinds)', () => {
    // get.go multipleGVKsRequested looks at the objects found, not at the types asked for.
    const out = k('get', 'svc,ep', '-l', 'app=web', '-A').stdout;
    expect(out).toBe(
      'NAMESPACE   NAME     TYPE           CLUSTER-IP    EXTERNAL-IP    PORT(S)                     AGE\n' +
        'shop        web-lb   LoadBalancer   10.96.200.5   203.0.113.10   80:30080/TCP,53:30053/UDP   60s\n',
    );
    const both = k('get', 'svc/tomcat-nodeport', 'ep/tomcat-nodeport').stdout;
    expect(both).toBe(
      'NAME                      TYPE       CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE\n' +
        'service/tomcat-nodeport   NodePort   10.102.33.4   <none>        80:30002/TCP   60s\n' +
        '\n' +
        'NAME                        ENDPOINTS         AGE\n' +
        'endpoints/tomcat-nodeport   10.244.1.5:8080   60s\n',
    );
  });

  it('-o name and --show-labels', () => {
    expect(k('get', 'svc', '-o', 'name', '-l', 'provider')).toEqual({
      stdout: 'service/kubernetes\n',
      stderr: '',
      exitCode: 0,
    });
    expect(k('get', 'endpointslices', '-o', 'name').stdout).toBe(
      'endpointslice.discovery.k8s.io/tomcat-nodeport-x7k2p\n',
    );
    expect(k('get', 'svc', 'kubernetes', '--show-labels').stdout).toBe(
      'NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE   LABELS\n' +
        'kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   60s   component=apiserver,provider=kubernetes\n',
    );
  });

  it('-o yaml of one object: keys sorted, quoted timestamps-like strings; a List when listing', () => {
    const y = k('get', 'svc', 'kubernetes', '-o', 'yaml').stdout;
    expect(
      y.startsWith(
        'apiVersion: v1\nkind: Service\nmetadata:\n  labels:\n    component: apiserver\n    provider: kubernetes\n  name: kubernetes\n',
      ),
    ).toBe(true);
    expect(y).toContain('spec:\n  clusterIP: 10.96.0.1\n  clusterIPs:\n  - 10.96.0.1\n');
    const list = k('get', 'nodes', '-o', 'yaml').stdout;
    expect(list.startsWith('apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Node\n')).toBe(true);
    expect(list.endsWith('kind: List\nmetadata:\n  resourceVersion: ""\n')).toBe(true);
    const json = JSON.parse(k('get', 'svc', '-o', 'json', '-l', 'provider').stdout) as {
      kind: string;
      items: { metadata: { name: string } }[];
    };
    expect(json.kind).toBe('List');
    expect(json.items.map((i) => i.metadata.name)).toEqual(['kubernetes']);
    expect(k('get', 'svc', 'kubernetes', '-o', 'json').stdout).toMatch(
      /^\{\n {4}"apiVersion": "v1",\n {4}"kind": "Service",/,
    );
  });
});

describe('kubectl errors, exactly as kubectl prints them', () => {
  it('unknown resource type, flag, shorthand, output format, command', () => {
    expect(k('get', 'foo')).toEqual({
      stdout: '',
      stderr: 'error: the server doesn\'t have a resource type "foo"\n',
      exitCode: 1,
    });
    expect(k('get', 'svc', '--foo')).toEqual({
      stdout: '',
      stderr: "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n",
      exitCode: 1,
    });
    expect(k('get', 'svc', '-x').stderr).toBe(
      "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.\n",
    );
    expect(k('get', 'svc', '-o', 'table').stderr).toMatch(
      /^error: unable to match a printer suitable for the output format "table", allowed formats are: /,
    );
    expect(k('frobnicate', 'svc')).toEqual({
      stdout: '',
      stderr: 'error: unknown command "frobnicate" for "kubectl"\n',
      exitCode: 1,
    });
    expect(k('get').stderr).toContain('error: Required resource not specified.');
  });

  it('names and a selector together are refused before any type is looked up (cli-runtime builder.go visitBySelector)', () => {
    const named = 'error: name cannot be provided when a selector is specified\n';
    expect(k('get', 'svc', 'my-service', '-l', 'app=web')).toEqual({ stdout: '', stderr: named, exitCode: 1 });
    expect(k('get', 'nosuchtype', 'x', '--field-selector', 'metadata.name=x').stderr).toBe(named);
    expect(k('describe', 'svc', 'my-service', '-l', 'app=web').stderr).toBe(named);
    expect(k('get', 'svc/my-service', '-l', 'app=web').stderr).toBe(
      'error: selectors and the all flag cannot be used when passing resource/name arguments\n',
    );
    // The argument form is checked first; a blank selector is no selector.
    expect(k('get', 'svc/my-service', 'pods', '-l', 'app=web').stderr).toMatch(/^error: there is no need to specify/);
    expect(k('get', 'nosuchtype/x', 'pods').stderr).toMatch(/^error: there is no need to specify/);
    expect(k('get', 'svc', 'my-service', '-l', ' ').exitCode).toBe(0);
  });

  it('NotFound (exit 1) and nothing found (exit 0)', () => {
    expect(k('get', 'svc', 'x')).toEqual({
      stdout: '',
      stderr: 'Error from server (NotFound): services "x" not found\n',
      exitCode: 1,
    });
    expect(k('get', 'deploy', 'web').stderr).toBe('Error from server (NotFound): deployments.apps "web" not found\n');
    expect(k('get', 'deployments')).toEqual({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
      exitCode: 0,
    });
    expect(k('get', 'ing', '-A').stderr).toBe('No resources found\n');
    expect(k('get', 'svc', 'a b').exitCode).toBe(1);
    expect(k('get', 'svc', '-l', 'app in (a')).toEqual({
      stdout: '',
      stderr: expect.stringMatching(/^error: unable to parse requirement/) as unknown as string,
      exitCode: 1,
    });
  });
});
