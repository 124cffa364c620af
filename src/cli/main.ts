// ksp: the playground's headless CLI. Dispatches to src/cli/commands/*; `--seed N` and `--lang L`
// are accepted anywhere before `--`: the seed goes to loadScenario, the language to the words
// (src/cli/words.ts, src/text). User mistakes print one line and exit 2; nothing here prints a
// stack trace for them.
import { CLI_COMMANDS } from './commands/registry.ts';
import { EXIT_USAGE, type CliIO, type GlobalOptions } from './io.ts';
import { isLanguage, LANGUAGES } from '../text/language.ts';
import { CLI_WORDS, type CliWords } from './words.ts';

export type { CliIO } from './io.ts';

function help(words: CliWords): string {
  const commands = Object.entries(CLI_COMMANDS).map(([name, cmd]) => ({
    name,
    summary: words.summary(name, cmd.summary),
  }));
  return words.help(commands, LANGUAGES);
}

/** Pulls `--seed N` / `--seed=N` and `--lang L` / `--lang=L` out of the arguments before `--`. */
function takeGlobals(argv: readonly string[]): { args: string[]; globals: GlobalOptions } | { error: string } {
  const args: string[] = [];
  const globals: GlobalOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (a === '--lang' || a.startsWith('--lang=')) {
      const lang = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      if (!isLanguage(lang))
        return {
          error: `ksp: --lang needs one of ${LANGUAGES.join(', ')}, got ${lang === undefined ? 'nothing' : JSON.stringify(lang)}`,
        };
      globals.lang = lang;
      continue;
    }
    let value: string | undefined;
    if (a === '--seed') value = argv[++i];
    else if (a.startsWith('--seed=')) value = a.slice('--seed='.length);
    else {
      args.push(a);
      continue;
    }
    if (value === undefined || !/^\d+$/.test(value) || Number(value) > 0xffffffff)
      return {
        error: `ksp: --seed needs a whole number from 0 to 4294967295, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`,
      };
    globals.seed = Number(value);
  }
  return { args, globals };
}

export function main(argv: readonly string[], io: CliIO): number {
  const parsed = takeGlobals(argv);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n`);
    return EXIT_USAGE;
  }
  const [name, ...rest] = parsed.args;
  const words = CLI_WORDS[parsed.globals.lang ?? 'en'];
  const commandHelp = (n: string, cmd: { summary: string; usage: string }) =>
    `${words.summary(n, cmd.summary)}\n\n${words.usage} ${cmd.usage}\n`;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(help(words));
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === 'help') {
    const target = rest[0];
    if (target === undefined) {
      io.out(help(words));
      return 0;
    }
    const cmd = Object.prototype.hasOwnProperty.call(CLI_COMMANDS, target) ? CLI_COMMANDS[target] : undefined;
    if (!cmd) {
      io.err(`ksp: ${words.unknownCommand(target)}\n`);
      return EXIT_USAGE;
    }
    io.out(commandHelp(target, cmd));
    return 0;
  }
  const cmd = Object.prototype.hasOwnProperty.call(CLI_COMMANDS, name) ? CLI_COMMANDS[name] : undefined;
  if (!cmd) {
    io.err(`ksp: ${words.unknownCommand(name)}\n`);
    return EXIT_USAGE;
  }
  if (rest[0] === '--help' || rest[0] === '-h') {
    io.out(commandHelp(name, cmd));
    return 0;
  }
  return cmd.run(rest, io, parsed.globals);
}
