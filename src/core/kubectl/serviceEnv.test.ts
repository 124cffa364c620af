import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { serviceEnvVars } from './serviceEnv.ts';

// Expected values follow kubernetes pkg/kubelet/envvars/envvars_test.go TestFromServices.
const s = loadScenario(readFileSync(new URL('./fixtures/service-env.yaml', import.meta.url), 'utf8'), { seed: 1 });

describe('kubelet service environment variables', () => {
  it('per Service: HOST, PORT, named ports, then the link variables of every port; headless and ExternalName skipped', () => {
    const vars = serviceEnvVars(s.state, 'default').filter((v) => !v.startsWith('KUBERNETES_'));
    expect(vars).toEqual([
      'SUPER_NAT_SERVICE_HOST=10.96.20.30',
      'SUPER_NAT_SERVICE_PORT=8080',
      'SUPER_NAT_SERVICE_PORT_WEB=8080',
      'SUPER_NAT_SERVICE_PORT_DNS=53',
      'SUPER_NAT_PORT=tcp://10.96.20.30:8080',
      'SUPER_NAT_PORT_8080_TCP=tcp://10.96.20.30:8080',
      'SUPER_NAT_PORT_8080_TCP_PROTO=tcp',
      'SUPER_NAT_PORT_8080_TCP_PORT=8080',
      'SUPER_NAT_PORT_8080_TCP_ADDR=10.96.20.30',
      'SUPER_NAT_PORT_53_UDP=udp://10.96.20.30:53',
      'SUPER_NAT_PORT_53_UDP_PROTO=udp',
      'SUPER_NAT_PORT_53_UDP_PORT=53',
      'SUPER_NAT_PORT_53_UDP_ADDR=10.96.20.30',
    ]);
  });
  it("only the pod's namespace, plus the master Service kubernetes", () => {
    const other = serviceEnvVars(s.state, 'other');
    expect(other.some((v) => v.startsWith('SUPER_NAT'))).toBe(false);
    expect(other).toContain('KUBERNETES_SERVICE_HOST=10.96.0.1');
  });
});
