// Every diagnostic of the current text, in document order; a click reveals its line in the editor.
import { useMemo } from 'react';
import { revealLine, useStore } from '../store.ts';
import { ErrorIcon, InfoIcon, WarningIcon } from '../icons.tsx';
import { useLanguage, useT } from '../i18n/useT.ts';
import { diagnosticText } from '../../text/messages.ts';

const ICON = { error: ErrorIcon, warning: WarningIcon, info: InfoIcon } as const;

export function ProblemsPanel() {
  const diagnostics = useStore((s) => s.diagnostics);
  const t = useT();
  const lang = useLanguage();
  const sorted = useMemo(() => [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column), [diagnostics]);
  if (sorted.length === 0) return <p className="empty">{t('problems.none')}</p>;
  return (
    <ul className="problems" aria-label={t('problems.label')}>
      {sorted.map((d, i) => {
        const Icon = ICON[d.severity];
        return (
          <li key={`${d.line}:${d.column}:${d.code}:${i}`}>
            <button
              type="button"
              className={`problem problem-${d.severity}`}
              onClick={() => revealLine(d.line, d.column)}
            >
              <Icon className="problem-icon" />
              {/* the playground's own limits in the page's language; the API server's and the parser's texts verbatim */}
              <span className="problem-message">{diagnosticText(lang, d)}</span>
              <span className="problem-where">
                {t('problems.where', { code: d.code, line: d.line, column: d.column })}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
