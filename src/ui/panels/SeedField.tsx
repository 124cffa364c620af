// The seed field (the header's and the traffic controls'): a whole number from 0, typed as text and
// checked here, so what is wrong with it is said in the page's language (a type="number" field's
// messages are the browser's, in the browser's language). A refused value is not applied; leaving
// the field puts the current seed back.
import { useId, useState, type CSSProperties } from 'react';
import { setSeed, useStore } from '../store.ts';
import { useT } from '../i18n/useT.ts';
import type { Translate } from '../i18n/translate.ts';

/** The seed a text gives, or why it gives none (store.ts setSeed takes a safe integer from 0). */
export function readSeed(text: string, t: Translate): { ok: true; seed: number } | { ok: false; error: string } {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n))
    return { ok: false, error: t('header.seedInvalid', { max: Number.MAX_SAFE_INTEGER }) };
  return { ok: true, seed: n };
}

export function SeedField(props: { label: string; className?: string; style?: CSSProperties; describedBy?: string }) {
  const seed = useStore((s) => s.seed);
  const t = useT();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const read = draft === null ? null : readSeed(draft, t);
  const error = read && !read.ok ? read.error : null;
  const commit = () => {
    if (read?.ok) setSeed(read.seed);
    setDraft(null);
  };
  return (
    <label className={props.className}>
      {props.label}{' '}
      <input
        type="text"
        inputMode="numeric"
        value={draft ?? String(seed)}
        style={props.style}
        aria-invalid={error ? true : undefined}
        aria-describedby={[props.describedBy, error ? errorId : undefined].filter(Boolean).join(' ') || undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {error && (
        <span id={errorId} className="k-seed-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
