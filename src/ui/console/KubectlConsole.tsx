// The kubectl console pane: a terminal where learners type what the seed tells them to type,
// against the simulated cluster. Output is shown exactly as the core prints it (stderr in its
// own colour), always as text. Keys: Enter runs, Up/Down walk the history, Tab completes (on an
// empty line it moves focus on, so the pane never traps the keyboard), Ctrl+L clears, Ctrl+C
// abandons the line, Ctrl+A/E/U/K/W edit it as readline does. In a pod shell (`kubectl run -it`)
// the prompt is the pod's `/ # ` and Ctrl+D on an empty line ends the shell.
import '../i18n/laterWords.ts';
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore, type KeyboardEvent } from 'react';
import { appConsoleSession } from './appSession.ts';
import { applyLineKey, lineKeyFor } from './lineEditing.ts';
import './console.css';
import { useT } from '../i18n/useT.ts';

export function KubectlConsole() {
  const t = useT();
  const session = appConsoleSession();
  const { entries, line, busy, prompt, shellPod } = useSyncExternalStore(session.subscribe, session.snapshot);
  const input = useRef<HTMLInputElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const caret = useRef<number | null>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);
  // Keep the newest output in view, as a terminal scrolls.
  useLayoutEffect(() => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries]);
  // A readline key or a completion moved the caret: put it there after React wrote the value.
  useLayoutEffect(() => {
    const el = input.current;
    if (el && caret.current !== null) {
      el.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    }
  }, [line]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const key = lineKeyFor(e);
    if (key) {
      e.preventDefault();
      const next = applyLineKey({ value: line, cursor: e.currentTarget.selectionStart ?? line.length }, key);
      caret.current = next.cursor;
      if (next.value === line) e.currentTarget.setSelectionRange(next.cursor, next.cursor);
      else session.setLine(next.value);
      return;
    }
    if (e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === 'l') {
      e.preventDefault();
      session.clear();
    } else if (
      e.ctrlKey &&
      !e.metaKey &&
      !e.altKey &&
      e.key.toLowerCase() === 'c' &&
      e.currentTarget.selectionStart === e.currentTarget.selectionEnd
    ) {
      e.preventDefault();
      session.cancel();
    } else if (
      e.ctrlKey &&
      !e.metaKey &&
      !e.altKey &&
      e.key.toLowerCase() === 'd' &&
      shellPod !== null &&
      line === ''
    ) {
      e.preventDefault();
      void session.eof();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void session.run();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      if (e.key === 'ArrowUp') session.up();
      else session.down();
      caret.current = Number.MAX_SAFE_INTEGER;
    } else if (e.key === 'Tab' && line.trim() !== '') {
      e.preventDefault();
      void session.complete(e.shiftKey).then(() => {
        caret.current = Number.MAX_SAFE_INTEGER;
        const el = input.current;
        if (el) el.setSelectionRange(el.value.length, el.value.length);
      });
    }
  };

  return (
    <div
      className="kubectl-console"
      onClick={() => {
        if (!window.getSelection()?.toString()) input.current?.focus();
      }}
    >
      <div ref={log} className="console-log" role="log" aria-live="polite" aria-label={t('console.output')}>
        {entries.length === 0 ? <p className="console-hint">{t('console.hint')}</p> : null}
        <pre className="console-text">
          {entries.map((e) => (
            <span key={e.id} className={`console-entry-${e.kind}`}>
              {e.text}
            </span>
          ))}
        </pre>
      </div>
      <label className="console-line">
        <span className="console-prompt" aria-hidden="true" data-shell-pod={shellPod ?? undefined}>
          {prompt}
        </span>
        <input
          ref={input}
          type="text"
          value={line}
          onChange={(e) => session.setLine(e.target.value)}
          onKeyDown={onKeyDown}
          aria-label={t('console.command')}
          aria-busy={busy}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
        />
      </label>
    </div>
  );
}
