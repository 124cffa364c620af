// A read-only text with its label and a Copy button (the clipboard, or the text selected for Ctrl+C
// when the page may not write the clipboard): the Share dialog's link and snippet, the export's files.
import '../i18n/laterWords.ts';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';

export function CopyField({
  label,
  value,
  rows,
  testId,
}: {
  label: string;
  value: string;
  rows: number;
  testId: string;
}): ReactNode {
  const [copied, setCopied] = useState(false);
  const t = useT();
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard permission: select the text so Ctrl+C works.
      ref.current?.select();
    }
  };
  return (
    <div className="share-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={ref}
        readOnly
        rows={rows}
        value={value}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="k-btn" onClick={() => void copy()}>
        {copied ? t('share.copied') : t('share.copy')}
      </button>
    </div>
  );
}
