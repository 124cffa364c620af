// The console's own lines (`ksp: …`), which no kubectl prints: their English, owned here. The page
// has them under the console group of its later English (i18n/enLater.ts) and in i18n/ko.ts; a session
// built without the page's words (tests) prints this English.
export const CONSOLE_LINES_EN = {
  notConnected: 'the simulator is not connected yet; try again in a moment',
  onlyKubectl: 'only kubectl commands run here (try: kubectl get pods)',
  // The seed's way first (a shell in a busybox pod), then the one-shot form, with its argument named
  // in the page's language.
  inPodWget:
    'wget runs inside a pod here: open a shell with kubectl run -it --rm --image=busybox bash, or run once: kubectl run tmp --image=busybox -it --rm --restart=Never -- wget -O- -q <ip or name>',
  inPodNslookup:
    'nslookup runs inside a pod here: open a shell with kubectl run -it --rm --image=busybox bash, or run once: kubectl run tmp --image=busybox -it --rm --restart=Never -- nslookup <name>',
  editorChanged: 'the editor changed while the command ran, so its change was not written; run it again',
} as const;

export type ConsoleLineKey = keyof typeof CONSOLE_LINES_EN;

/** One of the console's lines: its key and the values of its `{name}` holes. */
export interface ConsoleLine {
  key: ConsoleLineKey;
  vars?: Readonly<Record<string, string>>;
}

/** The English of a line, holes filled. */
export function consoleLineEnglish(line: ConsoleLine): string {
  return CONSOLE_LINES_EN[line.key].replace(/\{(\w+)\}/g, (whole, name: string) => line.vars?.[name] ?? whole);
}
