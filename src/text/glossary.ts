// The Korean form of each Kubernetes term the playground writes, as the Korean edition of the
// Kubernetes documentation writes it. Source: the localization guide's glossary (한글화 용어집) in
// kubernetes/website content/ko/docs/contribute/localization_ko.md
// (https://kubernetes.io/ko/docs/contribute/localization_ko/#한글화-용어집), and its use in
// content/ko/docs/concepts/services-networking/service.md (https://kubernetes.io/ko/docs/concepts/services-networking/service/).
// docs/glossary-ko.md is the same table for people. glossary.test.ts holds the Korean UI strings
// and the Korean lesson texts to it.
//
// What stays Latin, as the Korean docs keep it: field names and values (`spec.selector`,
// `targetPort`, `ClusterIP`, `NodePort`, `LoadBalancer`, `Local`), the Pod conditions and phases
// (Ready, Running, Pending), kube-proxy and kubelet, and anything in code (YAML, kubectl commands and
// their output, API-server messages), which a learner types or reads on a real cluster.
import { blankVerbatim } from './latinInKorean.ts';

export interface GlossaryTerm {
  /** The English term (the API kind, or the concept). */
  en: string;
  /** How the Korean docs write it. */
  ko: string;
  /** English spellings that must not stand for the term in Korean prose (outside code). */
  latin: readonly string[];
  /** Korean spellings the Korean docs do not use for it. */
  avoid: readonly string[];
}

const GUIDE = 'https://kubernetes.io/ko/docs/contribute/localization_ko/#한글화-용어집';

export const GLOSSARY_SOURCE = GUIDE;

export const GLOSSARY: readonly GlossaryTerm[] = [
  { en: 'Pod', ko: '파드', latin: ['Pod', 'Pods', 'pod', 'pods'], avoid: ['포드'] },
  { en: 'Service', ko: '서비스', latin: ['Service', 'Services'], avoid: [] },
  { en: 'Node', ko: '노드', latin: ['Node', 'Nodes', 'node', 'nodes'], avoid: [] },
  {
    en: 'EndpointSlice',
    ko: '엔드포인트슬라이스',
    latin: ['EndpointSlice', 'EndpointSlices'],
    avoid: ['엔드포인트 슬라이스'],
  },
  {
    en: 'endpoint',
    ko: '엔드포인트',
    latin: ['Endpoint', 'Endpoints', 'endpoint', 'endpoints'],
    avoid: ['엔드 포인트'],
  },
  { en: 'Ingress', ko: '인그레스', latin: ['Ingress', 'Ingresses'], avoid: ['인그래스'] },
  { en: 'Deployment', ko: '디플로이먼트', latin: ['Deployment', 'Deployments'], avoid: ['디플로이 먼트'] },
  { en: 'ReplicaSet', ko: '레플리카셋', latin: ['ReplicaSet', 'ReplicaSets'], avoid: ['레플리카 셋'] },
  { en: 'Namespace', ko: '네임스페이스', latin: ['Namespace', 'Namespaces', 'namespace'], avoid: ['네임 스페이스'] },
  { en: 'label', ko: '레이블', latin: ['label', 'labels', 'Label', 'Labels'], avoid: ['라벨'] },
  { en: 'selector', ko: '셀렉터', latin: ['selector', 'selectors', 'Selector'], avoid: ['셀렉타', '선택기'] },
  { en: 'annotation', ko: '어노테이션', latin: ['annotation', 'annotations', 'Annotation'], avoid: ['애너테이션'] },
  { en: 'controller', ko: '컨트롤러', latin: ['controller', 'Controller'], avoid: [] },
  { en: 'cluster', ko: '클러스터', latin: ['cluster'], avoid: [] },
  { en: 'container', ko: '컨테이너', latin: ['container', 'containers', 'Container'], avoid: [] },
  { en: 'Control Plane', ko: '컨트롤 플레인', latin: ['control plane', 'Control Plane'], avoid: ['컨트롤플레인'] },
  {
    en: 'Session Affinity',
    ko: '세션 어피니티',
    latin: ['session affinity', 'Session Affinity'],
    avoid: ['세션 친화성'],
  },
  { en: 'health check', ko: '헬스 체크', latin: ['health check'], avoid: ['헬스체크', '상태 검사'] },
  { en: 'readiness probe', ko: '준비성 프로브', latin: [], avoid: ['레디니스 프로브'] },
  { en: 'traffic', ko: '트래픽', latin: ['traffic'], avoid: [] },
  { en: 'Kubernetes', ko: '쿠버네티스', latin: ['Kubernetes'], avoid: ['쿠베르네티스'] },
];

export interface GlossaryViolation {
  term: GlossaryTerm;
  /** The spelling found. */
  found: string;
  /** Where in the text (the prose, code taken out). */
  at: number;
  /** A few characters around it, for the failure message. */
  context: string;
}

/**
 * A Latin word counts only when it stands alone: `pod/client`, `my-service`, `app.kubernetes.io/name`,
 * `Service:` at the start of a YAML line and `{clusterIP:my-service}` are names and code, not prose.
 */
const NAME_CHAR = /[A-Za-z0-9_./:=-]/;

function standsAlone(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : ' ';
  const after = end < text.length ? text[end]! : ' ';
  if (NAME_CHAR.test(before)) return false;
  // a word followed by `/`, `.`, `-`, `=`, `:x` or a letter is part of a name; a sentence may end with `.` or `:`
  if (/[A-Za-z0-9_/=-]/.test(after)) return false;
  if ((after === '.' || after === ':') && end + 1 < text.length && /[A-Za-z0-9_{]/.test(text[end + 1]!)) return false;
  return true;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Terms of `prose` (Korean text with its code already taken out) written against the glossary. */
export function glossaryViolations(text: string): GlossaryViolation[] {
  // What a server prints verbatim (`503 Service Temporarily Unavailable`) is not prose: blanked out,
  // same length, so `at` still points into the text.
  const prose = blankVerbatim(text);
  const out: GlossaryViolation[] = [];
  for (const term of GLOSSARY) {
    for (const word of term.latin) {
      for (const m of prose.matchAll(new RegExp(escape(word), 'g'))) {
        const end = m.index + word.length;
        if (!standsAlone(prose, m.index, end)) continue;
        out.push({ term, found: word, at: m.index, context: prose.slice(Math.max(0, m.index - 20), end + 20) });
      }
    }
    for (const word of term.avoid) {
      for (const m of prose.matchAll(new RegExp(escape(word), 'g'))) {
        out.push({
          term,
          found: word,
          at: m.index,
          context: prose.slice(Math.max(0, m.index - 20), m.index + word.length + 20),
        });
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
