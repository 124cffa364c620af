import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../store.ts';
import type { ClusterView } from '../../worker/clusterView.ts';
import type { Diagnostic } from '../../core/diagnostics.ts';
import { freshStore } from './testBridge.ts';

const view = { objects: [] } as unknown as ClusterView;
const error: Diagnostic = { severity: 'error', message: 'bad', line: 2, column: 3 } as Diagnostic;
let bridge = freshStore();
beforeEach(() => {
  bridge = freshStore();
});

describe('editor slice', () => {
  it('sends each new text to the worker once, and the same text not again', () => {
    const { setText } = useStore.getState();
    setText('a: 1');
    setText('a: 1');
    setText('a: 2');
    expect(bridge.calls.filter((c) => c[0] === 'load').map((c) => c[1])).toEqual(['a: 1', 'a: 2']);
    expect(useStore.getState().dirty).toBe(true);
    expect(useStore.getState().counters.loadsSent).toBe(2);
  });

  it('keeps the last good diagram, greyed, while the text has errors, and restarts traffic only on a good load', () => {
    const { loadFinished } = useStore.getState();
    loadFinished([], view, [], 5);
    expect(useStore.getState()).toMatchObject({ view, lastGoodView: view, stale: false, dirty: false });
    expect(bridge.calls.filter((c) => c[0] === 'traffic')).toHaveLength(1);
    loadFinished([error], null, [], 5);
    expect(useStore.getState()).toMatchObject({ view, lastGoodView: view, stale: true, diagnostics: [error] });
    expect(bridge.calls.filter((c) => c[0] === 'traffic')).toHaveLength(1);
  });

  it('keeps the findings array when a load repeats the same findings (the editor sets its markers only on a change)', () => {
    const { loadFinished } = useStore.getState();
    loadFinished([{ ...error }], null, [], 5);
    const first = useStore.getState().diagnostics;
    loadFinished([{ ...error }], null, [], 5);
    expect(useStore.getState().diagnostics).toBe(first);
    loadFinished([{ ...error, line: 3 }], null, [], 5);
    expect(useStore.getState().diagnostics).not.toBe(first);
  });

  it('refuses a diagram edit in a read-only embed, in the page language, without asking the worker', () => {
    const s = useStore.getState();
    s.setEmbed({
      editable: false,
      showEditor: false,
      autoplay: false,
      step: null,
      theme: null,
      language: null,
      messageOrigin: null,
    });
    s.setLanguage('ko');
    s.applyEdit({ kind: 'scale' } as never);
    expect(bridge.calls).toEqual([]);
    expect(useStore.getState().editMessage).toMatch(/[가-힣]/);
  });
});
