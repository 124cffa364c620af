// The command-line grammar shared by the console, kubectl and the replay of recorded kubectl commands.
export { splitCommandLine, quoteWord, type SplitResult } from './commandLine.ts';
export { parseGoInt64, type GoIntResult } from './goInt.ts';
