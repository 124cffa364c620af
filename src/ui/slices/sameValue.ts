// Keeping a value's identity when a reply repeats it, so what is drawn or set from it (the diagram's
// client arrows, Monaco's markers) is not rebuilt for an answer that changed nothing.

/** `prev` when `next` holds the same data (as JSON), else `next`. */
export const sameValue = <T>(prev: T, next: T): T => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next);
