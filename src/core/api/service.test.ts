import { describe, expect, it } from 'vitest';
import { applyYaml, testCluster } from './testing/testCluster.ts';
import { parseIPv4 } from '../net/ipv4.ts';
import multiPortUnnamed from './fixtures/multi-port-unnamed.yaml?raw';
import nodePort29999 from './fixtures/nodeport-29999.yaml?raw';
import nodePortTakenTwice from './fixtures/nodeport-taken-twice.yaml?raw';
import nodePortDuplicateWithin from './fixtures/nodeport-duplicate-within.yaml?raw';
import nodePortSameWithin from './fixtures/nodeport-same-within-different-ports.yaml?raw';
import timeoutZero from './fixtures/affinity-timeout-zero.yaml?raw';
import headlessNodePort from './fixtures/headless-nodeport.yaml?raw';
import protocolHttp from './fixtures/protocol-http.yaml?raw';
import clusterIPTaken from './fixtures/clusterip-taken.yaml?raw';
import defaultsAllTypes from './fixtures/defaults-all-types.yaml?raw';

const seeds = import.meta.glob('../fixtures/seed/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

const one = (yaml: string) => {
  const ctx = testCluster();
  const results = applyYaml(ctx, yaml);
  return { ctx, results, last: results[results.length - 1]! };
};

describe('seed examples', () => {
  it('finds the five seed files', () => {
    expect(Object.keys(seeds).length).toBe(5);
  });
  for (const [file, text] of Object.entries(seeds)) {
    it(`admits ${file}`, () => {
      const { last } = one(text);
      expect(last.outcome).toBe('created');
      expect(last.message).toBe(`service/${last.name} created`);
      expect(last.fieldErrors).toEqual([]);
    });
  }
  it('honours the requested nodePort 30007 and allocates a dynamic clusterIP', () => {
    const { last } = one(seeds['../fixtures/seed/03-my-service-nodeport.yaml']!);
    const spec = (last.object as { spec: { ports: { nodePort: number }[]; clusterIP: string; clusterIPs: string[] } })
      .spec;
    expect(spec.ports[0]!.nodePort).toBe(30007);
    expect(parseIPv4(spec.clusterIP)!).toBeGreaterThanOrEqual(parseIPv4('10.96.1.1')!);
    expect(spec.clusterIPs).toEqual([spec.clusterIP]);
  });
  it('keeps the seed ClientIP timeout of 600', () => {
    const { last } = one(seeds['../fixtures/seed/02-myservice-affinity.yaml']!);
    expect((last.object as { spec: { sessionAffinityConfig: unknown } }).spec.sessionAffinityConfig).toEqual({
      clientIP: { timeoutSeconds: 600 },
    });
  });
});

describe('API server messages for invalid Services', () => {
  it('multi-port Service without names: every unnamed port is Required', () => {
    const { last } = one(multiPortUnnamed);
    expect(last.outcome).toBe('invalid');
    expect(last.message).toBe(
      'The Service "web" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value',
    );
  });

  it('nodePort 29999 is out of range (allocation error, alone)', () => {
    const { last } = one(nodePort29999);
    expect(last.message).toBe(
      'The Service "low-port" is invalid: spec.ports[0].nodePort: Invalid value: 29999: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
    expect(last.fieldErrors.map((e) => e.field)).toEqual(['spec.ports[0].nodePort']);
  });

  it('the same nodePort in two Services: provided port is already allocated', () => {
    const { results } = one(nodePortTakenTwice);
    expect(results[0]!.outcome).toBe('created');
    expect(results[1]!.message).toBe(
      'The Service "second" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    );
  });

  it('the same port and nodePort twice within one Service: Duplicate value', () => {
    const { ctx, last } = one(nodePortDuplicateWithin);
    expect(last.message).toBe(
      'The Service "dup" is invalid: \n* spec.ports[1].nodePort: Duplicate value: 30090\n' +
        '* spec.ports[1]: Duplicate value: {"Name":"","Protocol":"TCP","AppProtocol":null,"Port":80,"TargetPort":0,"NodePort":0}',
    );
    // Validation failed after allocation: the nodePort and the clusterIP were given back.
    expect(ctx.allocators.nodePort.has(30090)).toBe(false);
  });

  it('one nodePort for two port numbers of one Service: the allocator refuses the second', () => {
    const { ctx, last } = one(nodePortSameWithin);
    expect(last.message).toBe(
      'The Service "twice" is invalid: spec.ports[1].nodePort: Invalid value: 30095: provided port is already allocated',
    );
    expect(ctx.allocators.nodePort.has(30095)).toBe(false);
  });

  it('timeoutSeconds: 0', () => {
    const { last } = one(timeoutZero);
    expect(last.message).toBe(
      'The Service "sticky" is invalid: spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400',
    );
  });

  it('clusterIP: None on a NodePort Service', () => {
    const { ctx, last } = one(headlessNodePort);
    expect(last.message).toBe(
      'The Service "headless-np" is invalid: spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services',
    );
    // The nodePort allocated before validation is released.
    expect([30000, 32767].some((p) => ctx.allocators.nodePort.has(p))).toBe(false);
  });

  it('protocol: HTTP', () => {
    const { last } = one(protocolHttp);
    expect(last.message).toBe(
      'The Service "web" is invalid: spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    );
  });

  it('a clusterIP already held by kube-dns', () => {
    const { last } = one(clusterIPTaken);
    expect(last.message).toBe(
      'The Service "my-dns" is invalid: spec.clusterIPs: Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP is already allocated',
    );
  });

  it('reports the clusterIP-related errors alone, before other validation', () => {
    const { last } = one(
      'apiVersion: v1\nkind: Service\nmetadata: {name: Bad}\nspec:\n  clusterIP: nope\n  ports: [{port: 80, name: HTTP}]\n',
    );
    expect(last.message).toBe(
      'The Service "Bad" is invalid: spec.clusterIPs[0]: Invalid value: "nope": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    );
  });

  it('reports every ValidateService rule in order', () => {
    const yaml = `apiVersion: v1
kind: Service
metadata:
  name: 1web
spec:
  ports:
    - name: HTTP
      port: 70000
      targetPort: Web--
      nodePort: 30001
  selector:
    "bad key!": v
  externalIPs: [127.0.0.1]
  loadBalancerSourceRanges: [10.0.0.0/8]
  # externalIPs make a ClusterIP Service externally accessible, so this policy is allowed.
  externalTrafficPolicy: Local
`;
    const { last } = one(yaml);
    expect(last.fieldErrors.map((e) => `${e.field}: ${e.type}`)).toEqual([
      'metadata.name: Invalid',
      'spec.ports[0].name: Invalid',
      'spec.ports[0].port: Invalid',
      'spec.ports[0].targetPort: Invalid',
      'spec.ports[0].targetPort: Invalid',
      'spec.ports[0].targetPort: Invalid',
      'spec.selector: Invalid',
      'spec.externalIPs[0]: Invalid',
      'spec.ports[0].nodePort: Forbidden',
      'spec.LoadBalancerSourceRanges: Forbidden',
    ]);
    expect(last.message.split('\n')).toContain(
      "* metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    );
    expect(last.message.split('\n')).toContain(
      '* spec.externalIPs[0]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
    );
    expect(last.message.split('\n')).toContain(
      '* spec.ports[0].targetPort: Invalid value: "Web--": must not contain consecutive hyphens',
    );
  });
});

describe('type and traffic policy rules', () => {
  it('an unsupported type and a policy on a Service that is not externally accessible', () => {
    const ctx = testCluster();
    const [a] = applyYaml(
      ctx,
      'apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  type: nodeport\n  ports: [{port: 80}]\n',
    );
    expect(a!.message).toBe(
      'The Service "a" is invalid: spec.type: Unsupported value: "nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    );
    const [b] = applyYaml(
      ctx,
      'apiVersion: v1\nkind: Service\nmetadata: {name: b}\nspec:\n  externalTrafficPolicy: Local\n  ports: [{port: 80}]\n',
    );
    expect(b!.message).toBe(
      'The Service "b" is invalid: spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services',
    );
  });
});

describe('defaults (SetDefaults_Service + allocation)', () => {
  it('fills each Service type exactly', () => {
    const { results } = one(defaultsAllTypes);
    expect(results.map((r) => r.outcome)).toEqual(['created', 'created', 'created', 'created']);
    const [cip, np, lb, ext] = results.map((r) => (r.object as { spec: Record<string, unknown> }).spec);
    const ip = (s: Record<string, unknown> | undefined) => s!.clusterIP as string;
    expect(cip).toEqual({
      selector: { app: 'web' },
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
      sessionAffinity: 'None',
      type: 'ClusterIP',
      internalTrafficPolicy: 'Cluster',
      ipFamilyPolicy: 'SingleStack',
      ipFamilies: ['IPv4'],
      clusterIP: ip(cip),
      clusterIPs: [ip(cip)],
    });
    const npPorts = np!.ports as { nodePort: number }[];
    expect(npPorts[0]!.nodePort).toBe(npPorts[1]!.nodePort); // same port number → one nodePort
    expect(np).toEqual({
      type: 'NodePort',
      selector: { app: 'web' },
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53, nodePort: npPorts[0]!.nodePort },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53, nodePort: npPorts[0]!.nodePort },
      ],
      sessionAffinity: 'None',
      externalTrafficPolicy: 'Cluster',
      internalTrafficPolicy: 'Cluster',
      ipFamilyPolicy: 'SingleStack',
      ipFamilies: ['IPv4'],
      clusterIP: ip(np),
      clusterIPs: [ip(np)],
    });
    const hc = lb!.healthCheckNodePort as number;
    expect(hc).toBeGreaterThanOrEqual(30086);
    expect(lb).toEqual({
      type: 'LoadBalancer',
      externalTrafficPolicy: 'Local',
      selector: { app: 'web' },
      ports: [
        {
          port: 443,
          protocol: 'TCP',
          targetPort: 'https',
          nodePort: (lb!.ports as { nodePort: number }[])[0]!.nodePort,
        },
      ],
      sessionAffinity: 'None',
      internalTrafficPolicy: 'Cluster',
      allocateLoadBalancerNodePorts: true,
      ipFamilyPolicy: 'SingleStack',
      ipFamilies: ['IPv4'],
      clusterIP: ip(lb),
      clusterIPs: [ip(lb)],
      healthCheckNodePort: hc,
    });
    expect(ext).toEqual({ type: 'ExternalName', externalName: 'db.example.com.', sessionAffinity: 'None' });
    expect((results[0]!.object as { status: unknown }).status).toEqual({ loadBalancer: {} });
  });
});

describe('apply of a second document with the same name', () => {
  it('keeps the allocated clusterIP and nodePorts and says configured', () => {
    const ctx = testCluster();
    const a = applyYaml(
      ctx,
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  type: NodePort\n  selector: {app: web}\n  ports: [{name: http, port: 80}]\n',
    )[0]!;
    const b = applyYaml(
      ctx,
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  type: NodePort\n  selector: {app: web2}\n  ports: [{name: http, port: 80}]\n',
    )[0]!;
    expect(b.outcome).toBe('configured');
    expect(b.message).toBe('service/web configured');
    const sa = (a.object as { spec: { clusterIP: string; ports: { nodePort: number }[] } }).spec;
    const sb = (b.object as { spec: { clusterIP: string; ports: { nodePort: number }[] } }).spec;
    expect(sb.clusterIP).toBe(sa.clusterIP);
    expect(sb.ports[0]!.nodePort).toBe(sa.ports[0]!.nodePort);
    expect(ctx.allocators.nodePort.has(sa.ports[0]!.nodePort)).toBe(true);
    expect(b.object!.metadata!.uid).toBe(a.object!.metadata!.uid);
  });

  it('refuses to change a set clusterIP', () => {
    const ctx = testCluster();
    applyYaml(
      ctx,
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  clusterIP: 10.96.0.50\n  ports: [{port: 80}]\n',
    );
    const b = applyYaml(
      ctx,
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  clusterIP: 10.96.0.51\n  ports: [{port: 80}]\n',
    )[0]!;
    expect(b.message).toBe(
      'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: ["10.96.0.51"]: may not change once set',
    );
    expect(ctx.allocators.clusterIP.has('10.96.0.50')).toBe(true);
    expect(ctx.allocators.clusterIP.has('10.96.0.51')).toBe(false);
  });

  it('says unchanged when nothing changed', () => {
    const ctx = testCluster();
    const doc = 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]\n';
    applyYaml(ctx, doc);
    expect(applyYaml(ctx, doc)[0]!.message).toBe('service/web unchanged');
  });
});

describe('warnings', () => {
  const headless = (fields: string) =>
    `apiVersion: v1\nkind: Service\nmetadata: {name: h}\nspec:\n  clusterIP: None\n${fields}  selector: {app: h}\n  ports: [{port: 80}]\n`;
  const warningsOf = (yaml: string): string[] => {
    const { last } = one(yaml);
    expect(last.outcome).toBe('created');
    return last.warnings.map((w) => w.message);
  };

  it('warns about externalName on a ClusterIP Service and SessionAffinity on a headless one', () => {
    expect(warningsOf(headless('  externalName: x.example.com\n  sessionAffinity: ClientIP\n'))).toEqual([
      'spec.SessionAffinity is ignored for headless services',
      'spec.externalName is ignored when spec.type is not "ExternalName"',
    ]);
  });

  it("v1.34.2's order: a headless Service's ignored externalIPs before their IP warnings; no PreferClose warning", () => {
    expect(warningsOf(headless('  externalIPs: [192.168.001.5]\n  trafficDistribution: PreferClose\n'))).toEqual([
      'spec.externalIPs is ignored for headless services',
      'spec.externalIPs[0]: non-standard IP address "192.168.001.5" will be considered invalid in a future Kubernetes release: use "192.168.1.5"',
    ]);
  });

  it('an unchanged apply gets none: kubectl sends no empty patch (apply/patcher.go), a changed one gets them again', () => {
    const ctx = testCluster();
    const doc = (port: number) =>
      `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  externalIPs: [192.168.001.5]\n  ports: [{port: ${port}}]\n`;
    const warning =
      'spec.externalIPs[0]: non-standard IP address "192.168.001.5" will be considered invalid in a future Kubernetes release: use "192.168.1.5"';
    expect(applyYaml(ctx, doc(80))[0]!.warnings.map((w) => w.message)).toEqual([warning]);
    const same = applyYaml(ctx, doc(80))[0]!;
    expect([same.message, same.warnings]).toEqual(['service/web unchanged', []]);
    const changed = applyYaml(ctx, doc(81))[0]!;
    expect([changed.message, changed.warnings.map((w) => w.message)]).toEqual(['service/web configured', [warning]]);
  });
});
