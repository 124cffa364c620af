import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../store.ts';
import { appConsoleSession } from '../console/appSession.ts';

beforeEach(() => useStore.setState(useStore.getInitialState(), true));

describe('console slice', () => {
  it('the page’s console session keeps its screen in the app store', async () => {
    const session = appConsoleSession();
    let told = 0;
    const off = session.subscribe(() => told++);
    session.setLine('kubectl get pods');
    expect(useStore.getState().consoleScreen.line).toBe('kubectl get pods');
    expect(session.snapshot()).toBe(useStore.getState().consoleScreen);
    await session.run();
    expect(useStore.getState().consoleScreen.entries.map((e) => e.kind)).toContain('prompt');
    expect(told).toBeGreaterThan(1);
    off();
  });
});
