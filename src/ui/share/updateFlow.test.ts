import { describe, expect, it } from 'vitest';
import { createUpdateFlow } from './updateFlow.ts';

/** Two open tabs of one origin: one waiting service worker, controllerchange reaches every tab. */
function twoTabs() {
  const reloads = { a: 0, b: 0 };
  const offered = { a: 0, b: 0 };
  const activated: string[] = [];
  const tab = (name: 'a' | 'b') =>
    createUpdateFlow<string>({
      hasController: () => true,
      activate: (w) => {
        activated.push(w);
        a.controllerChanged();
        b.controllerChanged();
      },
      reload: () => void reloads[name]++,
      offered: () => void offered[name]++,
    });
  const a = tab('a');
  const b = tab('b');
  return { a, b, reloads, offered, activated };
}

describe(createUpdateFlow, () => {
  it('Reload in one tab reloads that tab only; the other keeps its page (and its Undo) until asked', () => {
    const { a, b, reloads, offered, activated } = twoTabs();
    a.offer('sw-2');
    b.offer('sw-2');
    expect(offered).toEqual({ a: 1, b: 1 });
    a.apply();
    expect(activated).toEqual(['sw-2']);
    expect(reloads).toEqual({ a: 1, b: 0 });
    // The other tab's Reload now reloads it directly (the new version is already active).
    b.apply();
    expect(activated).toEqual(['sw-2']);
    expect(reloads).toEqual({ a: 1, b: 1 });
  });

  it('reloads once even when the controller changes twice, and never on the first install', () => {
    const reloads: number[] = [];
    let controller = false;
    const f = createUpdateFlow<string>({
      hasController: () => controller,
      activate: () => {
        f.controllerChanged();
        f.controllerChanged();
      },
      reload: () => void reloads.push(1),
      offered: () => undefined,
    });
    f.offer('first');
    f.controllerChanged(); // first install's claim()
    expect(reloads).toEqual([]);
    controller = true;
    f.offer('sw-2');
    f.apply();
    expect(reloads).toEqual([1]);
  });
});
