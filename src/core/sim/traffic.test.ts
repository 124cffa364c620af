import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createTraffic, type ClientSpec } from './traffic.ts';

const scenario = loadScenario(
  readFileSync(new URL('../dataplane/fixtures/seed-nodeport.yaml', import.meta.url), 'utf8'),
  { seed: 1 },
);
const nodeIP = scenario.state.nodes[0]!.status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
const clients: ClientSpec[] = [
  { id: 'alice', from: { kind: 'external', ip: '198.51.100.77' }, to: `${nodeIP}:30007`, rate: 2 },
  { id: 'bob', from: { kind: 'external', ip: '198.51.100.78' }, to: `${nodeIP}:30007`, rate: 0.5 },
];

describe('createTraffic', () => {
  it('emits each client at its rate, in time order', () => {
    const t = createTraffic(scenario.state, 9, clients);
    const out = t.step(10);
    expect(out.filter((r) => r.clientId === 'alice')).toHaveLength(20);
    expect(out.filter((r) => r.clientId === 'bob')).toHaveLength(5);
    expect(out.map((r) => r.time)).toEqual([...out.map((r) => r.time)].sort((a, b) => a - b));
    expect(out.every((r) => r.outcome === 'ok')).toBe(true);
    expect(t.step(10)).toEqual([]); // nothing new in (10, 10]
    expect(t.step(12).length).toBe(5);
  });
  it('is deterministic for a seed and differs across seeds', () => {
    const run = (seed: number) => JSON.stringify(createTraffic(scenario.state, seed, clients).step(30));
    expect(run(4)).toBe(run(4));
    expect(run(4)).not.toBe(run(5));
  });
  it('keeps at most maxResults and caps one step', () => {
    const t = createTraffic(scenario.state, 1, [{ ...clients[0]!, rate: 1000 }], { maxResults: 50, maxPerStep: 300 });
    expect(t.step(1).length).toBe(300);
    expect(t.results()).toHaveLength(50);
    expect(t.results().at(-1)!.time).toBeLessThanOrEqual(1);
  });
});
