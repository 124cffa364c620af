// A Service card's findings and badge: the text in the page's language, and how many lines each
// wraps to in whichever language needs more (the card's height is set before the page lays it out).
import { SIZE } from './layout.ts';
import { findingText } from './findingText.ts';
import { LANGUAGES, translate, type Language } from '../i18n/translate.ts';
import type { Said, ServiceFinding } from '../../worker/protocol.ts';
import { saidText } from '../../text/said.ts';

/**
 * Lines the "selects no pods: <reason>" badge wraps to in a Service box (ServiceNode.tsx,
 * boxes.css .k-badge), in whichever language needs more; a Hangul syllable is about as wide as
 * two Latin letters.
 */
export function badgeLines(why: Said | undefined, nearMiss?: ServiceFinding): number {
  // One line to spare: the browser also breaks after hyphens, and the icon takes the first line's start.
  return Math.max(
    1,
    ...LANGUAGES.map((lang) => wrappedLines(badgeText(lang, why, nearMiss), SIZE.serviceBadgeChars) + 1),
  );
}

/** Lines a port's finding wraps to on the card (ServiceNode.tsx .k-port-why), in whichever language needs more. */
export function whyLines(f: ServiceFinding): number {
  return Math.max(...LANGUAGES.map((lang) => wrappedLines(findingText(f, lang), SIZE.serviceWhyChars)));
}

/** Lines a text wraps to at `cap` Latin letters a line: whole words first, a word longer than a line broken anywhere. */
function wrappedLines(text: string, cap: number): number {
  const width = (w: string): number => [...w].reduce((n, ch) => n + (/[\u1100-\uFFDC]/.test(ch) ? 1.8 : 1), 0);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = width(word);
    const need = used === 0 ? w : used + 1 + w;
    if (need <= cap) used = need;
    else if (w <= cap) {
      lines++;
      used = w;
    } else {
      // Broken anywhere: it fills the rest of this line, then whole lines.
      const rest = w - (used === 0 ? 0 : cap - used - 1);
      lines += Math.ceil(rest / cap) - (used === 0 ? 1 : 0);
      used = rest % cap || cap;
    }
  }
  return lines;
}

/**
 * The badge of a Service with a selector and no endpoint: the near miss the core found ("selects no
 * pods: pod web has app=myapp…"), else the core's explanation in the page's language (it says itself
 * that the selector matches no pods, or that the matching pods are not Ready), else the short label.
 */
export function badgeText(lang: Language, why: Said | undefined, nearMiss?: ServiceFinding): string {
  if (nearMiss) return translate(lang, 'box.selectsNoPodsWhy', { reason: findingText(nearMiss, lang) });
  return why ? saidText(lang, why) : translate(lang, 'box.selectsNoPods');
}

/** The findings a card lists: the near miss, and one per Service port and kind (not one per pod). */
export function cardFindings(all: readonly ServiceFinding[]): ServiceFinding[] {
  const seen = new Set<string>();
  return all.filter((f) => {
    const k = f.code === 'selector-near-miss' ? f.code : `${f.code}:${f.portIndex}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
