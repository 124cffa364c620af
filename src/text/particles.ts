// Korean particles chosen from the word before them, the way a Korean reader says that word:
// `{pod}이(가)` becomes "web-1이" or "client가". A Korean template writes the particle in its
// doubled form right after a `{value}`; translate.ts and richText.tsx replace it when they fill the
// value. Which form depends on whether the word's last syllable, as read aloud, has a final consonant
// (받침), and for (으)로 whether that consonant is ㄹ ("30007로", "web으로").
//
// How a word is read (the rule this file implements; tests in particles.test.ts):
// - Hangul: its last syllable.
// - Digits: Sino-Korean, as port numbers and counts are read. The last digit: 0 영, 1 일, 2 이, 3 삼,
//   4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구; a number ending in zeros ends in its place word: 10 십, 100 백,
//   1000 천, 10000 만 ("8080" 팔천팔십 → 받침 ㅂ → "8080으로"; "30007" → 칠 → "30007로").
// - An all-capital abbreviation is read letter by letter: L 엘, R 알 (ㄹ), M 엠, N 엔 (받침), the other
//   letters have none (IP 아이피 → "IP로", "ClusterIP가": the word's last capital run counts).
// - Other Latin words are read as English loanwords: ending in l (ㄹ: "Local을", "pool로"), m, n or ng
//   (받침: "nginx" no, "main"→"main은"), or in b, p, t, k, c, ck after one short vowel ("web"→웹,
//   "app"→앱, "tomcat"→톰캣: 받침); otherwise none ("service" 서비스, "pod" 파드, "client" 클라이언트,
//   "node" 노드, "LoadBalancer" 로드밸런서).
// - Trailing punctuation, quotes and brackets are skipped ("my-service:80" reads as 80, 팔십).

export type ParticleForm = '이(가)' | '을(를)' | '은(는)' | '와(과)' | '과(와)' | '(으)로';

/** The final sound of a word as read: no final consonant, ㄹ, or another final consonant. */
export type FinalSound = 'none' | 'rieul' | 'other';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Index of ㄹ among the 28 final-consonant slots of a Hangul syllable (0 = none). */
const JONG_RIEUL = 8;

/** Sino-Korean reading of each last digit: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT: Record<string, FinalSound> = {
  '0': 'other',
  '1': 'rieul',
  '2': 'none',
  '3': 'other',
  '4': 'none',
  '5': 'none',
  '6': 'other',
  '7': 'rieul',
  '8': 'rieul',
  '9': 'none',
};
/** Place words a number ending in zeros ends with: 십, 백, 천, 만 (all with a final consonant). */
const PLACE: FinalSound = 'other';

function hangulFinal(ch: string): FinalSound {
  const jong = (ch.codePointAt(0)! - HANGUL_FIRST) % 28;
  return jong === 0 ? 'none' : jong === JONG_RIEUL ? 'rieul' : 'other';
}

function numberFinal(digits: string): FinalSound {
  if (/^0+$/.test(digits)) return 'other'; // 영
  const last = digits[digits.length - 1]!;
  return last === '0' ? PLACE : DIGIT[last]!;
}

function letterNameFinal(letter: string): FinalSound {
  const l = letter.toUpperCase();
  if (l === 'L' || l === 'R') return 'rieul'; // 엘, 알
  if (l === 'M' || l === 'N') return 'other'; // 엠, 엔
  return 'none';
}

const VOWEL = /[aeiou]/;

function englishFinal(word: string): FinalSound {
  const w = word.toLowerCase();
  const last = w[w.length - 1]!;
  if (last === 'l') return 'rieul';
  if (last === 'm' || last === 'n' || w.endsWith('ng')) return 'other';
  if ('bptkc'.includes(last)) {
    // a short vowel before the stop keeps it as a final consonant: web 웹, app 앱, hack 핵, tomcat 톰캣
    const stem = w.endsWith('ck') || /(bb|pp|tt)$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
    const v = stem[stem.length - 1];
    const beforeV = stem[stem.length - 2];
    if (v !== undefined && VOWEL.test(v) && (beforeV === undefined || !VOWEL.test(beforeV))) return 'other';
  }
  return 'none';
}

/** How the end of `word` sounds to a Korean reader (see the rule at the top of this file). */
export function finalSound(word: string): FinalSound {
  const w = word.replace(/[\s"'`()[\]{}<>.,;:!?/\\-]+$/u, '');
  if (w === '') return 'none';
  const ch = w[w.length - 1]!;
  const code = ch.codePointAt(0)!;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return hangulFinal(ch);
  const digits = /\d+$/.exec(w);
  if (digits) return numberFinal(digits[0]);
  const latin = /[A-Za-z]+$/.exec(w);
  if (!latin) return 'none';
  const run = latin[0];
  const caps = /[A-Z]{2,}$/.exec(run);
  // `IP`, `ClusterIP`, `DNS`: the closing capitals are an abbreviation read letter by letter
  if (caps && (caps[0].length === run.length || /[a-z]/.test(run[run.length - caps[0].length - 1] ?? '')))
    return letterNameFinal(run[run.length - 1]!);
  if (run.length === 1) return letterNameFinal(run);
  return englishFinal(run);
}

/** The particle `form` takes after `word`. */
export function particle(word: string, form: ParticleForm): string {
  const end = finalSound(word);
  const batchim = end !== 'none';
  switch (form) {
    case '이(가)':
      return batchim ? '이' : '가';
    case '을(를)':
      return batchim ? '을' : '를';
    case '은(는)':
      return batchim ? '은' : '는';
    case '와(과)':
    case '과(와)':
      return batchim ? '과' : '와';
    case '(으)로':
      return end === 'other' ? '으로' : '로';
  }
}

/** A `{value}` hole, maybe closed by a quote, maybe followed by a particle in its doubled form (`"{name}"을(를)`). */
export const HOLE_WITH_PARTICLE = /\{(\w+)\}("?)(이\(가\)|을\(를\)|은\(는\)|와\(과\)|과\(와\)|\(으\)로)?/g;
