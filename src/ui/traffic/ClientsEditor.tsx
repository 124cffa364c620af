// The clients box's contents: one row per client (its source, target and rate, editable) and the
// form that adds one. It loads when the box is first opened, or once the first packets are on screen
// (TrafficControls.tsx), so the page's first diagram does not wait for its code. Clients are
// declarations (a Service and port by name, a workload's pod), shown and edited in the core's text
// form (core/sim/clientText.ts); the worker resolves them on every load, and a client that names
// nothing says so in its own row and sends nothing.
import { useMemo, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { setClients, useStore } from '../store.ts';
import type { ClientDecl, SourceDecl } from '../../worker/protocol.ts';
import {
  formatSourceDecl,
  formatTargetDecl,
  parseSourceDecl,
  parseTargetDecl,
  unusedExternalIP,
} from '../../core/sim/clientText.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { messageText } from '../../text/messages.ts';
import type { Translate } from '../i18n/translate.ts';
import { problemText } from './clientProblem.ts';
import { sourceSuggestions, targetSuggestions } from './clientSuggestions.ts';

/** The rates a client may send at, per simulated second (the diagram draws at most this many per client). */
export const RATE_LIMITS = { min: 0.1, max: 50 } as const;

/** A rate typed by the user: a number from RATE_LIMITS.min to .max, or the message saying why not (page language). */
export function readRate(text: string, t: Translate): { ok: true; rate: number } | { ok: false; error: string } {
  const n = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(n)) return { ok: false, error: t('traffic.rateNotNumber') };
  if (n < RATE_LIMITS.min || n > RATE_LIMITS.max)
    return { ok: false, error: t('traffic.rateRange', { min: RATE_LIMITS.min, max: RATE_LIMITS.max }) };
  return { ok: true, rate: n };
}

interface Props {
  /** The clients shown: the user's own list, or the defaults the core chose on this load. */
  rows: ClientDecl[];
  /** Each running client's colour, as the diagram and the counters draw it. */
  colors: ReadonlyMap<string, string>;
}

