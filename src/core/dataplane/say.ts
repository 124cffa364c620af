// Making a Said: a code and its parameters, no words. Its own module, apart from the English wording
// (said.ts, SAID_EN), so that code which only says things, such as the view's explanations
// (diagnose.ts) in the worker's first chunk, does not carry every English text of the data path.
import type { Said, SaidCode, SaidParam } from './said.ts';

export function say(code: SaidCode, params: Readonly<Record<string, SaidParam>> = {}): Said {
  return { code, params };
}

/**
 * A Said kept on a record and put in every hop or result that says it (the data path makes it once
 * rather than per request): frozen with its parameters, so no reader can change it for the others.
 */
export function sayShared(code: SaidCode, params: Readonly<Record<string, SaidParam>> = {}): Said {
  return Object.freeze({ code, params: Object.freeze(params) });
}
