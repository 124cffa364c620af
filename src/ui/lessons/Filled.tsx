// A lesson text with its placeholders shown as the cluster's values (`10.101.125.168`,
// `192.168.1.11:30007`), filled by the core (fillTemplate) on the current scenario; until then, or
// when the cluster has no such thing yet, the placeholder is described in words ("ClusterIP of
// my-service"). A `{…}` never reaches the page.
import '../i18n/laterWords.ts';
import { Fragment, type ReactNode } from 'react';
import type { FilledTemplate } from '../../core/lessons/index.ts';
import { cutTemplate, hasPlaceholder } from '../../worker/protocol.ts';
import type { Translate } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/useT.ts';
import { useLessonStore } from './lessonStore.ts';

const KNOWN: Record<string, MessageKey> = {
  clusterIP: 'placeholder.clusterIP',
  nodeIP: 'placeholder.nodeIP',
  lbIP: 'placeholder.lbIP',
  nodePort: 'placeholder.nodePort',
  podIP: 'placeholder.podIP',
};

/** A placeholder the cluster cannot fill, in words. */
export function describePlaceholder(placeholder: string, arg: string, t: Translate): string {
  if (placeholder === 'nodeIP' && arg === '*') return t('placeholder.allNodes');
  const key = Object.hasOwn(KNOWN, placeholder) ? KNOWN[placeholder]! : 'placeholder.unknown';
  return t(key, { name: arg.replace(/:.*$/, '') });
}

/** The text's content: every expansion joined, or its parts with the missing ones described. */
export function filledContent(template: string, filled: FilledTemplate | undefined, t: Translate): ReactNode {
  if (!hasPlaceholder(template)) return template;
  if (filled?.values) return filled.values.join(', ');
  // Until the worker has answered: the text cut at its placeholders, each described in words.
  const parts = filled?.parts ?? cutTemplate(null, template).parts;
  return parts.map((p, i) =>
    'text' in p ? (
      <Fragment key={i}>{p.text}</Fragment>
    ) : p.values ? (
      <Fragment key={i}>{p.values.join(', ')}</Fragment>
    ) : (
      <var key={i} className="lessons-placeholder">
        {describePlaceholder(p.placeholder, p.arg, t)}
      </var>
    ),
  );
}

/** Hook form: reads the filled values from the lesson store. */
export function useFill(): (template: string) => ReactNode {
  const filled = useLessonStore((s) => s.filled);
  const t = useT();
  return (template: string) => filledContent(template, filled[template], t);
}
