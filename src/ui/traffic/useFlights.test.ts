// toFlights' cache: an appended answer maps only its new results, and a cached flight is the one
// an uncached mapping makes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/scenario/index.ts';
import { toClusterView } from '../../worker/view.ts';
import { runTraffic } from '../../worker/traffic.ts';
import { fromClusterView, toViewClients } from '../diagram/fromClusterView.ts';
import { toFlowElements } from '../diagram/toFlowElements.ts';
import { clientColors } from '../diagram/layout.ts';
import { toFlights, type Flight } from './useFlights.ts';
import type { RequestResult } from '../../worker/protocol.ts';

const yaml = readFileSync(new URL('./fixtures/default.yaml', import.meta.url), 'utf8');

describe('toFlights', () => {
  const scenario = loadScenario(yaml, { seed: 1 });
  const { results, clients, entries } = runTraffic(scenario, null, 6);
  const running = clients.flatMap((c) => (c.ok ? [c.spec] : []));
  const els = toFlowElements(fromClusterView(toClusterView(scenario)), toViewClients(running, entries));
  const colors = clientColors(running.map((c) => c.id));

  it('keeps the flights of results it has seen and maps only the new ones', () => {
    const half = results.slice(0, Math.floor(results.length / 2));
    const cache = new WeakMap<RequestResult, Flight>();
    const before = toFlights(half, running, els, colors, cache);
    const after = toFlights(results, running, els, colors, cache);
    expect(half.length).toBeGreaterThan(3);
    before.forEach((f, i) => expect(after[i]).toBe(f));
    expect(after.slice(half.length).every((f) => !before.includes(f))).toBe(true);
    // The same flights as a mapping without a cache.
    expect(after).toEqual(toFlights(results, running, els, colors));
  });

  it('makes one path for results that share their hop list and the fields a path reads', () => {
    // The worker shares equal hop lists (worker/shareRepeats.ts); a copy without sharing must map alike.
    const unshared: RequestResult[] = JSON.parse(JSON.stringify(results));
    const flights = toFlights(results, running, els, colors);
    expect(flights).toEqual(toFlights(unshared, running, els, colors));
    const ok = results.filter((r) => r.outcome === 'ok');
    const a = ok.find((r) => ok.some((o) => o !== r && o.hops === r.hops && o.clientId === r.clientId));
    const b = ok.find((o) => o !== a && o.hops === a?.hops && o.clientId === a?.clientId);
    expect(a && b).toBeTruthy();
    const [fa, fb] = toFlights([a!, b!], running, els, colors);
    expect(fa!.path).toBe(fb!.path);
    // The same hops answered by another pod, or failing, is another path.
    const other = toFlights([{ ...a!, pod: 'default/elsewhere' }], running, els, colors)[0]!;
    expect(other.path).not.toBe(fa!.path);
    const failed = toFlights([{ ...a!, outcome: 'refused', reason: 'no answer' }], running, els, colors)[0]!;
    expect(failed.path).not.toBe(fa!.path);
    expect(failed.path.stop?.reason).toBe('no answer');
  });
});
