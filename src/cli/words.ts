// ksp's own words in the reader's language (`--lang en|ko`): the summary of `ksp send`, the notes
// ksp adds to a command's output, why a file cannot be read. The simulator's explanations come
// from the core as codes and are worded by src/text (the page words them the same way); what the
// API server and kubectl print stays verbatim in both languages, as a real cluster prints it.
// English is the default, and its words are the ones ksp always printed.
import type { Language } from '../text/language.ts';
import { particle, type ParticleForm } from '../text/particles.ts';
import { reasonText, outcomeText } from '../text/said.ts';
import type { RequestResult } from '../core/dataplane/index.ts';
import { scenarioSizeMessage } from '../core/yaml/index.ts';

/** A value followed by the Korean particle its sound takes (src/text/particles.ts). */
const j = (word: string | number, form: ParticleForm): string => `${word}${particle(String(word), form)}`;

export interface CliWords {
  lang: Language;
  /** A request's outcome column (`ok`, `refused`…). */
  outcome(outcome: string): string;
  /** The source IP the pod saw. */
  from(ip: string): string;
  /** Why a request failed. */
  reason(r: RequestResult): string;
  requests(n: number): string;
  byPod: string;
  noneAnswered: string;
  byOutcome: string;
  nothingToSend: string;
  /** The scenario had errors; what ran (traffic, or the rules shown) is what the API server accepted. */
  hasErrors(command: 'send' | 'iptables', file: string, errors: number): string;
  nodeRequired(count: number, nodes: readonly string[]): string;
  nodeNotFound(node: string, nodes: readonly string[]): string;
  notChanged(file: string): string;
  cannotWrite(file: string): string;
  cannotRead(file: string, why: string): string;
  readFailure: Record<'missing' | 'directory' | 'not-a-file' | 'permission', string>;
  /** A file over the scenario size limit (English: the core's own words, core/yaml/limits.ts). */
  tooLarge(bytes: number | null, limit: number): string;
  /** The severity word of `ksp validate`'s non-error lines. */
  severity(severity: 'warning' | 'info'): string;
  /** `ksp --help`: the commands with their summaries in this language (summary() below). */
  help(commands: readonly { name: string; summary: string }[], languages: readonly string[]): string;
  /** A command's one-line summary (English: the command's own). */
  summary(command: string, english: string): string;
  /** `usage:` before a command's synopsis. */
  usage: string;
  unknownCommand(name: string): string;
}

