import { describe, expect, it } from 'vitest';
import { shiftIntoPane } from './keepInPane.ts';

describe(shiftIntoPane, () => {
  const pane = { left: 0, right: 390 };
  it('leaves a label inside the pane where it is', () => {
    expect(shiftIntoPane({ left: 100, right: 300 }, pane)).toBe(0);
  });
  it('moves a label cut at the left edge right, to the margin (the 390 px selector label)', () => {
    expect(shiftIntoPane({ left: -180, right: 58 }, pane)).toBe(184);
  });
  it('moves a label cut at the right edge left', () => {
    expect(shiftIntoPane({ left: 300, right: 450 }, pane)).toBe(-64);
  });
  it('keeps the start of a label wider than the pane in view (it wraps to the pane’s width)', () => {
    expect(shiftIntoPane({ left: 10, right: 500 }, pane)).toBe(-6);
    expect(shiftIntoPane({ left: 2, right: 500 }, pane)).toBe(2);
  });
});
