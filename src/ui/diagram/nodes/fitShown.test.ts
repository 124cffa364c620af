import { describe, expect, it } from 'vitest';
import { familyCut, firstFit, shownText, type Fit } from './fitShown.ts';

// A stand-in for the canvas: a text of n characters is n × 10 px wide; cut to the room, marked.
const shorten = (text: string, room: number) => (text.length * 10 <= room ? text : `${text.slice(0, room / 10 - 1)}…`);
const key = (language: string, text: string) => `${language}\u0000${text}`;

describe(shownText, () => {
  const cut: Fit = {
    for: key('en', 'pod web-5f685c8c97-nmlbd'),
    shown: 'pod web-5f…',
    cut: { room: 110, font: '12px mono', language: 'en' },
  };

  it('shows the measured text as measured', () => {
    expect(shownText(cut, key('en', 'pod web-5f685c8c97-nmlbd'), 'pod web-5f685c8c97-nmlbd', 'en', shorten)).toBe(
      'pod web-5f…',
    );
  });

  it('draws a new text in a box that cut the one before already shortened for that room', () => {
    expect(shownText(cut, key('en', 'pod web-5f685c8c97-6wczb'), 'pod web-5f685c8c97-6wczb', 'en', shorten)).toBe(
      'pod web-5f…',
    );
    // One that fits the room is drawn whole.
    expect(shownText(cut, key('en', 'pod web-1'), 'pod web-1', 'en', shorten)).toBe('pod web-1');
  });

  it('draws a new text whole where nothing was cut, or the language changed (its room is unknown)', () => {
    const whole: Fit = { for: key('en', 'web'), shown: 'web' };
    expect(shownText(whole, key('en', 'pod web-5f685c8c97-6wczb'), 'pod web-5f685c8c97-6wczb', 'en', shorten)).toBe(
      'pod web-5f685c8c97-6wczb',
    );
    expect(shownText(cut, key('ko', '파드 web-5f685c8c97-6wczb'), '파드 web-5f685c8c97-6wczb', 'ko', shorten)).toBe(
      '파드 web-5f685c8c97-6wczb',
    );
  });
});

describe(firstFit, () => {
  it('starts a new member of a family from the room the family last cut to, in that language', () => {
    const family = 'pod-label\u0000app=web\u0000pod-template-hash=98ff4b867';
    const first = firstFit('pod-template-hash=98ff4b867', family);
    expect(
      shownText(first, key('en', 'pod-template-hash=98ff4b867'), 'pod-template-hash=98ff4b867', 'en', shorten),
    ).toBe('pod-template-hash=98ff4b867');
    familyCut(family, { room: 120, font: '12px mono', language: 'en' });
    const next = firstFit('pod-template-hash=98ff4b867', family);
    expect(
      shownText(next, key('en', 'pod-template-hash=98ff4b867'), 'pod-template-hash=98ff4b867', 'en', shorten),
    ).toBe('pod-templat…');
    expect(
      shownText(next, key('ko', 'pod-template-hash=98ff4b867'), 'pod-template-hash=98ff4b867', 'ko', shorten),
    ).toBe('pod-template-hash=98ff4b867');
    // A FitText of no family, or of another, starts whole.
    expect(firstFit('pod-template-hash=98ff4b867', undefined).cut).toBeUndefined();
    expect(firstFit('pod-template-hash=98ff4b867', 'pod-name').cut).toBeUndefined();
  });
});
