import { describe, expect, it } from 'vitest';
import { applyYaml, testCluster } from './testing/testCluster.ts';
import { admitObject } from './admit.ts';
import portEighty from './fixtures/port-eighty.yaml?raw';
import unknownKinds from './fixtures/unknown-kind.yaml?raw';

/** Applies a Pod with one container `c`: `container` continues its mapping, `spec` the pod's spec. */
const podIn =
  (ctx: ReturnType<typeof testCluster>) =>
  (container: string, spec = '') =>
    applyYaml(
      ctx,
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: i${container}}]${spec}}\n`,
    )[0]!;

describe('decode errors (the API server JSON decoder)', () => {
  it('port: "eighty" is a BadRequest positioned on the field', () => {
    const [r] = applyYaml(testCluster(), portEighty);
    expect(r!.outcome).toBe('bad-request');
    expect(r!.message).toBe(
      'Error from server (BadRequest): error when creating "test.yaml": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32',
    );
    expect(r!.field).toBe('spec.ports[0].port');
  });

  it('labels must be strings, replicas an integer, selectors maps', () => {
    const ctx = testCluster();
    expect(
      applyYaml(
        ctx,
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {version: 1.0}\nspec: {containers: [{name: c, image: i}]}\n',
      )[0]!.message,
    ).toBe(
      'Error from server (BadRequest): error when creating "test.yaml": Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
    );
    expect(
      applyYaml(ctx, 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: "3"}\n')[0]!.message,
    ).toBe(
      'Error from server (BadRequest): error when creating "test.yaml": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    );
    expect(
      applyYaml(ctx, 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {selector: [app]}\n')[0]!.message,
    ).toBe(
      'Error from server (BadRequest): error when creating "test.yaml": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal array into Go struct field ServiceSpec.spec.selector of type map[string]string',
    );
    expect(
      applyYaml(
        ctx,
        'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 80, targetPort: true}]}\n',
      )[0]!.message,
    ).toBe(
      'Error from server (BadRequest): error when creating "test.yaml": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal bool into Go value of type int32',
    );
    expect(applyYaml(ctx, 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: "nope"\n')[0]!.message).toBe(
      'Error from server (BadRequest): error when creating "test.yaml": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field Service.spec of type v1.ServiceSpec',
    );
  });

  it('volumeMounts, volumes and the service-account fields decode as their types', () => {
    const pod = podIn(testCluster());
    const prefix =
      'Error from server (BadRequest): error when creating "test.yaml": Pod in version "v1" cannot be handled as a Pod: ';
    expect(pod(', volumeMounts: {name: x, mountPath: /x}').message).toBe(
      `${prefix}json: cannot unmarshal object into Go struct field Container.spec.containers.volumeMounts of type []v1.VolumeMount`,
    );
    expect(pod(', volumeMounts: [{name: x, mountPath: /x, readOnly: "yes"}]').message).toBe(
      `${prefix}json: cannot unmarshal string into Go struct field VolumeMount.spec.containers.volumeMounts.readOnly of type bool`,
    );
    expect(pod(', volumeMounts: [{name: x, mountpath: /x}]').message).toBe(
      `${prefix}strict decoding error: unknown field "spec.containers[0].volumeMounts[0].mountpath"`,
    );
    expect(pod('', ', volumes: {name: x}').message).toBe(
      `${prefix}json: cannot unmarshal object into Go struct field PodSpec.spec.volumes of type []v1.Volume`,
    );
    expect(pod('', ', automountServiceAccountToken: "false"').message).toBe(
      `${prefix}json: cannot unmarshal string into Go struct field PodSpec.spec.automountServiceAccountToken of type bool`,
    );
    expect(pod(', volumeMounts: [{name: x, mountPath: /x}]', ', volumes: [{name: x, emptyDir: {}}]').outcome).toBe(
      'created',
    );
  });

  it("what kubelet's ConfigMap and Secret look-ups read decodes as its types (a mapping for env crashed the load)", () => {
    const pod = podIn(testCluster());
    const prefix =
      'Error from server (BadRequest): error when creating "test.yaml": Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal ';
    expect(pod(', env: {valueFrom: {configMapKeyRef: {name: x, key: k}}}').message).toBe(
      `${prefix}object into Go struct field Container.spec.containers.env of type []v1.EnvVar`,
    );
    expect(pod(', envFrom: {configMapRef: {name: x}}').message).toBe(
      `${prefix}object into Go struct field Container.spec.containers.envFrom of type []v1.EnvFromSource`,
    );
    expect(pod(', env: ["A=1"]').message).toBe(
      `${prefix}string into Go struct field Container.spec.containers.env of type v1.EnvVar`,
    );
  });

  it('reports misspelt fields of closed types as strict decoding errors', () => {
    const [r] = applyYaml(
      testCluster(),
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  prots: []\n  ports: [{port: 80, nodeport: 30001}]\n',
    );
    expect(r!.message).toBe(
      'Error from server (BadRequest): error when creating "test.yaml": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.prots", unknown field "spec.ports[0].nodeport"',
    );
    expect(r!.field).toBe('spec.prots');
  });

  it("a Node's taints decode as []v1.Taint (a mapping there crashed the scheduler)", () => {
    const node = (taints: string) =>
      applyYaml(testCluster(), `apiVersion: v1\nkind: Node\nmetadata: {name: n}\nspec: {taints: ${taints}}\n`)[0]!;
    expect(node('{key: k, effect: NoSchedule}').message).toBe(
      'Error from server (BadRequest): error when creating "test.yaml": Node in version "v1" cannot be handled as a Node: json: cannot unmarshal object into Go struct field NodeSpec.spec.taints of type []v1.Taint',
    );
    expect(node('[{key: k, effect: NoSchedule}]').outcome).toBe('created');
  });

  it('ownerReferences decode as []v1.OwnerReference: a map, a string controller, a misspelt field', () => {
    const ctx = testCluster();
    const svc = (refs: string) =>
      applyYaml(
        ctx,
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  ownerReferences: ${refs}\nspec: {ports: [{port: 80}]}\n`,
      )[0]!;
    const head =
      'Error from server (BadRequest): error when creating "test.yaml": Service in version "v1" cannot be handled as a Service: ';
    expect(svc('{kind: Deployment}').message).toBe(
      `${head}json: cannot unmarshal object into Go struct field ObjectMeta.metadata.ownerReferences of type []v1.OwnerReference`,
    );
    const ctl = svc('[{apiVersion: v1, kind: K, name: n, uid: u, controller: "yes"}]');
    expect(ctl.message).toBe(
      `${head}json: cannot unmarshal string into Go struct field OwnerReference.metadata.ownerReferences.controller of type bool`,
    );
    expect(ctl.field).toBe('metadata.ownerReferences[0].controller');
    expect(svc('[{apiVersion: v1, kind: K, name: n, uid: u, ownerUid: x}]').message).toBe(
      `${head}strict decoding error: unknown field "metadata.ownerReferences[0].ownerUid"`,
    );
  });

  it('never throws on shapes that are not objects', () => {
    const ctx = testCluster();
    for (const bad of [
      null,
      42,
      'text',
      [],
      { apiVersion: 'v1', kind: 'Service', metadata: [] },
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: 'x' } },
    ]) {
      const r = admitObject(bad as never, ctx);
      expect(r.outcome).toBe('bad-request');
    }
  });
});

