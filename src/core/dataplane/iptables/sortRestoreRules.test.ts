import { describe, expect, it } from 'vitest';
import { ruleComment, sortRestoreRules } from './sortRestoreRules.ts';

// Cases from upstream TestSortIPTablesRules (pkg/proxy/iptables/proxier_test.go).
describe('sortRestoreRules (upstream sortIPTablesRules)', () => {
  it('"correctly match same service name in different styles of comments"', () => {
    const input = [
      '*filter',
      'COMMIT',
      '*nat',
      ':KUBE-SERVICES - [0:0]',
      '-A KUBE-SERVICES -m comment --comment "ns2/svc2:p80 cluster IP" svc2 line 1',
      '-A KUBE-SERVICES -m comment --comment ns2/svc2 svc2 line 2',
      '-A KUBE-SERVICES -m comment --comment "ns2/svc2 blah" svc2 line 3',
      '-A KUBE-SERVICES -m comment --comment "ns1/svc1:p80 cluster IP" svc1 line 1',
      '-A KUBE-SERVICES -m comment --comment ns1/svc1 svc1 line 2',
      '-A KUBE-SERVICES -m comment --comment "ns1/svc1 blah" svc1 line 3',
      '-A KUBE-SERVICES -m comment --comment ns4/svc4 svc4 line 1',
      '-A KUBE-SERVICES -m comment --comment "ns4/svc4:p80 cluster IP" svc4 line 2',
      '-A KUBE-SERVICES -m comment --comment "ns4/svc4 blah" svc4 line 3',
      '-A KUBE-SERVICES -m comment --comment "ns3/svc3:p80 cluster IP" svc3 line 1',
      '-A KUBE-SERVICES -m comment --comment "ns3/svc3 blah" svc3 line 2',
      '-A KUBE-SERVICES -m comment --comment ns3/svc3 svc3 line 3',
      'COMMIT',
      '',
    ].join('\n');
    const out = sortRestoreRules(input);
    expect(out).toEqual({
      text: [
        '*filter',
        'COMMIT',
        '*nat',
        ':KUBE-SERVICES - [0:0]',
        '-A KUBE-SERVICES -m comment --comment "ns1/svc1:p80 cluster IP" svc1 line 1',
        '-A KUBE-SERVICES -m comment --comment ns1/svc1 svc1 line 2',
        '-A KUBE-SERVICES -m comment --comment "ns1/svc1 blah" svc1 line 3',
        '-A KUBE-SERVICES -m comment --comment "ns2/svc2:p80 cluster IP" svc2 line 1',
        '-A KUBE-SERVICES -m comment --comment ns2/svc2 svc2 line 2',
        '-A KUBE-SERVICES -m comment --comment "ns2/svc2 blah" svc2 line 3',
        '-A KUBE-SERVICES -m comment --comment "ns3/svc3:p80 cluster IP" svc3 line 1',
        '-A KUBE-SERVICES -m comment --comment "ns3/svc3 blah" svc3 line 2',
        '-A KUBE-SERVICES -m comment --comment ns3/svc3 svc3 line 3',
        '-A KUBE-SERVICES -m comment --comment ns4/svc4 svc4 line 1',
        '-A KUBE-SERVICES -m comment --comment "ns4/svc4:p80 cluster IP" svc4 line 2',
        '-A KUBE-SERVICES -m comment --comment "ns4/svc4 blah" svc4 line 3',
        'COMMIT',
        '',
      ].join('\n'),
    });
  });

  it('"unexpected junk lines are preserved": KUBE-SERVICES first, other KUBE-* by name, non-KUBE last', () => {
    const input = [
      '*filter',
      'COMMIT',
      '*nat',
      ':KUBE-SERVICES - [0:0]',
      ':KUBE-SEP-RS4RBKLTHTF2IUXJ - [0:0]',
      ':KUBE-AAAAA - [0:0]',
      ':KUBE-ZZZZZ - [0:0]',
      ':WHY-IS-THIS-CHAIN-HERE - [0:0]',
      '-A KUBE-SERVICES -m comment --comment "ns2/svc2:p80 cluster IP" svc2 line 1',
      '-A KUBE-SEP-RS4RBKLTHTF2IUXJ -m comment --comment ns2/svc2:p80 -m tcp -p tcp -j DNAT --to-destination 10.180.0.2:80',
      '-A KUBE-ZZZZZ -m comment --comment "mystery chain number 1"',
      '-A KUBE-SERVICES -m comment --comment ns2/svc2 svc2 line 2',
      '-A WHY-IS-THIS-CHAIN-HERE -j ACCEPT',
      '-A KUBE-SERVICES -m comment --comment "ns2/svc2 blah" svc2 line 3',
      '-A KUBE-AAAAA -m comment --comment "mystery chain number 2"',
      'COMMIT',
      '',
    ].join('\n');
    expect(sortRestoreRules(input)).toEqual({
      text: [
        '*filter',
        'COMMIT',
        '*nat',
        ':KUBE-SERVICES - [0:0]',
        ':KUBE-AAAAA - [0:0]',
        ':KUBE-SEP-RS4RBKLTHTF2IUXJ - [0:0]',
        ':KUBE-ZZZZZ - [0:0]',
        ':WHY-IS-THIS-CHAIN-HERE - [0:0]',
        '-A KUBE-SERVICES -m comment --comment "ns2/svc2:p80 cluster IP" svc2 line 1',
        '-A KUBE-SERVICES -m comment --comment ns2/svc2 svc2 line 2',
        '-A KUBE-SERVICES -m comment --comment "ns2/svc2 blah" svc2 line 3',
        '-A KUBE-AAAAA -m comment --comment "mystery chain number 2"',
        '-A KUBE-SEP-RS4RBKLTHTF2IUXJ -m comment --comment ns2/svc2:p80 -m tcp -p tcp -j DNAT --to-destination 10.180.0.2:80',
        '-A KUBE-ZZZZZ -m comment --comment "mystery chain number 1"',
        '-A WHY-IS-THIS-CHAIN-HERE -j ACCEPT',
        'COMMIT',
        '',
      ].join('\n'),
    });
  });

  it('keeps the nat "must be the last rule" rule last', () => {
    const input = [
      '*nat',
      ':KUBE-SERVICES - [0:0]',
      '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -j KUBE-NODEPORTS',
      '-A KUBE-SERVICES -m comment --comment "zz/svc cluster IP" -j X',
      'COMMIT',
      '*filter',
      'COMMIT',
      '',
    ].join('\n');
    const r = sortRestoreRules(input);
    expect('text' in r && r.text.split('\n')).toEqual([
      '*filter',
      'COMMIT',
      '*nat',
      ':KUBE-SERVICES - [0:0]',
      '-A KUBE-SERVICES -m comment --comment "zz/svc cluster IP" -j X',
      '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -j KUBE-NODEPORTS',
      'COMMIT',
      '',
    ]);
  });

  it('reports malformed payloads instead of throwing', () => {
    expect(sortRestoreRules('-A X -j Y\n')).toEqual({ error: 'line 1: rule outside of a table: -A X -j Y' });
    expect(sortRestoreRules('*nat\n-A X -j Y\nCOMMIT\n')).toEqual({ error: 'line 2: chain X was not declared' });
    expect(sortRestoreRules('*nat\n:X - [0:0]\n')).toEqual({ error: 'table nat has no COMMIT' });
  });

  it('extracts quoted and bare comments', () => {
    expect(ruleComment('-A X -m comment --comment "a b" -j Y')).toBe('a b');
    expect(ruleComment('-A X -m comment --comment ns/x:p -j Y')).toBe('ns/x:p');
    expect(ruleComment('-A X -j Y')).toBeNull();
  });
});
