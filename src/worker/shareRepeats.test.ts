import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../core/scenario/index.ts';
import type { ClientDecl } from '../core/sim/index.ts';
import { equalData, shareRepeatedHops } from './shareRepeats.ts';
import { runTraffic } from './traffic.ts';

const defaultYaml = readFileSync(new URL('../scenarios/default.yaml', import.meta.url), 'utf8');
// Ten outside clients on the default scenario's NodePort: the benchmark's real-packets load, smaller.
const clients: ClientDecl[] = Array.from({ length: 10 }, (_, i) => ({
  id: `client-${i + 1}`,
  from: { kind: 'external', ip: `203.0.113.${20 + i}` },
  to: { kind: 'nodePort', namespace: 'default', service: 'my-service-nodeport', port: 80 },
  rate: 50,
}));
const answered = runTraffic(loadScenario(defaultYaml, { seed: 1 }), clients, 2).results;
// The same results with no array shared (JSON has no references), as the core makes them.
const results: typeof answered = JSON.parse(JSON.stringify(answered));

describe(shareRepeatedHops, () => {
  it('gives the same results, one array per distinct hop list, and leaves its input alone', () => {
    const before = results.map((r) => [r.hops, r.reply]);
    const shared = shareRepeatedHops(results);
    expect(results.length).toBeGreaterThan(500);
    expect(shared).toEqual(results);
    expect(results.map((r) => [r.hops, r.reply])).toEqual(before);
    results.forEach((r, i) => {
      expect(r.hops).toBe(before[i]![0]);
      expect(r.reply).toBe(before[i]![1]);
    });
    const lists = [...new Set(shared.map((r) => r.hops))];
    expect(lists.length).toBeLessThan(results.length / 4);
    // No two kept arrays are equal (each distinct list is kept once), and none is shared wrongly.
    for (let i = 0; i < lists.length; i++)
      for (let j = i + 1; j < lists.length; j++) expect(equalData(lists[i], lists[j])).toBe(false);
    shared.forEach((r, i) => expect(equalData(r.hops, results[i]!.hops)).toBe(true));
  });

  it('makes the structured clone of an answer several times smaller', () => {
    const plain = serialize(results).length;
    const shared = serialize(shareRepeatedHops(results)).length;
    expect(shared).toBeLessThan(plain / 4);
  });

  it("is applied to the traffic runner's answers", () => {
    expect(answered).toEqual(results);
    expect(new Set(answered.map((r) => r.hops)).size).toBeLessThan(answered.length / 4);
  });
});

describe(equalData, () => {
  it('compares plain data member by member', () => {
    expect(equalData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(equalData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(equalData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(equalData({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(equalData([1], { 0: 1 })).toBe(false);
    expect(equalData([1, 2], [1])).toBe(false);
    expect(equalData(null, {})).toBe(false);
    expect(equalData('1', 1)).toBe(false);
  });
});
