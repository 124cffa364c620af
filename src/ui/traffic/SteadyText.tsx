// A short monospace text that changes several times a second (the simulated clock, a pod's answer
// count) and is laid out on its own. Its box is as wide as its text in `ch` (the font is monospace)
// and one line high, and the inner box has `contain: strict`: a new value of the same length changes
// nothing around it, so the browser lays out only that box, not the whole page. Without it, every
// tick of the clock and every counter refresh made a layout of the whole document (1,050 boxes) while
// packets flew, and an edit's Monaco render, arriving after such a tick, had to wait for one.
// The outer box is the flex or grid item: Blink never lays out a flex or grid item on its own.
// For ASCII in the monospace font only (digits, signs, a middle dot): a wide character, Hangul for
// one, takes two ch and would be cut.

interface Props {
  text: string;
  className?: string;
  label?: string;
}

export function SteadyText({ text, className, label }: Props) {
  return (
    <span
      className={`k-steady${className ? ` ${className}` : ''}`}
      style={{ width: `${[...text].length}ch` }}
      aria-label={label}
    >
      <span>{text}</span>
    </span>
  );
}