describe('kinds, versions and namespaces', () => {
  it('missing apiVersion and kind: kubectl client-side validation', () => {
    const [r] = applyYaml(testCluster(), 'metadata: {name: x}\n');
    expect(r!.outcome).toBe('bad-request');
    expect(r!.message).toBe(
      'error validating "test.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false',
    );
  });

  it('unknown kinds and removed versions: resource mapping not found', () => {
    const results = applyYaml(testCluster(), unknownKinds);
    expect(results.map((r) => r.outcome)).toEqual(['unknown-kind', 'unknown-kind']);
    expect(results[0]!.message).toBe(
      'error: resource mapping not found for name: "gizmo" namespace: "" from "test.yaml": no matches for kind "Widget" in version "example.com/v1"\nensure CRDs are installed first',
    );
    expect(results[1]!.message).toBe(
      'error: resource mapping not found for name: "old" namespace: "shop" from "test.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first',
    );
  });

  it('namespaced kinds default to "default"; a missing namespace is NotFound', () => {
    const ctx = testCluster();
    const [a] = applyYaml(ctx, 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 80}]}\n');
    expect(a!.namespace).toBe('default');
    expect(a!.object!.metadata!.namespace).toBe('default');
    const [b] = applyYaml(
      ctx,
      'apiVersion: v1\nkind: Service\nmetadata: {name: s, namespace: shop}\nspec: {ports: [{port: 80}]}\n',
    );
    expect(b!.outcome).toBe('not-found');
    expect(b!.message).toBe(
      'Error from server (NotFound): error when creating "test.yaml": namespaces "shop" not found',
    );
  });

  it('stores unsimulated built-in kinds with a warning; ConfigMaps, which kubelet reads, without', () => {
    const [r] = applyYaml(testCluster(), 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec: {}\n');
    expect(r!.outcome).toBe('created');
    expect(r!.message).toBe('job.batch/j created');
    expect(r!.warnings).toHaveLength(1);
    const [cm] = applyYaml(testCluster(), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {a: b}\n');
    expect(cm!.message).toBe('configmap/cfg created');
    expect(cm!.warnings).toEqual([]);
  });

  it('limits annotations to 256 KiB of keys and values in bytes (ValidateAnnotationsSize)', () => {
    const svc = (value: string) =>
      applyYaml(
        testCluster(),
        `apiVersion: v1\nkind: Service\nmetadata: {name: s, annotations: {a: ${value}}}\nspec: {ports: [{port: 80}]}\n`,
      )[0]!;
    expect(svc('x'.repeat(262143)).outcome).toBe('created');
    // The same 262,144 characters with one two-byte character: 262,145 bytes.
    expect(svc(`${'x'.repeat(262142)}é`).message).toBe(
      'The Service "s" is invalid: metadata.annotations: Too long: may not be more than 262144 bytes',
    );
  });

  it('gives the same uid for the same seed and key', () => {
    const doc = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 80}]}\n';
    const a = applyYaml(testCluster(), doc)[0]!.object!.metadata!.uid;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(applyYaml(testCluster(), doc)[0]!.object!.metadata!.uid).toBe(a);
  });
});
