// ksp's subcommands. Adding one is one line here plus its file in this folder.
import type { CliCommand } from '../io.ts';
import { validateCommand } from './validate.ts';
import { kubectlCommand } from './kubectl.ts';
import { iptablesCommand } from './iptables.ts';
import { sendCommand } from './send.ts';
import { exportCommand } from './export.ts';

export const CLI_COMMANDS: Record<string, CliCommand> = {
  validate: validateCommand,
  kubectl: kubectlCommand,
  iptables: iptablesCommand,
  send: sendCommand,
  export: exportCommand,
};
