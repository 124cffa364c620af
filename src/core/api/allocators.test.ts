import { describe, expect, it } from 'vitest';
import { createAllocators } from './allocators.ts';
import { clusterIPRangeOffset, nodePortRangeOffset } from './rangeAllocator.ts';
import { defaultSettings, parsePortRange } from '../model/settings.ts';
import { parseCidr, parseIPv4 } from '../net/ipv4.ts';
import { createRng } from '../random/rng.ts';

const settingsWith = (cidr: string, ports = '30000-32767') => ({
  ...defaultSettings(),
  serviceCIDR: parseCidr(cidr)!,
  nodePortRange: parsePortRange(ports)!,
});

describe('range offsets (KEP-3070 / KEP-3668 calculateRangeOffset)', () => {
  it('matches upstream numbers', () => {
    expect(clusterIPRangeOffset(2 ** 20)).toBe(256); // 10.96.0.0/12
    expect(clusterIPRangeOffset(256)).toBe(16); // /24
    expect(clusterIPRangeOffset(16)).toBe(0); // /28: no band
    expect(clusterIPRangeOffset(32)).toBe(16);
    expect(nodePortRangeOffset(2768)).toBe(86); // 30000-32767
    expect(nodePortRangeOffset(16)).toBe(0);
    expect(nodePortRangeOffset(10000)).toBe(128);
  });
});

describe('clusterIP allocator', () => {
  it('puts dynamic IPs of 10.96.0.0/12 in the upper band (>= 10.96.1.1)', () => {
    const a = createAllocators(defaultSettings(), createRng(7));
    const low = parseIPv4('10.96.1.1')!;
    for (let i = 0; i < 200; i++) {
      const ip = a.clusterIP.allocateNext();
      expect(typeof ip).toBe('string');
      expect(parseIPv4(ip as string)!).toBeGreaterThanOrEqual(low);
      expect(parseIPv4(ip as string)!).toBeLessThanOrEqual(parseIPv4('10.111.255.254')!);
    }
  });

  it('a /28 has no band: all 14 usable addresses, then range is full', () => {
    const a = createAllocators(settingsWith('10.0.0.0/28'), createRng(3));
    const got = new Set<string>();
    for (let i = 0; i < 14; i++) got.add(a.clusterIP.allocateNext() as string);
    expect([...got].sort((x, y) => parseIPv4(x)! - parseIPv4(y)!)).toEqual(
      Array.from({ length: 14 }, (_, i) => `10.0.0.${i + 1}`),
    );
    expect(a.clusterIP.allocateNext()).toEqual({ error: 'range is full' });
  });

  it('uses the static band of a /24 only when the dynamic band is full', () => {
    const a = createAllocators(settingsWith('10.0.0.0/24'), createRng(5));
    const first: string[] = [];
    for (let i = 0; i < 238; i++) first.push(a.clusterIP.allocateNext() as string);
    expect(first.every((ip) => parseIPv4(ip)! >= parseIPv4('10.0.0.17')!)).toBe(true);
    const next = a.clusterIP.allocateNext() as string;
    expect(parseIPv4(next)!).toBeLessThanOrEqual(parseIPv4('10.0.0.16')!);
  });

  it('reports upstream error texts for requested IPs', () => {
    const a = createAllocators(defaultSettings(), createRng(1));
    expect(a.clusterIP.allocate('10.96.0.10')).toBe(true);
    expect(a.clusterIP.has('10.96.0.10')).toBe(true);
    expect(a.clusterIP.allocate('10.96.0.10')).toEqual({ error: 'provided IP is already allocated' });
    // The network and broadcast addresses are not "contained" (servicecidr.PrefixContainsIP).
    for (const ip of ['10.96.0.0', '10.111.255.255', '192.168.0.1', '10.95.255.255', '10.112.0.0'])
      expect([ip, a.clusterIP.allocate(ip)]).toEqual([
        ip,
        { error: 'the provided network does not match the current range' },
      ]);
    expect(a.clusterIP.allocate('::ffff:10.96.0.10')).toEqual({ error: 'provided IP is already allocated' });
    a.clusterIP.release('10.96.0.10');
    expect(a.clusterIP.allocate('10.96.0.10')).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const run = (seed: number) => {
      const a = createAllocators(defaultSettings(), createRng(seed));
      return [a.clusterIP.allocateNext(), a.clusterIP.allocateNext(), a.nodePort.allocateNext()];
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });
});

describe('nodePort allocator', () => {
  it('allocates dynamically from 30086-32767 first', () => {
    const a = createAllocators(defaultSettings(), createRng(9));
    for (let i = 0; i < 300; i++) {
      const p = a.nodePort.allocateNext() as number;
      expect(p).toBeGreaterThanOrEqual(30086);
      expect(p).toBeLessThanOrEqual(32767);
    }
  });

  it('reports upstream error texts', () => {
    const a = createAllocators(defaultSettings(), createRng(1));
    expect(a.nodePort.allocate(30007)).toBe(true);
    expect(a.nodePort.allocate(30007)).toEqual({ error: 'provided port is already allocated' });
    expect(a.nodePort.allocate(29999)).toEqual({
      error: 'provided port is not in the valid range. The range of valid ports is 30000-32767',
    });
    expect(a.nodePort.allocate(32768)).toEqual({
      error: 'provided port is not in the valid range. The range of valid ports is 30000-32767',
    });
  });

  it('fills a small range, then range is full', () => {
    const a = createAllocators(settingsWith('10.96.0.0/12', '30000-30003'), createRng(1));
    const got = [0, 1, 2, 3].map(() => a.nodePort.allocateNext());
    expect([...got].sort()).toEqual([30000, 30001, 30002, 30003]);
    expect(a.nodePort.allocateNext()).toEqual({ error: 'range is full' });
  });
});
