// What a FitText shows for its text, from what its last measurement found (FitText.tsx). Pure: the
// shortening is passed in, so the choice is unit-tested without a page.

/** A FitText's state: the text it was measured for (`for`: language and text), what that showed, and
 * the room the last cut was made for. */
export interface Fit {
  for: string;
  shown: string;
  cut?: { room: number; font: string; language: string };
}

/**
 * What to draw for `text` (keyed `key` in `language`). The measured text shows as measured. A new
 * text in a box that had to cut the text before is shortened for that box's room at once, so the
 * first text the page draws is the final one: drawn in full first, it was measured and drawn again,
 * a second commit, layout and paint on every edit that changed a cut text (a client's pod name).
 * Its room is only a bound when the box had to cut (a box that fits may be as wide as its
 * content), and only in the same language (the captions beside a text change width with it).
 */
export function shownText(
  fit: Fit,
  key: string,
  text: string,
  language: string,
  shorten: (text: string, room: number, font: string) => string,
): string {
  if (fit.for === key) return fit.shown;
  if (fit.cut && fit.cut.language === language) return shorten(text, fit.cut.room, fit.cut.font);
  return text;
}

/**
 * The room the last text of a family had to be cut to. A family is FitTexts whose boxes are made
 * the same width (every pod box's name, every pod box's labels), so a new member, a new pod's box,
 * starts from it and draws its final text at once.
 */
const familyCuts = new Map<string, NonNullable<Fit['cut']>>();

/** A new FitText's state: its own text whole, or shortened for the room its family last cut to. */
export function firstFit(text: string, family: string | undefined): Fit {
  const cut = family === undefined ? undefined : familyCuts.get(family);
  return cut ? { for: '', shown: text, cut } : { for: '', shown: text };
}

/** Records the room a member of `family` had to be cut to. */
export function familyCut(family: string | undefined, cut: NonNullable<Fit['cut']>): void {
  if (family === undefined) return;
  // Bounded as FitText's shortenings are: a long session of edited labels makes new families.
  if (familyCuts.size >= 500 && !familyCuts.has(family)) familyCuts.clear();
  familyCuts.set(family, cut);
}
