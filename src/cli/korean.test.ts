// `ksp --lang ko`: what ksp says reads as Korean — the send table and summary, the simulator's
// reasons (the core's codes worded by src/text), why a client names nothing, ksp's own notes —
// with no English sentence outside names, kept Kubernetes words, code and the verbatim texts a real
// cluster prints (src/text/latinInKorean.ts), and every Kubernetes term as the glossary writes it.
// The same cases in English must show English words, so the check can fail.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCaptured, type CapturedRun } from './runCaptured.ts';
import { strayLatin } from '../text/latinInKorean.ts';
import { glossaryViolations } from '../text/glossary.ts';
import { CLI_COMMANDS } from './commands/registry.ts';
import { KO_SUMMARIES } from './words.ts';

const FIXTURES = 'src/core/dataplane/fixtures/';

const run = (argv: readonly string[]): CapturedRun => runCaptured(argv);

/** The keys and values a scenario's YAML writes (its comments left out): names and code, not English. */
function yamlWords(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/#.*$/gm, '');
  return new Set([...text.matchAll(/[A-Za-z][\w.-]*/g)].map((m) => m[0]));
}

/** The English words of `text` that are not names, kept words or the scenario's own words. */
function stray(text: string, values: ReadonlySet<string>): string[] {
  return text.split('\n').flatMap((line) => {
    // the command's name and flags (--count, -H) are code
    const code = line.replace(/^ksp( \w+)?:/, ' ').replace(/(^|[\s([])--?[a-zA-Z][\w-]*/g, '$1 ');
    const words = strayLatin(code, values);
    return words.length ? [`${words.join(' ')}  ← ${line}`] : [];
  });
}

/** `ksp send` cases that fail in different ways, and ones that succeed. */
const SENDS: [file: string, ...args: string[]][] = [
  ['failures.yaml', '--from', 'deployment/myapp', '--to', 'service/typo'],
  ['failures.yaml', '--from', 'deployment/myapp', '--to', 'service/badtarget'],
  ['failures.yaml', '--from', 'deployment/myapp', '--to', 'service/notready'],
  ['failures.yaml', '--from', 'deployment/myapp', '--to', 'service/named'],
  ['waiting-pods.yaml', '--from', 'pod/client', '--to', 'service/web'],
  ['waiting-pods.yaml', '--from', 'pod/client', '--to', 'service/tls-proxy:443'],
  ['failures.yaml', '--from', 'deployment/myapp', '--to', 'service/wrongns'],
  ['failures.yaml', '--from', 'deployment/myapp', '--to', 'service/external-db'],
  ['failures.yaml', '--from', 'deployment/myapp', '--to', 'service/typo:81'],
  ['failures.yaml', '--from', 'deployment/nothing', '--to', 'service/typo'],
  ['failures.yaml', '--from', 'external', '--to', '192.168.1.11:30999'],
  ['failures.yaml', '--from', 'external', '--to', '10.96.0.99'],
  ['ingress.yaml', '--to', 'http://nope.example.com/'],
  ['ingress.yaml', '--to', 'http://shop.example.com/broken'],
  ['ingress.yaml', '--to', 'http://shop.example.com/', '--count', '3'],
  ['dns-policies.yaml', '--from', 'pod/node-dns', '--to', 'shop'],
  ['dns-policies.yaml', '--from', 'pod/host-net', '--to', 'web'],
  ['dns-policies.yaml', '--from', 'node/node-1', '--to', 'web'],
  ['seed-my-service.yaml', '--from', 'external', '--to', '10.96.0.10:80'],
  ['seed-nodeport.yaml', '--from', 'external/198.51.100.9', '--to', '192.168.1.11:30007', '--count', '4'],
];

describe('ksp --lang ko', () => {
  it('says every send result, reason and client problem in Korean; the same cases in English are English', () => {
    const found: string[] = [];
    let english = 0;
    for (const [file, ...args] of SENDS) {
      const values = yamlWords(FIXTURES + file);
      const ko = run(['send', FIXTURES + file, ...args, '--lang', 'ko']);
      const text = ko.out + ko.err;
      expect(text, `${file} ${args.join(' ')}`).not.toBe('');
      found.push(...stray(text, values), ...glossaryViolations(text).map((v) => `${v.found} → ${v.term.ko}: ${text}`));
      const en = run(['send', FIXTURES + file, ...args]);
      expect(en.code).toBe(ko.code);
      if (stray(en.out + en.err, values).length > 0) english++;
    }
    expect(found).toEqual([]);
    expect(english).toBe(SENDS.length);
  });

  it('words the table and the summary, padding by the columns a terminal draws', () => {
    const r = run([
      'send',
      `${FIXTURES}failures.yaml`,
      '--lang',
      'ko',
      '--from',
      'deployment/myapp',
      '--to',
      'service/typo',
      '--count',
      '2',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^#1 {2}연결 거부 {2}- {2}- {2}- {2}- {2}default\/typo에 엔드포인트가 없습니다: /);
    expect(r.out).toMatch(/\n요청 2개\n파드별:\n {2}\(응답한 파드 없음\)\n결과별:\n {2}연결 거부 {2}2 \(100%\)\n$/);
    const ok = run([
      'send',
      `${FIXTURES}seed-nodeport.yaml`,
      '--lang=ko',
      '--from',
      'external/198.51.100.9',
      '--to',
      '192.168.1.11:30007',
    ]);
    // 성공 (two wide characters) takes the four columns of "ok" padded to the widest outcome
    expect(ok.out).toMatch(/^#1 {2}성공 {2}default\/web-\S+ {2}10\.244\.\d+\.\d+:80 {2}node-\d {2}출발지 \S+\n/);
  });

  it("words ksp's own notes; kubectl's and the API server's texts stay verbatim", () => {
    const failures = `${FIXTURES}failures.yaml`;
    const values = yamlWords(failures);
    const notes = [
      run(['iptables', failures, '--lang', 'ko']).err,
      run(['iptables', failures, '--node', 'node-9', '--lang', 'ko']).err,
      run(['validate', 'missing.yaml', '--lang', 'ko']).err,
    ];
    const kubectl = run(['--lang', 'ko', 'kubectl', failures, '--', 'scale', 'deployment', 'myapp', '--replicas=3']);
    expect(kubectl.out).toBe('deployment.apps/myapp scaled\n');
    notes.push(kubectl.err);
    expect(notes.flatMap((n) => stray(n, values))).toEqual([]);
    expect(notes[2]).toBe('ksp: missing.yaml을 읽을 수 없습니다: 파일이 없습니다\n');
    // the playground's own limit is a code worded in Korean; the API server's texts stay verbatim
    const capped = runCaptured(
      ['validate', 'big.yaml', '--lang', 'ko'],
      () =>
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 1500\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: c, image: nginx}]}\n',
    );
    expect(capped.out.split('\n')[0]).toBe(
      'big.yaml:5:13: 경고: Deployment "web"은 레플리카 1500개를 요청하지만, 플레이그라운드는 워크로드마다 레플리카를 1000개까지 받으므로 파드를 1000개만 만들었습니다',
    );
    expect(kubectl.err).toMatch(/^ksp: \S+failures\.yaml은 바뀌지 않았습니다\. /);
    // a kind stored and not simulated: the line says 경고 once, as English says warning once
    const job = 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec: {}\n';
    const stored = runCaptured(['validate', 'j.yaml', '--lang', 'ko'], () => job);
    expect(stored.out).toMatch(/^j\.yaml:2:7: 경고: Job은 저장되지만 /);
    expect(stored.out).not.toMatch(/경고: 경고/);
    expect(runCaptured(['validate', 'j.yaml'], () => job).out).toMatch(/^j\.yaml:2:7: warning: Job is stored but /);
  });

  it("words the playground's own lines in kubectl's output, and leaves kubectl's", () => {
    const file = `${FIXTURES}failures.yaml`;
    expect(run(['--lang', 'ko', 'kubectl', file, '--', 'top', 'pods']).err).toBe(
      'ksp: "top" 명령은 플레이그라운드에서 시뮬레이션하지 않습니다\n',
    );
    expect(run(['kubectl', file, '--', 'top', 'pods']).err).toBe('ksp: "top" is not simulated in the playground\n');
    const rs = run(['kubectl', file, '--', 'get', 'rs', '-o', 'name']).out.split('\n')[0]!;
    const scaled = run(['--lang', 'ko', 'kubectl', file, '--', 'scale', rs, 'deployment/nope', '--replicas=1']);
    expect(scaled.err).toContain(
      `ksp: ${rs}는 deployment "myapp"이 관리합니다. 대신 YAML에서 Deployment를 고치세요(컨트롤러가 이 변경을 되돌립니다)\n`,
    );
    expect(scaled.err).toContain('Error from server (NotFound): deployments.apps "nope" not found\n');
  });

  it('--lang takes en or ko and is refused otherwise', () => {
    expect(run(['--lang', 'fr', 'validate', 'x.yaml'])).toEqual({
      code: 2,
      out: '',
      err: 'ksp: --lang needs one of en, ko, got "fr"\n',
    });
    expect(run(['validate', 'x.yaml', '--lang'])).toMatchObject({
      code: 2,
      err: 'ksp: --lang needs one of en, ko, got nothing\n',
    });
    expect(run(['validate', 'missing.yaml', '--lang=en']).err).toBe('ksp: cannot read missing.yaml: no such file\n');
  });

  it('--help, help COMMAND and an unknown command read as Korean; in English they stay English', () => {
    const values = new Set([
      'ksp',
      'validate',
      'send',
      'export',
      'help',
      'FILE',
      'LINE',
      'COL',
      'N',
      'L',
      'en',
      'ko',
      'nope',
      'iptables-restore',
      'nft',
      'ipvsadm',
      'YAML',
      'curl',
    ]);
    const ko = [run(['--lang', 'ko', '--help']).out, run(['--lang', 'ko', 'nope']).err];
    for (const c of ['validate', 'kubectl', 'iptables', 'send', 'export'])
      ko.push(run(['--lang', 'ko', 'help', c]).out.split('\n')[0] ?? '');
    expect(ko.flatMap((t) => stray(t, values))).toEqual([]);
    expect(ko.flatMap((t) => glossaryViolations(t))).toEqual([]);
    expect(run(['--lang', 'ko', 'help', 'send']).out).toMatch(/^\S.*\n\n사용법: ksp send FILE /);
    const en = [run(['--help']).out, run(['nope']).err];
    expect(en.flatMap((t) => stray(t, values)).length).toBeGreaterThan(0);
    expect(run(['nope']).err).toBe('ksp: unknown command "nope"; see ksp --help\n');
  });

  it('every command has a Korean summary, read as Korean', () => {
    const found = Object.keys(CLI_COMMANDS).flatMap((name) => {
      const ko = KO_SUMMARIES[name];
      if (ko === undefined) return [`${name}: no Korean summary`];
      const words = stray(ko, new Set(['FILE', 'LINE', 'COL', 'iptables-restore', 'nft', 'ipvsadm', 'YAML', 'curl']));
      return words.length ? [`${name}: ${words.join(' ')}`] : [];
    });
    expect(found).toEqual([]);
  });

  it('usage errors (a flag, a missing or bad argument, a target that does not read) are Korean, and English as before', () => {
    const file = `${FIXTURES}seed-nodeport.yaml`;
    /** Each bad command line, with the first line ksp prints in English (what it always printed). */
    const cases: [args: string[], english: string][] = [
      [['send', file, '--bogus'], 'ksp send: unknown flag --bogus'],
      [['send'], 'ksp send: no file given'],
      [
        ['send', file],
        'ksp send: --to TARGET is required (e.g. --to my-service, --to 10.96.0.5:80, --to 192.168.49.2:30007)',
      ],
      [
        ['send', file, '--to', 'web', '--count', 'abc'],
        'ksp send: --count must be a whole number from 1 to 100000, got "abc"',
      ],
      [
        ['send', file, '--to', 'web', '--interval', '-1'],
        'ksp send: --interval must be a number of seconds ≥ 0, got "-1"',
      ],
      [['send', file, '--to', 'web', '--count'], 'ksp send: --count needs a value'],
      [['send', file, '--to', 'web', '-H', 'novalue'], 'ksp send: -H needs NAME: VALUE (as curl -H), got "novalue"'],
      [
        ['send', file, '--from', 'laptop', '--to', 'web'],
        'ksp send: --from must be external, external/IP, node/NAME, pod/NAME or pod/NAMESPACE/NAME, deployment/NAME or selector/KEY=VALUE, got "laptop"',
      ],
      [
        ['send', file, '--to', 'service/x:bad!'],
        'ksp send: --to: "service/x:bad!": write service/[NAMESPACE/]NAME[:PORT]',
      ],
      [['send', file, '--to', 'nodeport/web@Bad'], 'ksp send: --to: "nodeport/web@Bad": @ is followed by a node name'],
      [['send', file, '--to', 'ingress/BAD_'], 'ksp send: --to: "ingress/BAD_": write ingress/HOST[/PATH]'],
      [
        ['send', file, '--to', 'podip/x'],
        'ksp send: --to: "podip/x": write podip/pod/[NAMESPACE/]NAME:PORT, podip/deployment/[NAMESPACE/]NAME:PORT or podip/selector/…:PORT',
      ],
      [
        ['iptables', file, '--mode', 'userspace'],
        'ksp iptables: --mode must be one of iptables, ipvs, nftables, got "userspace"',
      ],
      [['iptables', 'a.yaml', 'b.yaml'], 'ksp iptables: expected one file, got 2'],
      [['kubectl'], 'ksp kubectl: expected one FILE, then -- and kubectl arguments'],
      [['export'], 'ksp export: expected one FILE'],
      [['validate', '--x'], 'ksp validate: unknown flag --x'],
      [['validate'], 'ksp validate: no files given'],
      [['--seed', 'x', 'validate'], 'ksp: --seed needs a whole number from 0 to 4294967295, got "x"'],
      [['--seed', 'validate'], 'ksp: --seed needs a whole number from 0 to 4294967295, got "validate"'],
    ];
    const values = new Set([
      'ksp',
      'FILE',
      'abc',
      'laptop',
      'novalue',
      'userspace',
      'ipvs',
      'web',
      'x',
      'en',
      'ko',
      'service',
    ]);
    const found: string[] = [];
    for (const [args, english] of cases) {
      const en = run(args);
      expect([en.code, en.err.split('\n')[0]], args.join(' ')).toEqual([2, english]);
      const ko = run([...args, '--lang', 'ko']);
      expect(ko.code).toBe(2);
      // a command's error is followed by its synopsis, which is code: `사용법: ksp send FILE …`
      const [why, usage] = ko.err.split('\n');
      if (why!.startsWith('ksp ')) expect(usage).toMatch(/^사용법: ksp /);
      found.push(...stray(why!.replace(/"[^"]*"/g, ' '), values), ...glossaryViolations(why!).map((v) => v.found));
    }
    expect(found).toEqual([]);
    expect(run(['--lang=ko', 'send', file, '--to', 'web', '--count', 'abc']).err.split('\n')[0]).toBe(
      'ksp send: --count에는 1부터 100000까지의 정수를 쓰세요. 받은 값: "abc"',
    );
    // --lang itself refused: said in the language a later --lang asks for
    expect(run(['--lang', 'fr', 'send', '--lang', 'ko']).err).toBe(
      'ksp: --lang에는 en, ko 중 하나를 쓰세요. 받은 값: "fr"\n',
    );
  });
});
