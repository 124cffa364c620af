// The foundation's acceptance tests: the whole pipeline (parse → admission → controllers) on real
// YAML files, asserting the API server's exact messages at the right line:column.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { loadScenario } from './load.ts';

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), 'utf8');
const errorsOf = (file: string) => {
  const s = loadScenario(read(`./fixtures/${file}`), { fileName: file });
  return s.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ line: d.line, column: d.column, message: d.message }));
};

describe('loadScenario on the seed', () => {
  const seedDir = new URL('../fixtures/seed/', import.meta.url);
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.yaml'))) {
    it(`${file} validates and is created`, () => {
      const s = loadScenario(readFileSync(new URL(file, seedDir), 'utf8'), { fileName: file });
      expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(s.applied.map((a) => a.outcome)).toEqual(['created']);
      expect(s.applied[0]!.message).toMatch(/^service\/[a-z-]+ created$/);
    });
  }
});

describe('loadScenario reports the API server messages at the right place', () => {
  it('a multi-port Service without port names', () => {
    expect(errorsOf('multiport-without-names.yaml')).toEqual([
      { line: 10, column: 7, message: 'The Service "web" is invalid: spec.ports[0].name: Required value' },
      { line: 13, column: 7, message: 'The Service "web" is invalid: spec.ports[1].name: Required value' },
    ]);
  });
  it('nodePort: 29999 (allocation error, reported alone)', () => {
    expect(errorsOf('nodeport-out-of-range.yaml')).toEqual([
      {
        line: 12,
        column: 17,
        message:
          'The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 29999: provided port is not in the valid range. The range of valid ports is 30000-32767',
      },
    ]);
  });
  it('a nodePort another Service already holds', () => {
    expect(errorsOf('nodeport-duplicate.yaml')).toEqual([
      {
        line: 24,
        column: 17,
        message:
          'The Service "second" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
      },
    ]);
  });
  it('timeoutSeconds: 0', () => {
    expect(errorsOf('affinity-timeout-zero.yaml')).toEqual([
      {
        line: 13,
        column: 23,
        message:
          'The Service "sticky" is invalid: spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400',
      },
    ]);
  });
  it('clusterIP: None on a NodePort Service', () => {
    expect(errorsOf('headless-nodeport.yaml')).toEqual([
      {
        line: 7,
        column: 14,
        message: `The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: "None": may not be set to 'None' for NodePort services`,
      },
    ]);
  });
  it('protocol: HTTP', () => {
    expect(errorsOf('protocol-http.yaml')).toEqual([
      {
        line: 10,
        column: 17,
        message:
          'The Service "web" is invalid: spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
      },
    ]);
  });
  it('port: "eighty" is a decoding error, as kubectl shows it', () => {
    expect(errorsOf('port-eighty.yaml')).toEqual([
      {
        line: 9,
        column: 13,
        message:
          'Error from server (BadRequest): error when creating "port-eighty.yaml": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32',
      },
    ]);
  });
  it('owner references: each error at its reference, on the path upstream prints (no index)', () => {
    const invalid = 'The Service "web" is invalid: metadata.ownerReferences';
    expect(errorsOf('owner-references.yaml')).toEqual([
      { line: 11, column: 12, message: `${invalid}.uid: Invalid value: "": must not be empty` },
      { line: 13, column: 19, message: `${invalid}.apiVersion: Invalid value: "apps/": version must not be empty` },
      {
        line: 17,
        column: 19,
        message:
          `${invalid}: Invalid value: [{"apiVersion":"apps/v1","kind":"Deployment","name":"web","uid":"","controller":true},` +
          `{"apiVersion":"apps/","kind":"ReplicaSet","name":"web-7d4b9c5f6","uid":"0b6c2d4e-1111-4a6f-9c1e-7d4b9c5f6aaa","controller":true}]: ` +
          'Only one reference can have Controller set to true. Found "true" in references for Deployment/web and ReplicaSet/web-7d4b9c5f6',
      },
    ]);
  });
  it('an IPv4-mapped cluster IP is IPv4 (IsIPv6String / IsDualStackIPStrings: To4() != nil)', () => {
    const file = 'ipv4-mapped-cluster-ips.yaml';
    expect(errorsOf(file)).toEqual([
      {
        line: 8,
        column: 14,
        message:
          'The Service "dns-again" is invalid: spec.clusterIPs: Invalid value: ["::ffff:10.96.0.10"]: failed to allocate IP ::ffff:10.96.0.10: provided IP is already allocated',
      },
      {
        line: 35,
        column: 3,
        message:
          'The Service "two-v4" is invalid: spec.clusterIPs: Invalid value: ["10.96.0.21","::ffff:10.96.0.22"]: may specify no more than one IP for each IP family',
      },
      {
        line: 47,
        column: 17,
        message:
          'The Service "short" is invalid: spec.externalIPs[0]: Invalid value: "::ffff:192.168.1": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      },
    ]);
    const s = loadScenario(read(`./fixtures/${file}`), { fileName: file });
    expect(s.diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.line, d.message])).toEqual([
      [
        20,
        'Warning: spec.clusterIPs[0]: non-standard IP address "::ffff:10.96.0.20" will be considered invalid in a future Kubernetes release: use "10.96.0.20"',
      ],
    ]);
    const mapped = s.state.services.find((x) => x.metadata?.name === 'mapped');
    expect(mapped?.spec).toMatchObject({ clusterIPs: ['::ffff:10.96.0.20'], ipFamilies: ['IPv4'] });
  });
  it('metadata.generation and metadata.finalizers, in upstream order, each at its place', () => {
    const svc = 'The Service "web" is invalid: metadata';
    const qualified =
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
    const neither = 'name is neither a standard finalizer name nor is it fully qualified';
    expect(errorsOf('finalizers-generation.yaml').map((e) => [e.line, e.column, e.message])).toEqual([
      [8, 15, `${svc}.generation: Invalid value: -1: must be greater than or equal to 0`],
      [12, 7, `${svc}.finalizers: Invalid value: "example.com/bar/baz": ${qualified}`],
      [
        9,
        3,
        `${svc}.finalizers: Invalid value: ["example.com/cleanup","foo","example.com/bar/baz","orphan","foregroundDeletion"]: finalizer orphan and foregroundDeletion cannot be both set`,
      ],
      [11, 7, `${svc}.finalizers[1]: Invalid value: "foo": ${neither}`],
      [27, 28, `The Deployment "web" is invalid: metadata.finalizers[1]: Invalid value: "example.com": ${neither}`],
    ]);
  });
  it('a hand-written Endpoints (ValidateEndpointsCreate, v1.34): each error at its field', () => {
    const ep = 'The Endpoints "db" is invalid: subsets';
    const subdomain =
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    expect(errorsOf('endpoints-by-hand.yaml').map((e) => [e.line, e.column, e.message])).toEqual([
      [20, 19, `${ep}[0].addresses[0].hostname: Invalid value: "db.primary": must not contain dots`],
      [21, 19, `${ep}[0].addresses[0].nodeName: Invalid value: "Node-1": ${subdomain}`],
      [
        22,
        13,
        `${ep}[0].addresses[1].ip: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)`,
      ],
      [26, 9, `${ep}[0].ports[1].name: Required value`],
      [27, 5, `${ep}[1]: Required value: must specify \`addresses\` or \`notReadyAddresses\``],
    ]);
  });
  it('a generation the user writes: kept on a Service, 1 on a Deployment (PrepareForCreate), the stored one on update', () => {
    const text = (svcGen: number, depGen: number) => `apiVersion: v1
kind: Service
metadata: {name: web, generation: ${svcGen}, finalizers: [example.com/keep]}
spec: {selector: {app: web}, ports: [{port: 80}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, generation: ${depGen}}
spec:
  selector: {matchLabels: {app: web}}
  template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: nginx}]}}
`;
    const s = loadScenario(text(3, -5) + '---\n' + text(9, 9));
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.state.services.find((x) => x.metadata.name === 'web')?.metadata).toMatchObject({
      generation: 3,
      finalizers: ['example.com/keep'],
    });
    expect(s.state.deployments[0]?.metadata.generation).toBe(1);
  });
  it('an invalid object is not created', () => {
    const s = loadScenario(read('./fixtures/protocol-http.yaml'));
    expect(s.state.services.map((x) => x.metadata?.name)).not.toContain('web');
  });
  it('is deterministic for a seed', () => {
    const text = read('../fixtures/seed/05-tomcat-loadbalancer.yaml');
    const a = loadScenario(text, { seed: 7 }).state.services.map((s) => [
      s.spec?.clusterIP,
      s.spec?.ports?.[0]?.nodePort,
    ]);
    const b = loadScenario(text, { seed: 7 }).state.services.map((s) => [
      s.spec?.clusterIP,
      s.spec?.ports?.[0]?.nodePort,
    ]);
    const c = loadScenario(text, { seed: 8 }).state.services.map((s) => [
      s.spec?.clusterIP,
      s.spec?.ports?.[0]?.nodePort,
    ]);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
});

describe('loadScenario progress', () => {
  it('says it is moving after parsing, after each document and between workloads, and changes nothing', () => {
    const text = read('../../scenarios/default.yaml');
    let calls = 0;
    const watched = loadScenario(text, { seed: 3, progress: () => calls++ });
    const plain = loadScenario(text, { seed: 3 });
    // Parsing, each document, the Deployments, each ReplicaSet and the step before the EndpointSlices.
    const least = 1 + watched.stream.documents.length + 1 + watched.state.replicaSets.length + 1;
    expect(calls).toBeGreaterThanOrEqual(least);
    expect(watched.state).toEqual(plain.state);
    expect(watched.diagnostics).toEqual(plain.diagnostics);
  });
});
