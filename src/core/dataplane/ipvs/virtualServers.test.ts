import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ipvsadmForNode } from './virtualServers.ts';
import { stateFromStoredYaml } from '../../api/testing/storedState.ts';

const overall = readFileSync(new URL('../iptables/fixtures/overall-iptables-rules.yaml', import.meta.url), 'utf8');

describe('ipvsadm -Ln view of IPVS-mode kube-proxy', () => {
  const text = ipvsadmForNode(stateFromStoredYaml(overall), 'test-node');
  const lines = text.split('\n');

  it("prints ipvsadm's header and fixed-width real-server lines", () => {
    expect(lines.slice(0, 3)).toEqual([
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port Scheduler Flags',
      '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
    ]);
    const i = lines.indexOf('TCP  172.30.0.41:80 rr');
    expect(lines[i + 1]).toBe('  -> 10.180.0.1:80                Masq    1      0          0         ');
  });

  it('ClusterIP gets all endpoints; eTP Local external VIPs only local ones (none here)', () => {
    const block = (head: string) => {
      const i = lines.indexOf(head);
      expect(i).toBeGreaterThan(0);
      const rest = lines.slice(i + 1);
      const end = rest.findIndex((l) => !l.startsWith('  ->'));
      return rest.slice(0, end).map((l) => l.trim().split(/\s+/)[1]);
    };
    expect(block('TCP  172.30.0.44:80 rr')).toEqual(['10.180.0.4:80', '10.180.0.5:80']);
    expect(block('TCP  192.168.99.33:80 rr')).toEqual(['10.180.0.4:80', '10.180.0.5:80']);
    expect(block('TCP  172.30.0.42:80 rr')).toEqual(['10.180.0.2:80']);
    expect(block('TCP  1.2.3.4:80 rr')).toEqual([]);
    expect(block('TCP  192.168.0.2:3001 rr')).toEqual([]);
    expect(block('TCP  172.30.0.46:80 rr')).toEqual([]);
  });

  it('ClientIP affinity is IPVS persistence; NodePorts listen on the node IP', () => {
    expect(lines).toContain('TCP  172.30.0.45:80 rr persistent 10800');
    expect(lines).toContain('TCP  192.168.0.2:3002 rr persistent 10800');
    expect(lines).toContain('TCP  192.168.0.2:3003 rr');
  });

  it('uses the scheduler from KubeProxyConfiguration ipvs.scheduler', () => {
    const lc = ipvsadmForNode(
      stateFromStoredYaml(overall.replace('mode: iptables', 'mode: ipvs\nipvs: {scheduler: lc}')),
      'test-node',
    );
    expect(lc).toContain('TCP  172.30.0.41:80 lc\n');
  });
});
