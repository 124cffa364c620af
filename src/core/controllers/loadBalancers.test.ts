import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildState } from './fixtures/buildState.ts';
import { createDataplane } from '../dataplane/send.ts';
import { createRng } from '../random/rng.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';
import { loadScenario } from '../scenario/load.ts';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('cloud controller and the built-in ingress controller', () => {
  const { state } = buildState(read('lb-ingress.yaml'));
  const svc = (ns: string, name: string) =>
    state.services.find((s) => s.metadata.namespace === ns && s.metadata.name === name)!;

  it('gives LoadBalancer Services IPs from 198.51.100.10 up, skipping pinned ones', () => {
    expect(svc('default', 'pinned').status?.loadBalancer?.ingress).toEqual([{ ip: '198.51.100.10', ipMode: 'VIP' }]);
    expect(svc('default', 'tomcat-loadbalancer').status?.loadBalancer?.ingress).toEqual([
      { ip: '198.51.100.11', ipMode: 'VIP' },
    ]);
    expect(svc('default', 'second').status?.loadBalancer?.ingress).toEqual([{ ip: '198.51.100.12', ipMode: 'VIP' }]);
  });

  it('installs ingress-nginx: namespace, IngressClass, controller pod and LoadBalancer Service', () => {
    expect(state.namespaces.find((n) => n.metadata.name === 'ingress-nginx')?.status?.phase).toBe('Active');
    expect(state.ingressClasses.map((c) => [c.metadata.name, c.spec?.controller])).toEqual([
      ['nginx', 'k8s.io/ingress-nginx'],
    ]);
    const pods = state.pods.filter((p) => p.metadata.namespace === 'ingress-nginx');
    expect(pods).toHaveLength(1);
    expect(pods[0]?.metadata.name).toMatch(/^ingress-nginx-controller-[4-9bcdf]+-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(pods[0]?.metadata.labels).toMatchObject({
      'app.kubernetes.io/name': 'ingress-nginx',
      'app.kubernetes.io/component': 'controller',
    });
    const lb = svc('ingress-nginx', 'ingress-nginx-controller');
    expect(lb.spec.type).toBe('LoadBalancer');
    expect(lb.spec.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\./);
    expect(lb.spec.ports?.map((p) => [p.name, p.port, p.targetPort, typeof p.nodePort])).toEqual([
      ['http', 80, 'http', 'number'],
      ['https', 443, 'https', 'number'],
    ]);
    expect(lb.status?.loadBalancer?.ingress).toEqual([{ ip: '198.51.100.13', ipMode: 'VIP' }]);
    const slice = state.endpointSlices.find(
      (s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'ingress-nginx-controller',
    );
    expect(slice?.ports).toEqual([
      { name: 'http', port: 80, protocol: 'TCP', appProtocol: 'http' },
      { name: 'https', port: 443, protocol: 'TCP', appProtocol: 'https' },
    ]);
  });

  it('publishes the controller IP on Ingresses of class nginx or without class', () => {
    const ing = (name: string) => state.ingresses.find((i) => i.metadata.name === name)!;
    expect(ing('shop').status?.loadBalancer?.ingress).toEqual([{ ip: '198.51.100.13' }]);
    expect(ing('other-class').status).toBeUndefined();
  });

  it('installs nothing without an Ingress', () => {
    const plain = buildState(read('web.yaml')).state;
    expect(plain.namespaces.some((n) => n.metadata.name === 'ingress-nginx')).toBe(false);
    expect(plain.ingressClasses).toEqual([]);
  });
});

// cloud-provider controllers/service/controller.go wantsLoadBalancer: a Service with
// spec.loadBalancerClass belongs to that class's controller, not to the cloud provider's.
describe('a LoadBalancer Service with loadBalancerClass', () => {
  const scenario = loadScenario(read('lb-class.yaml'), { fileName: 'lb-class.yaml' });
  const { state } = scenario;
  const svc = (name: string) => state.services.find((s) => s.metadata.name === name)!;

  it('gets no load-balancer IP and takes none from the pool', () => {
    expect(svc('classy').status?.loadBalancer?.ingress).toBeUndefined();
    expect(svc('plain').status?.loadBalancer?.ingress).toEqual([{ ip: '198.51.100.10', ipMode: 'VIP' }]);
  });

  it('shows EXTERNAL-IP <pending> in kubectl get svc', () => {
    const out = runKubectl(scenario, ['get', 'svc', 'classy']).stdout;
    expect(out.split('\n')[1]).toMatch(/^classy\s+LoadBalancer\s+10\.\S+\s+<pending>\s+80:30080\/TCP\s/);
  });

  it('still carries traffic on its node port; no load balancer fronts it', () => {
    const dp = createDataplane(state, createRng(1));
    const nodeIP = state.nodes[0]!.status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
    const r = dp.send({ from: { kind: 'external' }, to: `${nodeIP}:30080`, time: 0 });
    expect(r.outcome).toBe('ok');
    expect(r.pod).toBe('default/web');
    expect(dp.loadBalancers().map((l) => l.name)).toEqual(['plain']);
  });
});

// pkg/registry/core/service/strategy.go PrepareForCreate: `service.Status = api.ServiceStatus{}`.
describe('a status written in the YAML', () => {
  it('is wiped by the API server on create; the cloud controller assigns the address', () => {
    const { state } = loadScenario(read('lb-status-declared.yaml'), { fileName: 'lb-status-declared.yaml' });
    const svc = state.services.find((s) => s.metadata.name === 'declared')!;
    expect(svc.status?.loadBalancer?.ingress).toEqual([{ ip: '198.51.100.10', ipMode: 'VIP' }]);
  });
});

describe("the service controller's Events", () => {
  const scenario = loadScenario(read('lb-class.yaml'));
  const about = (name: string) =>
    scenario.state.events
      .filter((e) => e.about === `Service/default/${name}`)
      .map((e) => [e.reason, e.message, e.from]);

  it('a Service it serves: Ensuring then Ensured; one with a loadBalancerClass: none', () => {
    expect(about('plain')).toEqual([
      ['EnsuringLoadBalancer', 'Ensuring load balancer', 'service-controller'],
      ['EnsuredLoadBalancer', 'Ensured load balancer', 'service-controller'],
    ]);
    expect(about('classy')).toEqual([]);
    expect(about('kubernetes')).toEqual([]);
  });

  it('kubectl describe svc lists them', () => {
    const out = runKubectl(scenario, ['describe', 'svc', 'plain']).stdout;
    expect(out.slice(out.indexOf('Events:'))).toBe(
      [
        'Events:',
        '  Type    Reason                Age   From                Message',
        '  ----    ------                ----  ----                -------',
        '  Normal  EnsuringLoadBalancer  60s   service-controller  Ensuring load balancer',
        '  Normal  EnsuredLoadBalancer   60s   service-controller  Ensured load balancer',
        '',
      ].join('\n'),
    );
    expect(runKubectl(scenario, ['describe', 'svc', 'classy']).stdout).toContain('Events:                   <none>');
  });
});
