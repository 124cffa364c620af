import { describe, expect, it } from 'vitest';
import { LESSONS } from '../lessons/catalog.ts';
import { ko } from './ko.ts';
import { GLOSSARY, glossaryViolations } from '../../text/glossary.ts';
import { markdownProse, messageProse } from './prose.ts';
import { SAID_KO } from '../../text/said.ko.ts';
import { MESSAGES_KO } from '../../text/messages.ko.ts';
import { blankVerbatim } from '../../text/latinInKorean.ts';

/** Every Korean text of a lesson a learner reads, with where it comes from. */
function lessonTexts(): [where: string, markdown: string][] {
  const out: [string, string][] = [];
  for (const l of LESSONS) {
    out.push([`${l.dir} title`, l.title.ko], [`${l.dir}/ko.md`, l.intro.ko]);
    for (const s of l.steps) {
      out.push([`${l.dir} ${s.id} title`, s.title.ko], [`${l.dir} ${s.id} text`, s.text.ko]);
      out.push([`${l.dir} ${s.id} hint`, s.hint.ko]);
      if (s.goal.type === 'predict') out.push([`${l.dir} ${s.id} question`, s.goal.question.ko]);
    }
  }
  return out;
}

const report = (where: string, prose: string): string[] =>
  glossaryViolations(prose).map((v) => `${where}: "${v.found}" → ${v.term.ko} (…${v.context}…)`);

describe('the Korean glossary', () => {
  it('has one Korean form per term, none of them on its own avoid list', () => {
    expect(new Set(GLOSSARY.map((t) => t.en)).size).toBe(GLOSSARY.length);
    for (const t of GLOSSARY) for (const a of t.avoid) expect(t.ko.includes(a), t.en).toBe(false);
  });

  it('finds a term written in English or in a spelling the Korean docs do not use, but not names and code', () => {
    expect(glossaryViolations('Pod가 응답합니다').map((v) => v.found)).toEqual(['Pod']);
    expect(glossaryViolations('모든 node에서 포드가 응답').map((v) => v.found)).toEqual(['node', '포드']);
    expect(glossaryViolations('Service의 selector를 고치세요').map((v) => v.term.ko)).toEqual(['서비스', '셀렉터']);
    expect(glossaryViolations('pod/client가 my-service와 app.kubernetes.io/name=MyApp으로 보냅니다')).toEqual([]);
    expect(glossaryViolations('파드가 Ready이고 서비스의 셀렉터와 맞습니다.')).toEqual([]);
    expect(glossaryViolations(markdownProse('`kind: Service`와 `spec.selector`를 쓰세요'))).toEqual([]);
    expect(glossaryViolations(messageProse('kubectl get pods -o wide를 입력하세요. {kind}의 파드'))).toEqual([]);
  });

  it('is followed by every Korean UI string', () => {
    const found = Object.entries(ko).flatMap(([key, text]) => report(key, messageProse(text)));
    expect(found).toEqual([]);
  });

  it("is followed by every code of the catalogues (the data path's and the faces')", () => {
    const found = Object.entries({ ...SAID_KO, ...MESSAGES_KO }).flatMap(([code, text]) =>
      // the status lines a server prints (503 Service Unavailable) are verbatim
      report(code, messageProse(blankVerbatim(text))),
    );
    expect(found).toEqual([]);
  });

  it('is followed by every Korean lesson text', () => {
    const found = lessonTexts().flatMap(([where, text]) => report(where, markdownProse(text)));
    expect(found).toEqual([]);
  });
});
