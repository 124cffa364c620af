import { describe, expect, it } from 'vitest';
import { base32, endpointChain, portProtoHash, serviceChains, utf8 } from './chainNames.ts';
import { joinHostPort } from '../../model/hostPort.ts';

describe('chain names (pkg/proxy/iptables/proxier.go portProtoHash)', () => {
  it('base32 matches RFC 4648 test vectors (without padding)', () => {
    const enc = (s: string) => base32(new TextEncoder().encode(s));
    expect(enc('')).toBe('');
    expect(enc('f')).toBe('MY');
    expect(enc('fo')).toBe('MZXQ');
    expect(enc('foo')).toBe('MZXW6');
    expect(enc('foob')).toBe('MZXW6YQ');
    expect(enc('fooba')).toBe('MZXW6YTB');
    expect(enc('foobar')).toBe('MZXW6YTBOI');
  });

  it.each([
    ['ns1/svc1:p80', 'tcp', 'XPGD46QRK7WJZT7O'],
    ['ns2/svc2:p80', 'tcp', 'GNZBNJ2PO5MGZ6GT'],
    ['ns3/svc3:p80', 'tcp', 'X27LE4BHSL4DOUIK'],
    ['ns4/svc4:p80', 'tcp', '4SW47YFZTEDKD3PK'],
    ['ns5/svc5:p80', 'tcp', 'NUKIZ6OKUXPJNT4C'],
    ['ns2/svc2:p8080', 'tcp', '2VJB64SDSIJUP5T6'],
    ['ns1/svc1', 'tcp', 'AQI2S6QIMU7PVVRP'],
    ['default/kubernetes:https', 'tcp', 'NPX46M4PTMTKRN6Y'],
    ['kube-system/kube-dns:dns', 'udp', 'TCOU7JCQXEZGVUNU'],
  ])('%s %s → %s', (spn, proto, hash) => {
    expect(portProtoHash(spn, proto)).toBe(hash);
  });

  it('encodes UTF-8 like TextEncoder', () => {
    for (const s of ['ns1/svc1:p80', 'é', '한국어', '😀x'])
      expect([...utf8(s)]).toEqual([...new TextEncoder().encode(s)]);
  });

  it('lower-cases the protocol like newServiceInfo', () => {
    expect(portProtoHash('ns1/svc1:p80', 'TCP')).toBe('XPGD46QRK7WJZT7O');
  });

  it('derives the SVC/SVL/EXT/FW names from one hash', () => {
    expect(serviceChains('ns5/svc5:p80', 'TCP')).toEqual({
      svc: 'KUBE-SVC-NUKIZ6OKUXPJNT4C',
      svl: 'KUBE-SVL-NUKIZ6OKUXPJNT4C',
      ext: 'KUBE-EXT-NUKIZ6OKUXPJNT4C',
      fw: 'KUBE-FW-NUKIZ6OKUXPJNT4C',
    });
  });

  it.each([
    ['ns1/svc1:p80', '10.180.0.1', 80, 'KUBE-SEP-SXIVWICOYRO3J4NJ'],
    ['ns2/svc2:p80', '10.180.0.2', 80, 'KUBE-SEP-RS4RBKLTHTF2IUXJ'],
    ['ns3/svc3:p80', '10.180.0.3', 80, 'KUBE-SEP-OYPFS5VJICHGATKP'],
    ['ns4/svc4:p80', '10.180.0.4', 80, 'KUBE-SEP-UKSFD7AGPMPPLUHC'],
    ['ns4/svc4:p80', '10.180.0.5', 80, 'KUBE-SEP-C6EBXVWJJZMIWKLZ'],
    ['ns5/svc5:p80', '10.180.0.3', 80, 'KUBE-SEP-I77PXRDZVX7PMWMN'],
    ['ns1/svc1:p80', '10.180.2.1', 80, 'KUBE-SEP-ZX7GRIZKSNUQ3LAJ'],
  ])('endpoint chain %s %s:%d → %s', (spn, ip, port, chain) => {
    expect(endpointChain(spn, 'tcp', ip, port)).toBe(chain);
  });

  it('joins IPv6 endpoints with brackets like net.JoinHostPort', () => {
    expect(joinHostPort('fd00::1', 80)).toBe('[fd00::1]:80');
    expect(joinHostPort('10.0.0.1', 80)).toBe('10.0.0.1:80');
  });
});
