// A draggable, keyboard-operable divider (WAI-ARIA window splitter pattern: role="separator",
// arrow keys move it). `value` is the size in pixels of the pane before it.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  orientation: 'vertical' | 'horizontal';
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
  label: string;
  /** For a pane after the separator (the bottom panel): dragging down makes it smaller. */
  inverted?: boolean;
}

export function Splitter({ orientation, value, min, max, onChange, label, inverted }: Props) {
  const start = useRef<{ pos: number; value: number } | null>(null);
  const clamp = (v: number) => Math.min(max, Math.max(min, Math.round(v)));
  const coord = (e: PointerEvent) => (orientation === 'vertical' ? e.clientX : e.clientY);
  const sign = inverted ? -1 : 1;

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { pos: coord(e), value };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (start.current) onChange(clamp(start.current.value + sign * (coord(e) - start.current.pos)));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 64 : 16;
    const back = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    const fwd = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    if (e.key === back) onChange(clamp(value - sign * step));
    else if (e.key === fwd) onChange(clamp(value + sign * step));
    else if (e.key === 'Home') onChange(min);
    else if (e.key === 'End') onChange(max);
    else return;
    e.preventDefault();
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`splitter splitter-${orientation}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (start.current = null)}
      onKeyDown={onKeyDown}
    />
  );
}
