import { describe, expect, it } from 'vitest';
import { applyYaml, testCluster } from './testing/testCluster.ts';
import mismatch from './fixtures/deployment-mismatch.yaml?raw';
import valid from './fixtures/workloads-valid.yaml?raw';

describe('workloads and the other kinds', () => {
  it('admits every kind with kubectl success texts and the defaults downstream needs', () => {
    const results = applyYaml(testCluster(), valid);
    expect(results.map((r) => r.message)).toEqual([
      'namespace/shop created',
      'deployment.apps/web created',
      'statefulset.apps/db created',
      'pod/client created',
      'node/worker-1 created',
      'endpointslice.discovery.k8s.io/manual-1 created',
      'endpoints/legacy created',
    ]);
    const dep = results[1]!.object as {
      spec: {
        replicas: number;
        template: {
          spec: { containers: { ports: { protocol: string }[]; imagePullPolicy: string }[]; restartPolicy: string };
        };
      };
    };
    expect(dep.spec.replicas).toBe(1);
    expect(dep.spec.template.spec.containers[0]!.ports[0]!.protocol).toBe('TCP');
    expect(dep.spec.template.spec.containers[0]!.imagePullPolicy).toBe('Always');
    expect(dep.spec.template.spec.restartPolicy).toBe('Always');
    expect((results[2]!.object as { spec: { replicas: number } }).spec.replicas).toBe(1);
    expect((results[4]!.object as { spec: { podCIDRs: string[] } }).spec.podCIDRs).toEqual(['10.244.1.0/24']);
    expect((results[5]!.object as { ports: { protocol: string }[] }).ports[0]!.protocol).toBe('TCP');
    expect(results[1]!.namespace).toBe('shop');
    expect(results[4]!.namespace).toBeUndefined();
  });

  it('selector that does not match the template labels', () => {
    const [r] = applyYaml(testCluster(), mismatch);
    expect(r!.message).toBe(
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"x"}: `selector` does not match template `labels`',
    );
  });

  it('missing selector: Required, and the nil selector matches nothing', () => {
    const [r] = applyYaml(
      testCluster(),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata: {labels: {app: d}}\n    spec: {containers: [{name: c, image: nginx}]}\n',
    );
    expect(r!.message).toBe(
      'The Deployment "d" is invalid: \n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: {"app":"d"}: `selector` does not match template `labels`',
    );
  });

  it('empty selector on a ReplicaSet reuses the deployment text', () => {
    const [r] = applyYaml(
      testCluster(),
      'apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: r}\nspec:\n  selector: {}\n  template:\n    metadata: {labels: {app: r}}\n    spec: {containers: [{name: c, image: nginx}]}\n',
    );
    expect(r!.message).toBe(
      'The ReplicaSet "r" is invalid: spec.selector: Invalid value: {}: empty selector is invalid for deployment',
    );
  });

  it('Pod: containers required, port rules', () => {
    const ctx = testCluster();
    expect(applyYaml(ctx, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {}\n')[0]!.message).toBe(
      'The Pod "p" is invalid: spec.containers: Required value',
    );
    const [r] = applyYaml(
      ctx,
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx\n      ports: [{containerPort: 0, name: "8080"}, {containerPort: 70000, name: http}, {containerPort: 81, name: http}]\n',
    );
    expect(r!.message.split('\n')).toEqual([
      'The Pod "p" is invalid: ',
      '* spec.containers[0].ports[0].name: Invalid value: "8080": must contain at least one letter (a-z)',
      '* spec.containers[0].ports[0].containerPort: Required value',
      '* spec.containers[0].ports[1].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      '* spec.containers[0].ports[2].name: Duplicate value: "http"',
    ]);
  });

  it('metadata: name required, label key and value messages', () => {
    const [r] = applyYaml(
      testCluster(),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  labels: {"-bad": "ok", good: "no spaces"}\nspec: {containers: [{name: c, image: nginx}]}\n',
    );
    expect(r!.message.split('\n')).toEqual([
      'The Pod "" is invalid: ',
      '* metadata.name: Required value: name or generateName is required',
      "* metadata.labels: Invalid value: \"-bad\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      "* metadata.labels: Invalid value: \"no spaces\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ]);
  });

  it('EndpointSlice addresses and addressType', () => {
    const [r] = applyYaml(
      testCluster(),
      'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s}\naddressType: IPv5\nendpoints: [{addresses: []}]\n',
    );
    expect(r!.message).toBe(
      'The EndpointSlice "s" is invalid: \n* addressType: Unsupported value: "IPv5": supported values: "FQDN", "IPv4", "IPv6"\n* endpoints[0].addresses: Required value: must contain at least 1 address',
    );
    const [r2] = applyYaml(
      testCluster(),
      'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s}\naddressType: IPv4\nendpoints: [{addresses: ["10.0.0.300"]}]\n',
    );
    expect(r2!.message).toBe(
      'The EndpointSlice "s" is invalid: endpoints[0].addresses[0]: Invalid value: "10.0.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    );
  });

  it('Namespace names are DNS labels', () => {
    const [r] = applyYaml(testCluster(), 'apiVersion: v1\nkind: Namespace\nmetadata: {name: my.ns}\n');
    expect(r!.message).toBe(
      'The Namespace "my.ns" is invalid: metadata.name: Invalid value: "my.ns": must not contain dots',
    );
  });
});
