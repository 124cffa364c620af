import { describe, expect, it } from 'vitest';
import { emptyHistory, historyDown, historyUp, parseStoredHistory, pushHistory } from './historyRing.ts';

describe('history ring', () => {
  it('walks back and forth, keeping the line being typed as the newest entry', () => {
    let h = pushHistory(pushHistory(emptyHistory(), 'kubectl get pods'), 'kubectl get svc');
    let r = historyUp(h, 'kubectl desc');
    expect(r.line).toBe('kubectl get svc');
    r = historyUp(r.ring, r.line);
    expect(r.line).toBe('kubectl get pods');
    r = historyUp(r.ring, r.line); // stays on the oldest
    expect(r.line).toBe('kubectl get pods');
    r = historyDown(r.ring, r.line);
    expect(r.line).toBe('kubectl get svc');
    r = historyDown(r.ring, r.line);
    expect(r.line).toBe('kubectl desc');
    r = historyDown(r.ring, r.line); // already at the draft
    expect(r.line).toBe('kubectl desc');
    h = r.ring;
    expect(h.cursor).toBe(2);
  });

  it('ignores blanks and an immediate repeat, trims, and drops the oldest past the limit', () => {
    let h = emptyHistory();
    for (const l of ['  kubectl get pods ', 'kubectl get pods', '', '   ', 'a', 'b', 'c']) h = pushHistory(h, l, 3);
    expect(h.entries).toEqual(['a', 'b', 'c']);
    h = pushHistory(emptyHistory(['x', 'y']), 'x');
    expect(h.entries).toEqual(['x', 'y', 'x']);
  });

  it('reads only well-formed stored history', () => {
    expect(parseStoredHistory('["kubectl get pods", 3, "kubectl get svc"]')).toEqual([
      'kubectl get pods',
      'kubectl get svc',
    ]);
    expect(parseStoredHistory('{"a":1}')).toEqual([]);
    expect(parseStoredHistory('not json')).toEqual([]);
    expect(parseStoredHistory(null)).toEqual([]);
    expect(parseStoredHistory(JSON.stringify(['a', 'b', 'c']), 2)).toEqual(['b', 'c']);
  });
});
