// `ksp iptables` run in-process on real scenario files (full loadScenario pipeline).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { runCaptured, type CapturedRun } from '../runCaptured.ts';
import { sortRestoreRules } from '../../core/dataplane/index.ts';

const SEED = 'src/core/fixtures/seed';
const FIX = 'src/core/dataplane/iptables/fixtures';

const run = (...argv: string[]): CapturedRun => runCaptured(argv);

describe('ksp iptables', () => {
  it('prints the iptables-restore payload for a node: *filter … COMMIT then *nat … COMMIT', () => {
    const r = run('iptables', `${SEED}/03-my-service-nodeport.yaml`, '--node', 'node-1');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out.startsWith('*filter\n:KUBE-SERVICES - [0:0]\n')).toBe(true);
    expect(r.out.split('\n').filter((l) => l === 'COMMIT')).toHaveLength(2);
    expect(r.out).toContain(
      '-A KUBE-SERVICES -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp -p udp -d 10.96.0.10 --dport 53 -j KUBE-SVC-TCOU7JCQXEZGVUNU',
    );
    expect(r.out).toContain('--dport 30007');
    expect(run('--seed', '1', 'iptables', `${SEED}/03-my-service-nodeport.yaml`, '--node=node-1').out).toBe(r.out);
  });

  it('--sorted gives upstream-test order; a single-node scenario needs no --node', () => {
    const r = run('iptables', `${FIX}/overall-iptables-rules.yaml`, '--sorted');
    expect(r.code).toBe(0);
    const again = sortRestoreRules(r.out);
    expect('text' in again && again.text).toBe(r.out);
    expect(r.out.split('\n')[1]).toBe(':KUBE-NODEPORTS - [0:0]');
  });

  it("--mode nftables and --mode ipvs print the other proxiers' views", () => {
    const nft = run('iptables', `${FIX}/overall-iptables-rules.yaml`, '--mode', 'nftables');
    expect(nft.code).toBe(0);
    expect(nft.out.startsWith('add table ip kube-proxy { comment "rules for kube-proxy" ; }\n')).toBe(true);
    expect(nft.out).toContain('add chain ip kube-proxy service-ULMVA6XW-ns1/svc1/tcp/p80');
    const ipvs = run('iptables', `${FIX}/overall-iptables-rules.yaml`, '--mode=ipvs');
    expect(ipvs.code).toBe(0);
    expect(ipvs.out).toContain('TCP  172.30.0.41:80 rr\n  -> 10.180.0.1:80 ');
  });

  it("defaults to the scenario's KubeProxyConfiguration mode", () => {
    const text = readFileSync(`${FIX}/overall-iptables-rules.yaml`, 'utf8').replace('mode: iptables', 'mode: nftables');
    let out = '';
    const code = main(['iptables', 'x.yaml'], {
      out: (t) => {
        out += t;
      },
      err: () => {},
      readFile: () => text,
    });
    expect(code).toBe(0);
    expect(out.startsWith('add table ip kube-proxy')).toBe(true);
  });

  it('usage errors exit 2 with one line and the usage', () => {
    expect(run('iptables')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringContaining('ksp iptables: no file given'),
    });
    expect(run('iptables', `${SEED}/03-my-service-nodeport.yaml`)).toEqual({
      code: 2,
      out: '',
      err: 'ksp iptables: --node is required when the cluster has 3 nodes (node-1, node-2, node-3)\n',
    });
    expect(run('iptables', `${SEED}/03-my-service-nodeport.yaml`, '--node', 'nope')).toEqual({
      code: 2,
      out: '',
      err: 'ksp iptables: node "nope" not found; nodes: node-1, node-2, node-3\n',
    });
    expect(run('iptables', `${FIX}/overall-iptables-rules.yaml`, '--mode', 'userspace')).toMatchObject({
      code: 2,
      err: expect.stringContaining('ksp iptables: --mode must be one of iptables, ipvs, nftables, got "userspace"'),
    });
    expect(run('iptables', `${FIX}/overall-iptables-rules.yaml`, '--node')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--node needs a value'),
    });
    expect(run('iptables', `${FIX}/overall-iptables-rules.yaml`, '--frob')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown flag --frob'),
    });
    expect(run('iptables', 'missing.yaml')).toEqual({
      code: 2,
      out: '',
      err: 'ksp: cannot read missing.yaml: no such file\n',
    });
  });

  it("a scenario with API errors still prints the accepted objects' rules and exits 1", () => {
    const bad = `${readFileSync(`${FIX}/overall-iptables-rules.yaml`, 'utf8')}---\napiVersion: v1\nkind: Service\nmetadata: {name: broken, namespace: ns1}\nspec:\n  ports: [{port: 70000}]\n`;
    let out = '';
    let err = '';
    const code = main(['iptables', 'bad.yaml'], {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
      readFile: () => bad,
    });
    expect(code).toBe(1);
    expect(out).toContain('ns1/svc1:p80 cluster IP');
    expect(err).toMatch(
      /^ksp iptables: bad\.yaml has \d+ errors?; the rules cover only the objects the API server accepted/,
    );
  });
});