function helpText(
  w: { title: string; usage: string; commands: string; options: string; helpCmd: string; opts: string[] },
  commands: readonly { name: string; summary: string }[],
): string {
  const names = [...commands.map((c) => c.name), 'help'];
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return [
    w.title,
    '',
    w.usage,
    '',
    w.commands,
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    `  ${'help'.padEnd(width)}${w.helpCmd}`,
    '',
    w.options,
    ...w.opts,
    '',
  ].join('\n');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const EN: CliWords = {
  lang: 'en',
  outcome: (o) => o,
  from: (ip) => `from ${ip}`,
  reason: (r) => r.reason ?? '',
  requests: (n) => plural(n, 'request'),
  byPod: 'by pod:',
  noneAnswered: '(none answered)',
  byOutcome: 'by outcome:',
  nothingToSend: 'nothing to send',
  hasErrors: (command, file, errors) =>
    command === 'send'
      ? `${file} has ${plural(errors, 'error')}; traffic ran over the objects the API server accepted (see ksp validate ${file})`
      : `${file} has ${plural(errors, 'error')}; the rules cover only the objects the API server accepted (see ksp validate ${file})`,
  nodeRequired: (count, nodes) =>
    `--node is required when the cluster has ${count} nodes (${nodes.join(', ') || 'none'})`,
  nodeNotFound: (node, nodes) => `node "${node}" not found; nodes: ${nodes.join(', ') || 'none'}`,
  notChanged: (file) => `${file} was not changed; run ksp kubectl --write ${file} -- … to save the new scenario`,
  cannotWrite: (file) => `cannot write ${file}`,
  cannotRead: (file, why) => `cannot read ${file}: ${why}`,
  readFailure: {
    missing: 'no such file',
    directory: 'is a directory',
    'not-a-file': 'not a regular file',
    permission: 'permission denied',
  },
  tooLarge: (bytes) => scenarioSizeMessage(bytes ?? 'unknown'),
  severity: (s) => s,
  help: (commands, languages) =>
    helpText(
      {
        title: 'ksp — Kubernetes Service Playground, headless',
        usage: 'Usage: ksp <command> [--seed N] [arguments]',
        commands: 'Commands:',
        options: 'Options:',
        helpCmd: 'show help for a command',
        opts: [
          '  --seed N   seed for every random choice (default 1); same file + seed = same output',
          `  --lang L   language of the results and explanations: ${languages.join(' or ')} (default en);`,
          '             what the API server and kubectl print stays as a real cluster prints it',
          '  --help     show this help',
        ],
      },
      commands,
    ),
  summary: (_command, english) => english,
  usage: 'usage:',
  unknownCommand: (name) => `unknown command "${name}"; see ksp --help`,
};

/** The commands' summaries in Korean (English: each command's own `summary`); korean.test.ts fails on a command without one. */
export const KO_SUMMARIES: Record<string, string> = {
  validate: '시나리오 파일을 검사합니다. 문제마다 FILE:LINE:COL: 메시지를 출력합니다',
  kubectl: '시나리오 파일이 만드는 클러스터에 kubectl을 실행합니다',
  iptables: '노드에서 kube-proxy가 프로그래밍할 규칙을 출력합니다(iptables-restore, nft 또는 ipvsadm 형식)',
  send: '시뮬레이션한 클러스터로 요청을 보내고 각 요청이 어디에 닿는지 보여 줍니다',
  export: '실제 클러스터용 시나리오를 출력합니다(YAML, 또는 --commands로 kubectl/curl 스크립트)',
};

// Terms follow the glossary (src/text/glossary.ts, docs/glossary-ko.md).
export const KO: CliWords = {
  lang: 'ko',
  outcome: (o) => outcomeText('ko', o),
  from: (ip) => `출발지 ${ip}`,
  reason: (r) => reasonText('ko', r),
  requests: (n) => `요청 ${n}개`,
  byPod: '파드별:',
  noneAnswered: '(응답한 파드 없음)',
  byOutcome: '결과별:',
  nothingToSend: '보낼 것이 없습니다',
  hasErrors: (command, file, errors) =>
    command === 'send'
      ? `${file}에 오류가 ${errors}개 있습니다. 트래픽은 API 서버가 받아들인 오브젝트로만 흘렀습니다(ksp validate ${file} 참고)`
      : `${file}에 오류가 ${errors}개 있습니다. 규칙은 API 서버가 받아들인 오브젝트만 다룹니다(ksp validate ${file} 참고)`,
  nodeRequired: (count, nodes) =>
    `클러스터에 노드가 ${count}개 있으니 --node로 하나를 고르세요(${nodes.join(', ') || '노드 없음'})`,
  nodeNotFound: (node, nodes) =>
    `노드 "${node}"${particle(node, '이(가)')} 없습니다. 노드: ${nodes.join(', ') || '없음'}`,
  notChanged: (file) =>
    `${j(file, '은(는)')} 바뀌지 않았습니다. 새 시나리오를 저장하려면 ksp kubectl --write ${file} -- …을 실행하세요`,
  cannotWrite: (file) => `${file}에 쓸 수 없습니다`,
  cannotRead: (file, why) => `${j(file, '을(를)')} 읽을 수 없습니다: ${why}`,
  readFailure: {
    missing: '파일이 없습니다',
    directory: '디렉터리입니다',
    'not-a-file': '일반 파일이 아닙니다',
    permission: '권한이 없습니다',
  },
  tooLarge: (bytes, limit) =>
    bytes === null
      ? `시나리오가 ${limit}바이트를 넘습니다(거기서 읽기를 멈췄습니다). 플레이그라운드는 ${limit}바이트까지 받습니다`
      : `시나리오가 ${bytes}바이트입니다. 플레이그라운드는 ${limit}바이트까지 받습니다`,
  severity: (s) => (s === 'warning' ? '경고' : '정보'),
  help: (commands, languages) =>
    helpText(
      {
        title: 'ksp — 쿠버네티스 서비스 플레이그라운드, 명령줄 버전',
        usage: '사용법: ksp <명령> [--seed N] [인자]',
        commands: '명령:',
        options: '옵션:',
        helpCmd: '명령의 도움말을 보여 줍니다',
        opts: [
          '  --seed N   모든 무작위 선택의 시드(기본값 1). 같은 파일과 시드면 출력도 같습니다',
          `  --lang L   결과와 설명의 언어: ${languages.join(' 또는 ')}(기본값 en).`,
          '             API 서버와 kubectl이 출력하는 내용은 실제 클러스터처럼 그대로 둡니다',
          '  --help     이 도움말을 보여 줍니다',
        ],
      },
      commands,
    ),
  summary: (command, english) => KO_SUMMARIES[command] ?? english,
  usage: '사용법:',
  unknownCommand: (name) => `알 수 없는 명령 "${name}"입니다. ksp --help를 보세요`,
};

export const CLI_WORDS: Record<Language, CliWords> = { en: EN, ko: KO };
