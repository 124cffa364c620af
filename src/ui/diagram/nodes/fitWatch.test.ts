import { afterEach, describe, expect, it, vi } from 'vitest';

// A stand-in for the browser's ResizeObserver: the test plays the browser and reports elements.
class FakeObserver {
  static last: FakeObserver | null = null;
  observed = new Set<object>();
  report: (entries: { target: object }[]) => void;
  constructor(report: (entries: { target: object }[]) => void) {
    this.report = report;
    FakeObserver.last = this;
  }
  observe(el: object) {
    this.observed.add(el);
  }
  unobserve(el: object) {
    this.observed.delete(el);
  }
  fire(...els: object[]) {
    this.report(els.filter((e) => this.observed.has(e)).map((target) => ({ target })));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function load() {
  vi.stubGlobal('ResizeObserver', FakeObserver);
  vi.stubGlobal('document', {});
  return import('./fitWatch.ts');
}

describe('watchFit', () => {
  it('reads every reported element before it changes any', async () => {
    const { watchFit } = await load();
    const log: string[] = [];
    const a = {};
    const b = {};
    watchFit(a as Element, () => (log.push('read a'), () => log.push('write a')));
    watchFit(b as Element, () => (log.push('read b'), () => log.push('write b')));
    FakeObserver.last!.fire(a, b);
    expect(log).toEqual(['read a', 'read b', 'write a', 'write b']);
  });

  it('stops measuring an element once unwatched, and leaves a text that fits alone', async () => {
    const { watchFit } = await load();
    const log: string[] = [];
    const a = {};
    const b = {};
    const stop = watchFit(a as Element, () => (log.push('read a'), null));
    watchFit(b as Element, () => (log.push('read b'), null));
    stop();
    FakeObserver.last!.fire(a, b);
    expect(log).toEqual(['read b']);
  });

  it('measures nothing where there is no ResizeObserver (the full text shows)', async () => {
    const { watchFit } = await import('./fitWatch.ts');
    const measure = vi.fn(() => null);
    expect(() => watchFit({} as Element, measure)()).not.toThrow();
    expect(measure).not.toHaveBeenCalled();
  });
});
