import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { finalSound, particle } from '../../text/particles.ts';
import { translate } from './translate.ts';
import { richText } from './richText.tsx';
import { ko } from './ko.ts';

describe(finalSound, () => {
  it('reads the last Hangul syllable: none, ㄹ, or another final consonant', () => {
    expect(finalSound('파드')).toBe('none');
    expect(finalSound('서비스')).toBe('none');
    expect(finalSound('노드 일')).toBe('rieul');
    expect(finalSound('엔드포인트슬라이스')).toBe('none');
    expect(finalSound('인그레스 컨트롤러')).toBe('none');
    expect(finalSound('클러스터 IP 대역')).toBe('other');
  });

  it('reads digits in Sino-Korean: the last digit, or the place word of trailing zeros', () => {
    expect(['1', '7', '8'].map(finalSound)).toEqual(['rieul', 'rieul', 'rieul']); // 일 칠 팔
    expect(['2', '4', '5', '9'].map(finalSound)).toEqual(['none', 'none', 'none', 'none']); // 이 사 오 구
    expect(['3', '6', '0'].map(finalSound)).toEqual(['other', 'other', 'other']); // 삼 육 영
    expect(['10', '80', '100', '1000', '10000', '8080'].map(finalSound)).toEqual(Array(6).fill('other')); // 십 백 천 만
    expect(finalSound('30007')).toBe('rieul');
    expect(finalSound('9376')).toBe('other'); // 육
    expect(finalSound('192.168.49.2')).toBe('none');
    expect(finalSound('my-service:80')).toBe('other');
    expect(finalSound('node-1')).toBe('rieul');
  });

  it('reads capitals letter by letter and other Latin words as loanwords', () => {
    expect(finalSound('IP')).toBe('none');
    expect(finalSound('ClusterIP')).toBe('none');
    expect(finalSound('URL')).toBe('rieul'); // 엘
    expect(finalSound('DNS')).toBe('none');
    expect(finalSound('service')).toBe('none');
    expect(finalSound('my-service')).toBe('none');
    expect(finalSound('pod/client')).toBe('none');
    expect(finalSound('NodePort')).toBe('none');
    expect(finalSound('LoadBalancer')).toBe('none');
    expect(finalSound('Local')).toBe('rieul');
    expect(finalSound('external')).toBe('rieul');
    expect(finalSound('web')).toBe('other'); // 웹
    expect(finalSound('MyApp')).toBe('other'); // 앱
    expect(finalSound('tomcat')).toBe('other'); // 톰캣
    expect(finalSound('main')).toBe('other'); // 메인
    expect(finalSound('ingress-nginx')).toBe('none');
    expect(finalSound('"web"')).toBe('other');
    expect(finalSound('')).toBe('none');
  });
});

describe(particle, () => {
  it('chooses each pair from the word', () => {
    expect(particle('파드', '이(가)')).toBe('가');
    expect(particle('web', '이(가)')).toBe('이');
    expect(particle('client', '을(를)')).toBe('를');
    expect(particle('8080', '을(를)')).toBe('을');
    expect(particle('서비스', '은(는)')).toBe('는');
    expect(particle('tomcat', '은(는)')).toBe('은');
    expect(particle('hello', '와(과)')).toBe('와');
    expect(particle('web', '과(와)')).toBe('과');
  });

  it('writes 로 after a vowel or ㄹ and 으로 after another final consonant', () => {
    expect(particle('my-service', '(으)로')).toBe('로');
    expect(particle('30007', '(으)로')).toBe('로');
    expect(particle('Local', '(으)로')).toBe('로');
    expect(particle('web', '(으)로')).toBe('으로');
    expect(particle('80', '(으)로')).toBe('으로');
  });
});

describe('Korean messages with values', () => {
  it('carry no doubled particle once filled, in text and in rich text', () => {
    expect(translate('ko', 'goal.reachPod', { from: 'pod/client', to: 'web', pod: 'web-1' })).toBe(
      'pod/client에서 web으로 보낸 요청에 web-1이 응답합니다.',
    );
    expect(translate('ko', 'check.sticky.ok', { count: 20, pod: 'hello-2' })).toBe(
      '요청 20개가 모두 hello-2로 갔습니다.',
    );
    expect(translate('ko', 'session.fileUnreadable', { name: 'web.yaml' })).toMatch(/^"web\.yaml"을 읽을/);
    expect(translate('ko', 'lessons.confirmLesson', { title: '셀렉터 고치기' })).toMatch(/^"셀렉터 고치기"를 열면/);
    expect(translate('en', 'inspector.gone', { kind: 'Pod', name: '"x"' })).toBe(
      'Pod "x" is no longer in the scenario.',
    );
    const html = renderToStaticMarkup(
      <>{richText('ko', 'goal.kubectl', { command: <code>kubectl get svc</code>, expected: <code>30007</code> })}</>,
    );
    expect(html).toBe('콘솔에서 <code>kubectl get svc</code>를 실행하면 출력에 <code>30007</code>이 나옵니다.');
  });

  it('every Korean message with a value before a particle writes the particle in its doubled form', () => {
    // A fixed particle right after `{value}` would be right for some values only.
    const fixed = Object.entries(ko).filter(([, t]) => /\}(이|가|을|를|은|는|와|과|로|으로)(?![가-힣(])/.test(t));
    expect(fixed.map(([k]) => k)).toEqual([]);
  });
});
