// The faces' catalogue beside the data path's (said.ts): codes the core returns outside the data
// path (why a client's text form does not read, core/sim/clientText.ts; what a real cluster needs
// before the exported scenario runs, core/scenario/export/notes.ts; why a share link does not open,
// core/share/linkCodec.ts) and ksp's own usage errors (src/cli), worded in English and, in
// messages.ko.ts (installed through korean.ts), in Korean. A code the core adds without a wording
// does not compile (each English part is typed by the core's codes, MESSAGES_KO by these).
// The page's first screen needs only the parts here; the usage errors (usageMessages.ts, the CLI's)
// and the export notes (exportMessages.ts) join the catalogue when their module is imported, so the
// JavaScript fetched before the first diagram does not carry them.
// English is what ksp always printed; `{name}` is a parameter, `{why}` may be a nested message.
// The diagnostics' codes (DiagnosticSayCode: limits, the scheduler's and kubelet's warnings…) are
// worded in Korean only: their English is the diagnostic's own `message` (diagnosticText below).
import type { DeclProblemCode } from '../core/sim/index.ts';
import type { ExportNoteCode } from '../core/scenario/index.ts';
import type { UsageCode } from './usageMessages.ts';
import type { LinkProblemCode } from '../core/share/linkCodec.ts';
import type { DiagnosticSayCode } from '../core/diagnostics.ts';
import type { KubectlNoteCode } from '../core/kubectl/playgroundNotes.ts';
import { fillWords } from './fill.ts';
import type { Language } from './language.ts';
import { koreanWords } from './korean.ts';

/** Why a text does not read as a client declaration (core/sim/clientText.ts); `{text}` is quoted. */
const DECL_EN: Record<DeclProblemCode, string> = {
  'decl.workloadForm': '{text}: write {kind}/NAME or {kind}/NAMESPACE/NAME',
  'decl.selectorForm': '{text}: write selector/KEY=VALUE[,KEY=VALUE] or selector/NAMESPACE/…',
  'decl.sourceForm': '{text} is not a traffic source: use {forms}',
  'decl.sourceExternalIP': '{text} is not a traffic source (an outside host is given by its IPv4 address): use {forms}',
  'decl.sourceNames': '{text} is not a traffic source (names are lower-case DNS names): use {forms}',
  'decl.nodeAfterAt': '{text}: @ is followed by a node name',
  'decl.serviceForm': '{text}: write {kind}/[NAMESPACE/]NAME[:PORT]',
  'decl.nodePortForm': '{text}: write {kind}/[NAMESPACE/]NAME[:PORT][@NODE]',
  'decl.podIPForm':
    '{text}: write podip/pod/[NAMESPACE/]NAME:PORT, podip/deployment/[NAMESPACE/]NAME:PORT or podip/selector/…:PORT',
  'decl.ingressForm': '{text}: write ingress/HOST[/PATH]',
  'decl.emptyTarget': 'empty target',
};

/** Why a share link does not open (core/share/linkCodec.ts), shown after "This share link cannot be opened:". */
const LINK_EN: Record<LinkProblemCode, string> = {
  'link.tooLong': 'the link is {length} characters long; at most {max} are accepted',
  'link.noScenario': 'this link holds no scenario (expected #s=1.…)',
  'link.unknownCodec': 'this link uses codec "{codec}", which this version does not know',
  'link.badCharacters': 'the link is damaged: it contains characters a share link never has',
  'link.noInflate': 'the link is damaged or truncated: its data does not decompress (or decompresses past {mb} MB)',
  'link.notText': 'the link is damaged: its data is not text',
  'link.notJson': 'the link is damaged: its data is not valid JSON',
  'link.noObject': 'the link holds no scenario object',
  'link.newerVersion': 'the link was made by a newer version (schema {schema})',
  'link.noYaml': 'the link holds no YAML',
};

/** Every English wording known so far: the parts above, then each part module imported. */
const english: Partial<Record<MessageCode, string>> = { ...DECL_EN, ...LINK_EN };

/** Adds a part of the catalogue (usageMessages.ts and exportMessages.ts call it when imported). */
export function installEnglish(part: Partial<Record<MessageCode, string>>): void {
  Object.assign(english, part);
}

/** The English catalogue as installed: all of it once usageMessages.ts and exportMessages.ts are loaded (allMessages.ts). */
export const englishWords = (): Readonly<Partial<Record<MessageCode, string>>> => english;

/**
 * A diagnostic in the reader's language. Its English is the core's `message` in every case: the API
 * server's, the parser's, or the playground's own, which ksp prints as it is. The playground's own
 * problems also carry a code (`say`, a DiagnosticSayCode), worded here in Korean once the Korean
 * catalogue is loaded; the English page keeps no second copy of those sentences.
 */
export function diagnosticText(lang: Language, d: { message: string; say?: Message }): string {
  return d.say && lang === 'ko' && koreanWords() ? messageText(lang, d.say) : d.message;
}

export type MessageCode =
  UsageCode | DeclProblemCode | ExportNoteCode | LinkProblemCode | DiagnosticSayCode | KubectlNoteCode;

/** A code of this catalogue and its parameters (a core's problem, like DeclProblem, is one). */
export interface Message {
  code: MessageCode;
  params: Readonly<Record<string, string | number | Message>>;
}

export const message = (code: MessageCode, params: Message['params'] = {}): Message => ({ code, params });

export function messageText(lang: Language, m: Message): string {
  const korean = lang === 'ko' ? koreanWords()?.messages[m.code] : undefined;
  if (korean === undefined) return messageEnglish(m);
  return fillWords(korean, m.params, (nested) => messageText(lang, nested));
}

/** The English text alone: the worker's export script needs no other language (and so does not ship the Korean catalogue). */
export function messageEnglish(m: Message): string {
  // A part not imported by the code that shows its messages would show the code itself, not nothing
  // (allMessages.test.ts holds every code worded once the parts are loaded).
  return fillWords(english[m.code] ?? m.code, m.params, messageEnglish);
}
