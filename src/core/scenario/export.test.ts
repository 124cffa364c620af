// Export to a real cluster: golden text on real fixtures, and the properties the goldens rest on
// (no playground-only document survives, comments are kept, the YAML still loads the same cluster).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { loadScenario } from './load.ts';
import { exportScenario } from './export.ts';
import { quoteWord } from '../argv/commandLine.ts';
// The notes are codes; the script's comments word them in English, as ksp export and the worker do.
import { messageText } from '../../text/messages.ts';
import { installExportEnglish } from '../../text/exportMessages.ts';
import type { ExportNote } from './export/notes.ts';

installExportEnglish();

const english = (n: ExportNote): string => messageText('en', n);

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), 'utf8');
const exported = (text: string) => {
  const r = exportScenario(text, loadScenario(text), english);
  if (!r.ok) throw new Error(english(r.problem));
  return r;
};

describe('exportScenario golden text', () => {
  for (const name of ['playground-settings', 'namespaced-kinds']) {
    it(`${name}.yaml matches its golden export and commands`, () => {
      const r = exported(read(`./export/fixtures/${name}.yaml`));
      expect(r.yaml).toBe(read(`./export/fixtures/${name}.golden-export.yaml`));
      expect(r.commands).toBe(read(`./export/fixtures/${name}.golden-commands.sh`));
    });
  }
});

describe('exportScenario yaml', () => {
  const text = read('./export/fixtures/playground-settings.yaml');
  const r = exported(text);

  it('drops Cluster, KubeProxyConfiguration and KubectlHistory and says so in the header', () => {
    expect(r.yaml).not.toMatch(/playground\.ksp\.dev|kubeproxy\.config\.k8s\.io|KubectlHistory\n/);
    expect(r.yaml.split('\n').slice(0, 3)).toEqual([
      '# Exported from the Kubernetes Service Playground.',
      '# Apply it to a cluster with:  kubectl apply -f scenario.yaml',
      '# Left out (playground-only, not API objects): Cluster, KubeProxyConfiguration, KubectlHistory; the exported commands say what they stand for.',
    ]);
  });

  it('keeps the file header, document comments and inline comments', () => {
    expect(r.yaml).toContain(
      '# A shop behind a ClusterIP, a NodePort, a LoadBalancer and an Ingress, on a cluster with\n',
    );
    expect(r.yaml).toContain('# Inside the cluster only.\napiVersion: v1\nkind: Service');
    expect(r.yaml).toContain('nodePort: 30080 # fixed: the real cluster keeps it');
    // The Cluster document's own comment goes with it.
    expect(r.yaml).not.toContain('# Playground settings');
  });

  it('loads into the same user objects, without errors', () => {
    const before = loadScenario(text)
      .applied.filter((a) => a.outcome !== 'skipped')
      .map((a) => `${a.kind}/${a.name}:${a.outcome}`);
    const after = loadScenario(r.yaml).applied.map((a) => `${a.kind}/${a.name}:${a.outcome}`);
    expect(after).toEqual(before);
    expect(after).toHaveLength(5);
  });

  it('leaves every seed example unchanged below the header', () => {
    const seedDir = new URL('../fixtures/seed/', import.meta.url);
    for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.yaml'))) {
      const seed = readFileSync(new URL(f, seedDir), 'utf8');
      const out = exported(seed).yaml;
      expect(out.endsWith(seed.trimEnd() + '\n'), f).toBe(true);
      expect(out).not.toContain('Left out');
    }
  });

  it('reports a stream that does not parse instead of exporting it', () => {
    const bad = 'apiVersion: v1\nkind: Service\nmetadata: {name: a\n';
    const r2 = exportScenario(bad, loadScenario(bad), english);
    expect(r2.ok).toBe(false);
    if (!r2.ok) {
      expect(r2.problem.code).toBe('export.syntax');
      expect(english(r2.problem)).toMatch(/^the scenario YAML has errors/);
    }
  });
});

