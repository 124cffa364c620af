import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The gate keeps its stages in module state: each test takes a fresh copy of it, of the store and
// of the packets signal, with a window whose frames and idle callbacks run on fake timers.
async function fresh() {
  vi.resetModules();
  const gate = await import('./startupGate.ts');
  const { useStore } = await import('./store.ts');
  const { markPacketsShown } = await import('./diagram/packetsShown.ts');
  const ran: string[] = [];
  gate.afterFirstDiagram(() => ran.push('diagram'));
  gate.afterFirstPackets(() => ran.push('packets'));
  gate.afterFirstPacketsAtRest(() => ran.push('rest'));
  const bump = (key: 'loadsApplied' | 'trafficResults' | 'loadsSent') =>
    useStore.setState((s) => ({ counters: { ...s.counters, [key]: s.counters[key] + 1 } }));
  const goodLoad = () => {
    useStore.setState({ lastGoodView: useStore.getState().view ?? ({} as never) });
    bump('loadsApplied');
  };
  const answer = (results: number) => {
    useStore.setState({ results: Array.from({ length: results }, () => ({}) as never) });
    bump('trafficResults');
  };
  return { gate, ran, goodLoad, bump, answer, markPacketsShown };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('start-up gate', () => {
  it('runs the first-diagram stage after the first result and two frames, the packets stage once a packet is painted', async () => {
    const { ran, goodLoad, answer, markPacketsShown } = await fresh();
    await vi.advanceTimersByTimeAsync(500);
    expect(ran).toEqual([]);
    goodLoad();
    await vi.advanceTimersByTimeAsync(200);
    expect(ran).toEqual(['diagram']);
    answer(5);
    await vi.advanceTimersByTimeAsync(500);
    expect(ran).toEqual(['diagram']);
    markPacketsShown();
    await vi.advanceTimersByTimeAsync(100);
    expect(ran).toEqual(['diagram', 'packets']);
  });

  it('runs the at-rest stage only once the scenario has been left alone for REST_MS after the first packets', async () => {
    const { gate, ran, goodLoad, answer, bump } = await fresh();
    goodLoad();
    await vi.advanceTimersByTimeAsync(200);
    answer(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(ran).toEqual(['diagram', 'packets']);
    // The learner types: every keystroke sends the scenario, and the stage keeps waiting.
    for (let i = 0; i < 6; i++) {
      await vi.advanceTimersByTimeAsync(gate.REST_MS / 2);
      bump('loadsSent');
    }
    expect(ran).toEqual(['diagram', 'packets']);
    await vi.advanceTimersByTimeAsync(2 * gate.REST_MS + 600);
    expect(ran).toEqual(['diagram', 'packets', 'rest']);
  });

  it('does not wait for packets when the first answer holds none', async () => {
    const { ran, goodLoad, answer } = await fresh();
    goodLoad();
    await vi.advanceTimersByTimeAsync(200);
    answer(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(ran).toEqual(['diagram', 'packets']);
  });

  it('does not wait for traffic after a first text with errors: the editor is what mends it', async () => {
    const { ran, bump } = await fresh();
    bump('loadsApplied');
    await vi.advanceTimersByTimeAsync(200);
    expect(ran).toEqual(['diagram', 'packets']);
  });

  it('gives up waiting for an answer, and for a packet, after their caps', async () => {
    const { gate, ran, goodLoad } = await fresh();
    goodLoad();
    await vi.advanceTimersByTimeAsync(200 + gate.FIRST_ANSWER_CAP_MS - 300);
    expect(ran).toEqual(['diagram']);
    await vi.advanceTimersByTimeAsync(400);
    expect(ran).toEqual(['diagram', 'packets']);

    const second = await fresh();
    second.goodLoad();
    await vi.advanceTimersByTimeAsync(200);
    second.answer(3);
    await vi.advanceTimersByTimeAsync(second.gate.FIRST_PACKET_CAP_MS - 200);
    expect(second.ran).toEqual(['diagram']);
    await vi.advanceTimersByTimeAsync(300);
    expect(second.ran).toEqual(['diagram', 'packets']);
  });
});
