import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namesService } from './ProxyRulesView.tsx';
import { loadScenario } from '../../core/scenario/index.ts';
import { proxyRulesText } from '../../core/dataplane/index.ts';

const defaultYaml = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');

describe(namesService, () => {
  it("finds a Service where kube-proxy's comments name it, not a Service whose name it prefixes", () => {
    expect(namesService('-A KUBE-SEP-X -m comment --comment default/my-service -j MARK', 'default/my-service')).toBe(
      true,
    );
    expect(namesService('--comment "default/my-service:http cluster IP"', 'default/my-service')).toBe(true);
    expect(namesService('--comment "default/my-service-nodeport cluster IP"', 'default/my-service')).toBe(false);
    expect(namesService('-A KUBE-SERVICES -j KUBE-NODEPORTS', 'default/my-service')).toBe(false);
  });

  it('on the default scenario, every rule line of each Service is found: its chains, its NodePort, its endpoints', () => {
    const { text } = proxyRulesText(loadScenario(defaultYaml, { seed: 1 }).state, 'node-1');
    const lines = text.split('\n');
    const np = lines.filter((l) => namesService(l, 'default/my-service-nodeport'));
    const cip = lines.filter((l) => namesService(l, 'default/my-service'));
    expect(np.some((l) => l.startsWith('-A KUBE-NODEPORTS') && l.includes('--dport 30080'))).toBe(true);
    expect(cip.some((l) => l.includes('--dport 30080'))).toBe(false);
    // Each Service has three endpoints: three KUBE-SEP DNAT rules apiece.
    for (const mine of [np, cip]) expect(mine.filter((l) => / -j DNAT /.test(l))).toHaveLength(3);
  });
});