describe('exportScenario commands', () => {
  it('maps each playground setting to the component flag a real cluster uses', () => {
    const { notes } = exported(read('./export/fixtures/playground-settings.yaml'));
    expect(notes.slice(0, 3)).toEqual([
      { code: 'export.serviceCIDR', params: { value: '10.100.0.0/16' } },
      { code: 'export.nodePortRange', params: { value: '30000-31000' } },
      { code: 'export.kubeProxyConfigFlags', params: { flags: '--proxy-mode=ipvs --ipvs-scheduler=rr' } },
    ]);
    expect(english(notes[0]!)).toMatch(/--service-cluster-ip-range=10\.100\.0\.0\/16/);
    expect(english(notes[1]!)).toMatch(/--service-node-port-range=30000-31000/);
    expect(english(notes[2]!)).toMatch(/kube-proxy ConfigMap .*kube-system.*--proxy-mode=ipvs --ipvs-scheduler=rr$/);
  });

  it('sends ClusterIP traffic from busybox, NodePort to a declared nodePort, LoadBalancer to its ingress IP', () => {
    const { commands } = exported(read('../fixtures/seed/05-tomcat-loadbalancer.yaml'));
    expect(commands).toContain(
      'kubectl run tmp --image=busybox -it --rm --restart=Never -- wget -O- -q http://tomcat-loadbalancer.default:80\n',
    );
    expect(commands).toContain(
      `curl http://$(kubectl get svc tomcat-loadbalancer -o jsonpath='{.status.loadBalancer.ingress[0].ip}'):80/\n`,
    );
    const nodePort = exported(read('../fixtures/seed/03-my-service-nodeport.yaml')).commands;
    expect(nodePort).toMatch(/kubectl get nodes -o wide/);
    expect(nodePort).toMatch(/curl http:\/\/\$NODE_IP:3\d{4}\/\n/);
  });

  it('a Service with loadBalancerClass gets no LB curl: the default cloud controller skips it and it stays <pending>', () => {
    // k8s.io/cloud-provider controllers/service/controller.go wantsLoadBalancer: type LoadBalancer
    // and no spec.loadBalancerClass; a classed Service is left to its own controller.
    const { commands } = exported(read('../controllers/fixtures/lb-class.yaml'));
    expect(commands).not.toContain(`kubectl get svc classy -o jsonpath='{.status.loadBalancer.ingress[0].ip}'`);
    expect(commands).toContain(
      'kubectl get svc classy   # loadBalancerClass example.com/internal-vip: EXTERNAL-IP stays <pending> until a controller for that class assigns one\n',
    );
    expect(commands).toContain('curl http://$NODE_IP:30080/\n');
    expect(commands).toContain(`kubectl get svc plain -o jsonpath='{.status.loadBalancer.ingress[0].ip}'`);
  });

  it('uses -A when the Services span namespaces, and counts the errors in a note', () => {
    const two =
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: a, namespace: x}\nspec: {ports: [{port: 80}]}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: b}\nspec: {ports: [{port: 80}]}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: c}\nspec: {ports: [{port: 70000}]}\n';
    const r = exported(two);
    expect(r.commands).toContain('kubectl get svc,endpointslices -A -o wide\n');
    // Two field errors, as the API server reports them: spec.ports[0].port and the targetPort defaulted from it.
    expect(r.notes.at(-1)).toEqual({ code: 'export.errorsOther', params: { count: 2 } });
    expect(english(r.notes.at(-1)!)).toBe(
      'the scenario has 2 errors in the playground; kubectl apply will reject the same documents',
    );
  });
});

describe('quoteWord (shell quoting)', () => {
  it('leaves safe words alone and single-quotes the rest', () => {
    expect(quoteWord('web.default')).toBe('web.default');
    expect(quoteWord('Host: a.example.com')).toBe(`'Host: a.example.com'`);
    expect(quoteWord(`it's $(rm -rf /)`)).toBe(`'it'\\''s $(rm -rf /)'`);
    expect(quoteWord('')).toBe(`''`);
  });
});

describe('exportScenario and the Gateway API', () => {
  it('exports Gateway API objects as written and says which CRDs and implementation a real cluster needs', () => {
    const text = read('../../scenarios/lessons/15-canary-weights/solution-1.yaml');
    const r = exported(text);
    expect(r.yaml).toContain('kind: HTTPRoute\n');
    expect(r.yaml).toContain('          weight: 90\n');
    const found = r.notes.find((n) => n.code === 'export.gatewayApi');
    const note = found && english(found);
    expect(note).toContain('releases/download/v1.6.1/standard-install.yaml');
    expect(note).toContain('NGINX Gateway Fabric (GatewayClass nginx)');
    expect(r.commands).toContain(`#  - ${note}`);
    // Nothing of the kind: no note.
    expect(
      exported(read('./export/fixtures/namespaced-kinds.yaml')).notes.some((n) => n.code === 'export.gatewayApi'),
    ).toBe(false);
  });
});