export function ClientsEditor({ rows, colors }: Props) {
  const { problems, view } = useStore(useShallow((s) => ({ problems: s.clientProblems, view: s.view })));
  const insideTargets = useMemo(() => targetSuggestions(view), [view]);
  const outsideTargets = useMemo(() => targetSuggestions(view, true), [view]);
  const sources = useMemo(() => sourceSuggestions(view), [view]);
  const [kind, setKind] = useState<'external' | 'pod'>('external');
  const [ip, setIp] = useState<string | null>(null);
  const [pod, setPod] = useState('');
  const [to, setTo] = useState('');
  const [rateText, setRateText] = useState('2');
  const [formError, setFormError] = useState<string | null>(null);
  const [rowRates, setRowRates] = useState<Record<string, string>>({});
  const t = useT();
  const lang = useLanguage();
  const freeIP = unusedExternalIP(rows);
  const suggestions = kind === 'external' ? outsideTargets : insideTargets;

  const add = (e: FormEvent): void => {
    e.preventDefault();
    const rate = readRate(rateText, t);
    const target = parseTargetDecl(to || suggestions[0] || '');
    const from: SourceDecl | null =
      kind === 'external'
        ? { kind: 'external', ip: ip ?? freeIP }
        : (() => {
            const r = parseSourceDecl(pod || sources[0] || '');
            return r.ok ? r.value : null;
          })();
    const error = !rate.ok
      ? rate.error
      : !target.ok
        ? // a target typed that does not read says which form it missed (the core's code, worded in the page's language)
          target.problem.code !== 'decl.emptyTarget'
          ? messageText(lang, target.problem)
          : t(kind === 'external' ? 'traffic.noOutsideTarget' : 'traffic.noTarget')
        : !from
          ? t('traffic.noSourcePod')
          : from.kind === 'external' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(from.ip ?? '')
            ? t('traffic.badClientIP')
            : null;
    setFormError(error);
    if (error || !rate.ok || !target.ok || !from) return;
    let n = rows.length + 1;
    while (rows.some((c) => c.id === `client-${n}`)) n++;
    setClients([...rows, { id: `client-${n}`, from, to: target.value, rate: rate.rate }]);
    setIp(null);
    setTo('');
  };
  // Editing a default client makes the list the user's own (it stops following the default choice).
  const update = (id: string, patch: Partial<ClientDecl>): void =>
    setClients(rows.map((c) => (c.id === id ? { ...c, ...patch } : c)));

  return (
    <>
      <ul className="k-clients" aria-label={t('traffic.clients')}>
        {rows.map((c) => {
          const problem = problems[c.id];
          const rateError = rowRates[c.id] === undefined ? null : readRate(rowRates[c.id]!, t);
          return (
            <li key={c.id} className="k-row" data-client={c.id} data-unresolved={problem ? problem.code : undefined}>
              <span className="k-swatch" style={{ background: colors.get(c.id) }} aria-hidden="true" />
              <span className="k-mono">{c.id}</span>
              <span className="k-dim k-mono">{formatSourceDecl(c.from)}</span>
              <span aria-hidden="true">→</span>
              <input
                aria-label={t('traffic.clientTarget', { id: c.id })}
                className="k-mono"
                defaultValue={formatTargetDecl(c.to)}
                key={formatTargetDecl(c.to)}
                list={c.from.kind === 'external' ? 'k-targets-outside' : 'k-targets'}
                onBlur={(e) => {
                  const r = parseTargetDecl(e.target.value);
                  if (r.ok && formatTargetDecl(r.value) !== formatTargetDecl(c.to)) update(c.id, { to: r.value });
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
                }}
              />
              <label>
                <input
                  type="text"
                  inputMode="decimal"
                  aria-label={t('traffic.clientRate', { id: c.id })}
                  aria-invalid={rateError && !rateError.ok ? true : undefined}
                  value={rowRates[c.id] ?? String(c.rate)}
                  style={{ width: '4em' }}
                  onChange={(e) => {
                    const text = e.target.value;
                    const r = readRate(text, t);
                    setRowRates((m) => ({ ...m, [c.id]: text }));
                    if (r.ok) update(c.id, { rate: r.rate });
                  }}
                  onBlur={() =>
                    setRowRates((m) => {
                      const { [c.id]: _gone, ...rest } = m;
                      return rest;
                    })
                  }
                />
                {t('traffic.perSecond')}
              </label>
              <button
                type="button"
                className="k-btn"
                aria-label={t('traffic.removeClient', { id: c.id })}
                onClick={() => setClients(rows.filter((x) => x.id !== c.id))}
              >
                {t('traffic.remove')}
              </button>
              {rateError && !rateError.ok && (
                <span className="k-error" role="alert">
                  {rateError.error}
                </span>
              )}
              {problem && (
                <span className="k-warn" role="status" data-testid="client-problem">
                  {problemText(problem, t)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <details className="k-add">
        <summary>{t('traffic.addClient')}</summary>
        <form className="k-row" onSubmit={add} aria-label={t('traffic.addClient')} noValidate>
          <select
            aria-label={t('traffic.clientKind')}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value === 'pod' ? 'pod' : 'external');
              setTo('');
              setFormError(null);
            }}
          >
            <option value="external">{t('traffic.external')}</option>
            <option value="pod">{t('traffic.inClusterPod')}</option>
          </select>
          {kind === 'external' ? (
            <input
              aria-label={t('traffic.clientIP')}
              className="k-mono"
              value={ip ?? freeIP}
              onChange={(e) => setIp(e.target.value)}
              style={{ width: '9em' }}
            />
          ) : (
            <select aria-label={t('traffic.fromPod')} value={pod} onChange={(e) => setPod(e.target.value)}>
              {sources.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          )}
          <input
            aria-label={t('traffic.target')}
            className="k-mono"
            placeholder={suggestions[0] ?? ''}
            value={to}
            list={kind === 'external' ? 'k-targets-outside' : 'k-targets'}
            onChange={(e) => setTo(e.target.value)}
          />
          <label>
            <input
              type="text"
              inputMode="decimal"
              aria-label={t('traffic.ratePerSecond')}
              aria-invalid={formError !== null && !readRate(rateText, t).ok ? true : undefined}
              value={rateText}
              style={{ width: '4em' }}
              onChange={(e) => setRateText(e.target.value)}
            />
            {t('traffic.perSecond')}
          </label>
          <button type="submit" className="k-btn">
            {t('traffic.addClientButton')}
          </button>
          {formError && (
            <span className="k-error" role="alert" data-testid="add-client-error">
              {formError}
            </span>
          )}
        </form>
      </details>
      <datalist id="k-targets">
        {insideTargets.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <datalist id="k-targets-outside">
        {outsideTargets.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </>
  );
}
