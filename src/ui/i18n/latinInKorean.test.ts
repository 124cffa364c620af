import { describe, expect, it } from 'vitest';
import { SAID_CODES } from '../../core/dataplane/index.ts';
import { LESSONS } from '../lessons/catalog.ts';
import { ko } from './ko.ts';
import { SAID_KO } from '../../text/said.ko.ts';
import { saidText } from '../../text/said.ts';
import { markdownProse, messageProse } from './prose.ts';
import { strayLatin } from '../../text/latinInKorean.ts';
import { formatSourceDecl, formatTargetDecl } from '../../core/sim/clientText.ts';
import { VARIANTS } from '../classroom/variants.ts';
import { DEFAULT_SCENARIOS } from '../firstScenario.ts';
import { glossaryViolations } from '../../text/glossary.ts';
import { translate } from './translate.ts';
import { messageText } from '../../text/messages.ts';
import { ENGLISH_CODES, MESSAGE_CODES, MESSAGES_EN } from '../../text/allMessages.ts';
import { MESSAGES_KO } from '../../text/messages.ko.ts';

/** Names a lesson's own YAML gives (objects, labels, images, clients): values, not English. */
function lessonValues(yamls: readonly string[], extra: readonly string[]): Set<string> {
  const out = new Set(extra);
  for (const y of yamls)
    for (const m of y.matchAll(/^\s*(?:-\s+)?[\w./-]+:\s*"?([A-Za-z][\w.-]*)"?\s*$/gm)) out.add(m[1]!);
  return out;
}

/**
 * The codes of a catalogue whose Korean has an English sentence, or, filled with names of every kind,
 * keeps a hole or a doubled particle (`이(가)`) unchosen.
 */
function catalogueInKorean<C extends string>(
  codes: readonly C[],
  ko: Readonly<Record<C, string>>,
  word: (code: C, params: Record<string, string | number>) => string,
): string[] {
  const found: string[] = [];
  for (const code of codes) {
    const stray = strayLatin(messageProse(ko[code]));
    if (stray.length) found.push(`${code}: ${stray.join(' ')}`);
    const params = Object.fromEntries(
      [...ko[code].matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, m[1] === 'count' ? 3 : 'web-1']),
    );
    const filled = word(code, params);
    if (/\}|이\(가\)|을\(를\)|은\(는\)|와\(과\)|\(으\)로/.test(filled)) found.push(`${code}: ${filled}`);
  }
  return found;
}

describe('Latin script in Korean', () => {
  it('finds an English sentence but not names, kept words or verbatim texts', () => {
    expect(strayLatin('노드 node-1의 kube-proxy: my-service에 엔드포인트가 없습니다')).toEqual([]);
    expect(strayLatin('ingress-nginx → 502 Bad Gateway, /etc/resolv.conf')).toEqual([]);
    expect(strayLatin('kube-proxy on node-1: the packet is dropped')).toEqual(['on', 'the', 'packet', 'is', 'dropped']);
    expect(strayLatin('client가 응답합니다', new Set(['client']))).toEqual([]);
  });

  it('every message code of the data path reads as Korean, its particles chosen', () => {
    expect(catalogueInKorean(SAID_CODES, SAID_KO, (code, params) => saidText('ko', { code, params }))).toEqual([]);
  });

  it("every code of the faces' catalogue (client text forms, export notes, share links, limits, ksp's usage errors) reads as Korean", () => {
    expect(MESSAGE_CODES.length).toBeGreaterThan(0);
    expect(
      catalogueInKorean(MESSAGE_CODES, MESSAGES_KO, (code, params) => messageText('ko', { code, params })),
    ).toEqual([]);
    // the check can fail: the English wordings are English
    expect(
      catalogueInKorean(ENGLISH_CODES, MESSAGES_EN, (code, params) => messageText('en', { code, params })).length,
    ).toBeGreaterThan(ENGLISH_CODES.length / 2);
  });

  it('every Korean UI message reads as Korean', () => {
    const found = Object.entries(ko).flatMap(([key, text]) => {
      const stray = strayLatin(messageProse(text));
      return stray.length ? [`${key}: ${stray.join(' ')}`] : [];
    });
    expect(found).toEqual([]);
  });

  it('every lesson in Korean reads as Korean: no English sentence outside code and names', () => {
    const found: string[] = [];
    for (const l of LESSONS) {
      const values = lessonValues(
        [l.scenario, ...Object.values(l.solutions)],
        // the clients and the `from` words of the goals (`external`) name senders: values
        [
          ...l.clients.flatMap((c) => [
            c.id,
            ...`${formatSourceDecl(c.from)} ${formatTargetDecl(c.to)}`.split(/[\s/:@=,]+/),
          ]),
          'external',
        ],
      );
      const texts = [l.title.ko, l.intro.ko, ...l.steps.flatMap((s) => [s.title.ko, s.text.ko, s.hint.ko])];
      for (const t of texts) {
        const stray = strayLatin(markdownProse(t), values);
        if (stray.length) found.push(`${l.dir}: ${stray.join(' ')} (in “${t.slice(0, 60)}…”)`);
      }
    }
    expect(found).toEqual([]);
  });

  it("every lesson's Korean YAML comments read as Korean, the glossary's terms", () => {
    const found: string[] = [];
    let comments = 0;
    for (const l of LESSONS)
      for (const yaml of [l.yaml.ko.scenario, ...Object.values(l.yaml.ko.solutions)]) {
        // the words the YAML itself writes (kinds, keys, names, images) are values, not English
        const body = yaml.replace(/^\s*#.*$/gm, '');
        const values = new Set([...body.matchAll(/[A-Za-z][\w.-]*/g)].map((m) => m[0].replace(/[.-]+$/, '')));
        for (const m of yaml.matchAll(/^\s*#(.*)$/gm)) {
          const c = m[1]!;
          comments++;
          for (const w of strayLatin(c, values)) found.push(`${l.dir}: ${w} (in “${c}”)`);
          for (const v of glossaryViolations(c)) found.push(`${l.dir}: ${v.found} → ${v.term.ko} (in “${c}”)`);
        }
      }
    expect(comments).toBeGreaterThan(LESSONS.length);
    expect(found).toEqual([]);
  });

  it("every compare variant's title reads as Korean", () => {
    const found = VARIANTS.flatMap((v) => {
      const title = translate('ko', 'classroom.variantTitle', { field: v.field, left: v.left, right: v.right });
      const stray = strayLatin(title, new Set([v.field, v.left, v.right]));
      return stray.length || /\(|vs/.test(title) ? [`${v.id}: ${title}`] : [];
    });
    expect(found).toEqual([]);
  });

  it("the built-in scenario a Korean visitor starts with has Korean comments, the glossary's terms", () => {
    const comments = [...DEFAULT_SCENARIOS.ko.matchAll(/#(.*)$/gm)].map((m) => m[1]!);
    expect(comments.length).toBeGreaterThan(0);
    const found = comments.flatMap((c) => [
      ...strayLatin(c).map((w) => `${w} (in “${c}”)`),
      ...glossaryViolations(c).map((v) => `${v.found} → ${v.term.ko} (in “${c}”)`),
    ]);
    expect(found).toEqual([]);
    // the English one would not pass: the check can fail
    expect([...DEFAULT_SCENARIOS.en.matchAll(/#(.*)$/gm)].flatMap((m) => strayLatin(m[1]!)).length).toBeGreaterThan(0);
  });
});
