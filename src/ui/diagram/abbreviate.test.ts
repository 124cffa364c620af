import { describe, expect, it } from 'vitest';
import { abbreviateMiddle, ELLIPSIS, wrapText } from './abbreviate.ts';

// A monospace width: 10 units a character.
const w = (s: string): number => [...s].length * 10;

describe('abbreviateMiddle', () => {
  it('keeps a name that fits', () => {
    expect(abbreviateMiddle('web-5f685c8c97-kx2p9', 200, w)).toBe('web-5f685c8c97-kx2p9');
  });

  it("keeps a Pod's distinguishing suffix and cuts in the middle", () => {
    expect(abbreviateMiddle('web-5f685c8c97-kx2p9', 150, w)).toBe(`web-5f68${ELLIPSIS}-kx2p9`);
    expect(abbreviateMiddle('web-5f685c8c97-kt76k', 150, w)).toBe(`web-5f68${ELLIPSIS}-kt76k`);
  });

  it('keeps the value of a label', () => {
    expect(abbreviateMiddle('app.kubernetes.io/name=MyApp', 160, w)).toBe(`app.kuber${ELLIPSIS}=MyApp`);
  });

  it('cuts a name without separators in the middle', () => {
    const s = abbreviateMiddle('abcdefghijklmnopqrstuvwxyz', 100, w);
    expect(s).toBe(`abcde${ELLIPSIS}wxyz`);
  });

  it('never returns something wider than the room', () => {
    for (const max of [20, 35, 60, 90, 130, 171])
      for (const t of [
        'web-5f685c8c97-kx2p9',
        'a-very-long-service-name-for-tests',
        'x'.repeat(40),
        '가나다라마바사아자차',
      ])
        expect(w(abbreviateMiddle(t, max, w))).toBeLessThanOrEqual(Math.max(max, 10));
  });
});

describe('wrapText', () => {
  it('breaks at spaces, keeps every word, never exceeds the width', () => {
    const reason = 'nothing listens on node node-1 port 31234/TCP: no Service has nodePort 31234';
    const lines = wrapText(reason, 200, w);
    expect(lines.join(' ')).toBe(reason);
    for (const l of lines) expect(w(l)).toBeLessThanOrEqual(200);
  });

  it('cuts a word longer than a line by characters', () => {
    expect(wrapText('abcdefghij xy', 40, w)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });
});

describe('wrapText in a narrow column', () => {
  it("breaks a long name after its own separators, not inside a pod's hash", () => {
    const lines = wrapText('(e.g. default/web-7d5c5c7d8b-9fl59: phase Running)', 240, w);
    expect(lines).toEqual(['(e.g. default/web-', '7d5c5c7d8b-9fl59: phase', 'Running)']);
    // Narrower: the hash alone is a piece, never cut between characters while it fits a line.
    expect(wrapText('default/web-7d5c5c7d8b-9fl59: phase', 120, w)).toEqual([
      'default/web-',
      '7d5c5c7d8b-',
      '9fl59: phase',
    ]);
  });
});
