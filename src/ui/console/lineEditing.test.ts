import { describe, expect, it } from 'vitest';
import { applyLineKey, lineKeyFor } from './lineEditing.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  lineKeyFor({ key: k, ctrlKey: true, metaKey: false, altKey: false, ...mods });

describe('readline keys', () => {
  it('maps Ctrl+A/E/U/K/W and leaves everything else to the field', () => {
    expect(['a', 'E', 'u', 'k', 'w'].map((k) => key(k))).toEqual([
      'start',
      'end',
      'killBefore',
      'killAfter',
      'killWordBefore',
    ]);
    expect(key('c')).toBeNull();
    expect(key('a', { ctrlKey: false })).toBeNull();
    expect(key('a', { metaKey: true })).toBeNull();
  });

  it('moves and cuts like readline', () => {
    const s = { value: 'kubectl get pods -o wide', cursor: 16 }; // before "-o"
    expect(applyLineKey(s, 'start')).toEqual({ value: s.value, cursor: 0 });
    expect(applyLineKey(s, 'end')).toEqual({ value: s.value, cursor: 24 });
    expect(applyLineKey(s, 'killBefore')).toEqual({ value: ' -o wide', cursor: 0 });
    expect(applyLineKey(s, 'killAfter')).toEqual({ value: 'kubectl get pods', cursor: 16 });
    expect(applyLineKey({ value: 'kubectl get pods ', cursor: 17 }, 'killWordBefore')).toEqual({
      value: 'kubectl get ',
      cursor: 12,
    });
    expect(applyLineKey(s, 'killWordBefore')).toEqual({ value: 'kubectl get  -o wide', cursor: 12 });
    expect(applyLineKey({ value: 'abc', cursor: 99 }, 'killAfter')).toEqual({ value: 'abc', cursor: 3 });
  });
});
