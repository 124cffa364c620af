// Play/pause/step, speed, seed and the clock, and the clients box: its summary names every client in
// its colour; the rows that edit them and the form that adds one are ClientsEditor.tsx. Every control
// is a native button/input/select, so it is keyboard reachable; focus is drawn by :focus-visible in
// controls.css.
import { lazy, memo, Suspense, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { setSpeed, step, stepBack, useStore } from '../store.ts';
import { PlayPauseButton } from './PlayPauseButton.tsx';
import { SeedField } from '../panels/SeedField.tsx';
import { clientColors } from '../diagram/layout.ts';
import { useT } from '../i18n/useT.ts';
import { afterFirstPackets } from '../startupGate.ts';
import { SteadyText } from './SteadyText.tsx';
import '../diagram/diagram.css';

const loadClientsEditor = () => import('./ClientsEditor.tsx');
const ClientsEditor = lazy(() => loadClientsEditor().then((m) => ({ default: m.ClientsEditor })));

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

/** The simulated clock, a tenth of a second at a time: its own component, so the clients' rows do not re-render with it. */
function SimClock({ label }: { label: string }) {
  const time = useStore((s) => Math.floor(s.time * 10) / 10);
  return <SteadyText className="k-mono k-dim" label={label} text={`t = ${time.toFixed(1)} s`} />;
}

// Memoised: the diagram around it renders again on every traffic answer, and the rows' inputs would
// be touched each time (React sets an input's name and type again whenever it renders it).
export const TrafficControls = memo(function TrafficControls() {
  const { clients, declared, running, speed, theme } = useStore(
    useShallow((s) => ({
      clients: s.clients,
      declared: s.declared,
      running: s.running,
      speed: s.speed,
      theme: s.theme,
    })),
  );
  // The rows: what the user declared, or the defaults the core chose on this load.
  const rows = clients ?? declared;
  const colors = useMemo(() => clientColors(running.map((c) => c.id)), [running]);
  // The rows' editor loads on the box's first opening, or once the first packets are on screen.
  const [open, setOpen] = useState(false);
  useEffect(() => afterFirstPackets(() => void loadClientsEditor()), []);
  const t = useT();

  return (
    <section className="k-traffic" data-theme={theme} aria-label={t('traffic.label')}>
      <div className="k-row" role="toolbar" aria-label={t('traffic.simulation')}>
        <PlayPauseButton />
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
        <SeedField label={t('traffic.seed')} className="k-seed" style={{ width: '6em' }} />
        <SimClock label={t('traffic.time')} />
      </div>
      <details className="k-clients-box" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {t('traffic.clients')}{' '}
          {rows.map((c) => (
            <span key={c.id} className="k-client-chip">
              <span className="k-swatch" style={{ background: colors.get(c.id) }} aria-hidden="true" /> {c.id}
            </span>
          ))}
        </summary>
        {open && (
          <Suspense fallback={null}>
            <ClientsEditor rows={rows} colors={colors} />
          </Suspense>
        )}
      </details>
    </section>
  );
});
