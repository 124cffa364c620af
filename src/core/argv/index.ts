// The command-line grammar shared by the console, kubectl and the replay of recorded kubectl commands.
export { splitCommandLine, quoteWord, type SplitResult } from './commandLine.ts';
