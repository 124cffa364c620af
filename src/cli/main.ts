// ksp: the playground's headless CLI. Dispatches to src/cli/commands/*; `--seed N` and `--lang L`
// are accepted anywhere before `--`: the seed goes to loadScenario, the language to the words
// (src/cli/words.ts, src/text). User mistakes print one line and exit 2; nothing here prints a
// stack trace for them.
import { CLI_COMMANDS } from './commands/registry.ts';
import { EXIT_USAGE, type CliIO, type GlobalOptions } from './io.ts';
import { isLanguage, LANGUAGES, type Language } from '../text/language.ts';
import { CLI_WORDS, type CliWords } from './words.ts';
import { message, messageText, type Message } from '../text/messages.ts';
import { installUsageEnglish } from '../text/usageMessages.ts';
import { installExportEnglish } from '../text/exportMessages.ts';
import { installKorean } from '../text/korean.ts';
import { KOREAN_WORDS } from '../text/koreanCatalogue.ts';
import { installSaidEnglish } from '../text/saidEnglish.ts';
import { installPlugins } from '../core/scenario/index.ts';

// ksp speaks both languages from its start (`--lang ko`): every catalogue is part of its bundle.
installKorean(KOREAN_WORDS);
installSaidEnglish();
installUsageEnglish();
installExportEnglish();
// and serves every kind from its start: the Gateway API's and Ingress's code (core/api/plugins.ts).
installPlugins();

export type { CliIO } from './io.ts';

function help(words: CliWords): string {
  const commands = Object.entries(CLI_COMMANDS).map(([name, cmd]) => ({
    name,
    summary: words.summary(name, cmd.summary),
  }));
  return words.help(commands, LANGUAGES);
}

/** The seed's range: a uint32, as the seeded Rng takes it. */
const MAX_SEED = 0xffffffff;

/** The language `--lang`/`--lang=` names among `argv` when it is one (for words said before the arguments are read). */
function askedLanguage(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const a = argv[i]!;
    const lang = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (isLanguage(lang)) return lang;
  }
  return 'en';
}

/** Pulls `--seed N` / `--seed=N` and `--lang L` / `--lang=L` out of the arguments before `--`. */
function takeGlobals(argv: readonly string[]): { args: string[]; globals: GlobalOptions } | { error: Message } {
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
      const languages = LANGUAGES.join(', ');
      if (!isLanguage(lang))
        return {
          error:
            lang === undefined
              ? message('usage.langMissing', { languages })
              : message('usage.langValue', { languages, got: JSON.stringify(lang) }),
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
    if (value === undefined || !/^\d+$/.test(value) || Number(value) > MAX_SEED)
      return {
        error:
          value === undefined
            ? message('usage.seedMissing', { max: MAX_SEED })
            : message('usage.seedValue', { max: MAX_SEED, got: JSON.stringify(value) }),
      };
    globals.seed = Number(value);
  }
  return { args, globals };
}

export function main(argv: readonly string[], io: CliIO): number {
  const parsed = takeGlobals(argv);
  if ('error' in parsed) {
    // --lang may be the very thing refused: the error is worded in the language asked for, when it reads
    io.err(`ksp: ${messageText(askedLanguage(argv), parsed.error)}\n`);
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
