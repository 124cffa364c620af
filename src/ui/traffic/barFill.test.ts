import { describe, expect, it } from 'vitest';
import { barFill, fillScale, shares } from './barFill.ts';

const colors = new Map([
  ['laptop', '#111111'],
  ['phone', '#222222'],
  ['tablet', '#333333'],
]);

describe('barFill', () => {
  it('paints a single client in its colour, without a gradient', () => {
    expect(barFill({ phone: 7 }, colors)).toBe('#222222');
  });

  it('gives each client a band as wide as its share, in client order', () => {
    expect(barFill({ tablet: 1, laptop: 2, phone: 1 }, colors)).toBe(
      'linear-gradient(to right, #111111 0% 50%, #222222 50% 75%, #333333 75% 100%)',
    );
  });

  it('rounds the stops to 0.1 % and ends the last band at 100 %', () => {
    expect(barFill({ laptop: 1, phone: 2 }, colors)).toBe(
      'linear-gradient(to right, #111111 0% 33.3%, #222222 33.3% 100%)',
    );
  });

  it('leaves out clients with no answers and falls back for a client without a colour', () => {
    expect(barFill({ laptop: 0, visitor: 3, phone: 1 }, colors, 'var(--k-pod)')).toBe(
      'linear-gradient(to right, #222222 0% 25%, var(--k-pod) 25% 100%)',
    );
  });

  it('never puts a client id into the style', () => {
    expect(barFill({ 'x;background:url(http://e)': 1, laptop: 1 }, colors)).not.toContain('url(');
  });

  it('is empty with no answers', () => {
    expect(barFill({}, colors)).toBe('transparent');
    expect(shares({ laptop: 0 })).toEqual([]);
  });
});

describe('fillScale', () => {
  it('scales the fill to count of max, rounded to 0.001', () => {
    expect(fillScale(3, 4)).toBe('scaleX(0.75)');
    expect(fillScale(1, 3)).toBe('scaleX(0.333)');
    expect(fillScale(4, 4)).toBe('scaleX(1)');
  });

  it('is empty for no answers, and a zero max does not divide by zero', () => {
    expect(fillScale(0, 0)).toBe('scaleX(0)');
    expect(fillScale(0, 5)).toBe('scaleX(0)');
  });
});
