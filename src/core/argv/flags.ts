// A small pflag-compatible parser: `--name=value`, `--name value`, `-n value`, `-nvalue`,
// `-n=value`, grouped boolean shorthands (`-Aw`), `--` ends flags. Error texts are pflag's
// (spf13/pflag flag.go) followed by cobra's usage hint.

export interface FlagSpec {
  long: string;
  short?: string;
  /** true: takes a value; false: boolean. */
  value: boolean;
}

export interface ParsedFlags {
  positional: string[];
  /** Arguments after `--`. */
  rest: string[];
  values: Map<string, string>;
}

export type FlagResult = { ok: true; flags: ParsedFlags } | { ok: false; error: string };

export function parseFlags(args: readonly string[], specs: readonly FlagSpec[], verb: string): FlagResult {
  const usage = `See 'kubectl ${verb} --help' for usage.`;
  const fail = (msg: string): FlagResult => ({ ok: false, error: `error: ${msg}\n${usage}` });
  const positional: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') return { ok: true, flags: { positional, rest: args.slice(i + 1), values } };
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const spec = specs.find((s) => s.long === name);
      if (!spec) return fail(`unknown flag: --${name}`);
      if (!spec.value) {
        values.set(spec.long, eq >= 0 ? a.slice(eq + 1) : 'true');
      } else if (eq >= 0) {
        values.set(spec.long, a.slice(eq + 1));
      } else {
        const next = args[i + 1];
        if (next === undefined) return fail(`flag needs an argument: --${name}`);
        values.set(spec.long, next);
        i++;
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      const shorts = a.slice(1);
      for (let j = 0; j < shorts.length; j++) {
        const ch = shorts[j] ?? '';
        const spec = specs.find((s) => s.short === ch);
        if (!spec) return fail(`unknown shorthand flag: '${ch}' in ${a}`);
        if (!spec.value) {
          values.set(spec.long, 'true');
          continue;
        }
        let v = shorts.slice(j + 1);
        if (v.startsWith('=')) v = v.slice(1);
        if (v === '') {
          const next = args[i + 1];
          if (next === undefined) return fail(`flag needs an argument: '${ch}' in ${a}`);
          v = next;
          i++;
        }
        values.set(spec.long, v);
        break;
      }
      continue;
    }
    positional.push(a);
  }
  return { ok: true, flags: { positional, rest: [], values } };
}

/** Flags every kubectl command accepts (global flags). */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [{ long: 'namespace', short: 'n', value: true }];
