// Fills a wording's `{name}` holes with a message's parameters, choosing each Korean particle
// written after a hole from the value (particles.ts); a nested message is worded first by `nested`.
// Every catalogue of src/text words its codes through this (said.ts, messages.ts).
import { HOLE_WITH_PARTICLE, particle, type ParticleForm } from './particles.ts';

export function fillWords<N extends object>(
  template: string,
  params: Readonly<Record<string, string | number | N>>,
  nested: (n: N) => string,
): string {
  return template.replace(HOLE_WITH_PARTICLE, (whole, name: string, quote: string, form: ParticleForm | undefined) => {
    if (!Object.hasOwn(params, name)) return whole;
    const v = params[name]!;
    const text = typeof v === 'object' ? nested(v) : String(v);
    return text + quote + (form ? particle(text, form) : '');
  });
}
