// Clients, play/pause/step, speed and seed. Every control is a native button/input/select, so it
// is keyboard reachable; focus is drawn by :focus-visible in diagram.css.
import { useMemo, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { pause, play, setClients, setSeed, setSpeed, step, stepBack, useStore } from '../store.ts';
import type { ClientSpec, ClusterView, Source } from '../../worker/protocol.ts';
import { formatSource } from '../../core/dataplane/sourceText.ts';
import { clientColors } from '../diagram/layout.ts';
import { EXTERNAL_IPS } from './defaultClients.ts';
import { isSystem } from '../diagram/fromClusterView.ts';
import { useT } from '../i18n/useT.ts';
import '../diagram/diagram.css';

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

/** Addresses worth offering as targets: Service names, ClusterIP:port, node:nodePort, LB IPs. */
export function targetSuggestions(view: ClusterView | null): string[] {
  if (!view) return [];
  const out: string[] = [];
  const node = view.nodes[0];
  for (const s of view.services) {
    const p = s.ports[0];
    if (!p || isSystem(s)) continue;
    out.push(s.namespace === 'default' ? s.name : `${s.name}.${s.namespace}`);
    if (s.clusterIP && s.clusterIP !== 'None') out.push(`http://${s.clusterIP}:${p.port}`);
    if (p.nodePort && node?.ip) out.push(`http://${node.ip}:${p.nodePort}`);
    for (const ip of s.lbIPs) out.push(`http://${ip}:${p.port}`);
  }
  for (const i of view.ingresses) for (const r of i.rules) if (r.host) out.push(`http://${r.host}/`);
  return [...new Set(out)];
}

export function TrafficControls() {
  const { clients, playing, speed, seed, time, view, theme } = useStore(
    useShallow((s) => ({
      clients: s.clients,
      playing: s.playing,
      speed: s.speed,
      seed: s.seed,
      time: Math.floor(s.time * 10) / 10,
      view: s.view,
      theme: s.theme,
    })),
  );
  const colors = useMemo(() => clientColors(clients.map((c) => c.id)), [clients]);
  const suggestions = useMemo(() => targetSuggestions(view), [view]);
  const pods = useMemo(
    () =>
      (view?.pods ?? [])
        .filter((p) => p.ip)
        .map((p) => `${p.namespace}/${p.name}`)
        .sort(),
    [view],
  );
  const [kind, setKind] = useState<'external' | 'pod'>('external');
  const [ip, setIp] = useState<string>(EXTERNAL_IPS[1]);
  const [pod, setPod] = useState('');
  const [to, setTo] = useState('');
  const [rate, setRate] = useState(2);
  const [seedText, setSeedText] = useState<string | null>(null);
  const t = useT();

  const add = (e: FormEvent): void => {
    e.preventDefault();
    const target = to || suggestions[0];
    const [namespace, name] = (pod || pods[0] || '').split('/');
    const from: Source =
      kind === 'external' ? { kind: 'external', ip } : { kind: 'pod', namespace: namespace ?? '', name: name ?? '' };
    if (!target || (from.kind === 'pod' && !from.name)) return;
    let n = clients.length + 1;
    while (clients.some((c) => c.id === `client-${n}`)) n++;
    const spec: ClientSpec = {
      id: `client-${n}`,
      from,
      to: target,
      rate: Math.min(50, Math.max(0.1, rate)),
    };
    setClients([...clients, spec]);
  };
  const update = (id: string, patch: Partial<ClientSpec>): void =>
    setClients(clients.map((c) => (c.id === id ? { ...c, ...patch } : c)));

  return (
    <section className="k-traffic" data-theme={theme} aria-label={t('traffic.label')}>
      <div className="k-row" role="toolbar" aria-label={t('traffic.simulation')}>
        <button
          type="button"
          className="k-btn"
          aria-pressed={playing}
          onClick={() => (playing ? pause() : play())}
          data-testid="play"
        >
          {playing ? t('traffic.pause') : t('traffic.play')}
        </button>
        <button type="button" className="k-btn" onClick={stepBack} aria-label={t('traffic.stepBack')}>
          ◀ {t('traffic.step')}
        </button>
        <button type="button" className="k-btn" onClick={step} aria-label={t('traffic.stepForward')}>
          {t('traffic.step')} ▶
        </button>
        <label>
          {t('traffic.speed')}{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('traffic.seed')}{' '}
          <input
            type="number"
            min={0}
            value={seedText ?? String(seed)}
            style={{ width: '6em' }}
            onChange={(e) => setSeedText(e.target.value)}
            onBlur={() => {
              if (seedText !== null) setSeed(Number(seedText));
              setSeedText(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
            }}
          />
        </label>
        <span className="k-mono k-dim" aria-label={t('traffic.time')}>
          t = {time.toFixed(1)} s
        </span>
      </div>
      <details className="k-clients-box">
        <summary>
          {t('traffic.clients')}{' '}
          {clients.map((c) => (
            <span key={c.id} className="k-client-chip">
              <span className="k-swatch" style={{ background: colors.get(c.id) }} aria-hidden="true" /> {c.id}
            </span>
          ))}
        </summary>
        <ul className="k-clients" aria-label={t('traffic.clients')}>
          {clients.map((c) => (
            <li key={c.id} className="k-row">
              <span className="k-swatch" style={{ background: colors.get(c.id) }} aria-hidden="true" />
              <span className="k-mono">{c.id}</span>
              <span className="k-dim k-mono">
                {c.from.kind === 'external' ? (c.from.ip ?? 'external') : formatSource(c.from)}
              </span>
              <span aria-hidden="true">→</span>
              <input
                aria-label={t('traffic.clientTarget', { id: c.id })}
                className="k-mono"
                value={c.to}
                list="k-targets"
                onChange={(e) => update(c.id, { to: e.target.value })}
              />
              <label>
                <input
                  type="number"
                  aria-label={t('traffic.clientRate', { id: c.id })}
                  min={0.1}
                  max={50}
                  step={0.1}
                  value={c.rate}
                  style={{ width: '4em' }}
                  onChange={(e) => update(c.id, { rate: Math.min(50, Math.max(0.1, Number(e.target.value) || 0.1)) })}
                />
                {t('traffic.perSecond')}
              </label>
              <button
                type="button"
                className="k-btn"
                aria-label={t('traffic.removeClient', { id: c.id })}
                onClick={() => setClients(clients.filter((x) => x.id !== c.id))}
              >
                {t('traffic.remove')}
              </button>
            </li>
          ))}
        </ul>
        <details className="k-add">
          <summary>{t('traffic.addClient')}</summary>
          <form className="k-row" onSubmit={add} aria-label={t('traffic.addClient')}>
            <select
              aria-label={t('traffic.clientKind')}
              value={kind}
              onChange={(e) => setKind(e.target.value === 'pod' ? 'pod' : 'external')}
            >
              <option value="external">{t('traffic.external')}</option>
              <option value="pod">{t('traffic.inClusterPod')}</option>
            </select>
            {kind === 'external' ? (
              <input
                aria-label={t('traffic.clientIP')}
                className="k-mono"
                value={ip}
                onChange={(e) => setIp(e.target.value)}
                style={{ width: '9em' }}
              />
            ) : (
              <select aria-label={t('traffic.fromPod')} value={pod} onChange={(e) => setPod(e.target.value)}>
                {pods.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            )}
            <input
              aria-label={t('traffic.target')}
              className="k-mono"
              placeholder={suggestions[0] ?? 'my-service'}
              value={to}
              list="k-targets"
              onChange={(e) => setTo(e.target.value)}
            />
            <label>
              <input
                type="number"
                aria-label={t('traffic.ratePerSecond')}
                min={0.1}
                max={50}
                step={0.1}
                value={rate}
                style={{ width: '4em' }}
                onChange={(e) => setRate(Number(e.target.value) || 1)}
              />
              {t('traffic.perSecond')}
            </label>
            <button type="submit" className="k-btn">
              {t('traffic.addClientButton')}
            </button>
          </form>
        </details>
      </details>
      <datalist id="k-targets">
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </section>
  );
}
