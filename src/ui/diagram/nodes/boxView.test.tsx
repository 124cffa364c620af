import { describe, expect, it } from 'vitest';
import { boxView } from './boxView.ts';

// React.memo's component carries its comparison (true: props equal, skip the render).
const compareOf = (c: unknown) => (c as { compare: (a: object, b: object) => boolean }).compare;

describe(boxView, () => {
  const View = ({ data }: { data: { name: string }; positionAbsoluteX?: number; width?: number }) => <b>{data.name}</b>;
  const same = compareOf(boxView(View));
  it('skips the render of a box that only moved or resized', () => {
    const data = { name: 'web-1' };
    expect(same({ data, positionAbsoluteX: 0, width: 100 }, { data, positionAbsoluteX: 40, width: 120 })).toBe(true);
  });
  it('renders a box whose data object changed', () => {
    expect(same({ data: { name: 'web-1' } }, { data: { name: 'web-1' } })).toBe(false);
  });
});
