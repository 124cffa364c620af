// Compare mode (issue 5 "Classroom"): two variants of the scenario side by side, each loaded in
// its own simulation worker, with the same clients and the same seed, so the only difference in
// where requests land is the one setting the variant changes. Both sides are live: their packets
// fly on the playground's clock (looped over the seconds each side computed), so Play, Pause and
// the speed drive them together. With a lesson open, "my edit vs the lesson's start" compares the
// learner's text with the text the current step started from.
import '../i18n/laterWords.ts';
import { useEffect, useMemo, useState } from 'react';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useStore } from '../store.ts';
import { PlayPauseButton } from '../traffic/PlayPauseButton.tsx';
import { PacketCanvas } from '../diagram/PacketCanvas.tsx';
import { clientColors } from '../diagram/layout.ts';
import { toFlights } from '../traffic/useFlights.ts';
import { useLessonPosition } from '../lessons/lessonStore.ts';
import { findLesson, stepStart } from '../lessons/catalog.ts';
import { nodeTypes, edgeTypes } from '../diagram/flowTypes.ts';
import { toFlowElements } from '../diagram/toFlowElements.ts';
import { type FlowNode } from '../diagram/flowShapes.ts';
import { VIRTUALIZE_ABOVE_NODES } from '../diagram/layout.ts';
import { fromClusterView, toViewClients } from '../diagram/fromClusterView.ts';
import { countByPod } from '../traffic/counters.ts';
import { makeVariant, VARIANTS, type CompareChoice } from './variants.ts';
import { runSide, type SideResult } from './compareRun.ts';
import type { ClientDecl } from '../../worker/protocol.ts';
import { setMode, useClassroom } from './classroomMode.ts';
import './classroom.css';
import { useLanguage, useT } from '../i18n/useT.ts';
import { outcomeText, reasonText } from '../../text/said.ts';
import { clientSide, comparedClients, type ClientSide } from './clientDiff.ts';
import type { Language } from '../i18n/translate.ts';
import type { Translate } from '../i18n/translate.ts';

/** Simulated seconds of traffic each side computes. */
export const COMPARE_SECONDS = 10;

type Sides = { key: string; left: SideResult; right: SideResult } | null;

function SideDiagram({ side, label }: { side: SideResult; label: string }) {
  const theme = useStore((s) => s.theme);
  const els = useMemo(
    () =>
      side.view
        ? toFlowElements(fromClusterView(side.view), toViewClients(side.running, side.entries), {
            aspect: 1,
          })
        : { nodes: [], edges: [] },
    [side],
  );
  const flights = useMemo(
    () => toFlights(side.results, side.running, els, clientColors(side.running.map((c) => c.id))),
    [side, els],
  );
  return (
    <div className="ksp-diagram k-compare-diagram" data-theme={theme} data-testid={`compare-diagram-${label}`}>
      <ReactFlowProvider>
        <ReactFlow<FlowNode>
          nodes={els.nodes}
          edges={els.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          fitView
          fitViewOptions={{ padding: 0.06 }}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          proOptions={{ hideAttribution: true }}
          colorMode={theme}
          minZoom={0.1}
          onlyRenderVisibleElements={els.nodes.length > VIRTUALIZE_ABOVE_NODES}
        >
          <PacketCanvas flights={flights} loop={COMPARE_SECONDS} probe={false} />
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}

export function CompareView() {
  const { mode } = useClassroom();
  const text = useStore((s) => s.text);
  const seed = useStore((s) => s.seed);
  // The same declarations on both sides: the user's, or the defaults the playground runs now.
  // By value: the store gets a new (equal) list with every traffic answer, which must not rerun both sides.
  const clientsKey = useStore((s) => JSON.stringify(s.clients ?? s.declared));
  const [chosen, setVariant] = useState<CompareChoice>('local');
  const t = useT();
  const lang = useLanguage();
  const [computed, setSides] = useState<Sides>(null);
  // The text the open lesson step started from (null: no lesson open).
  const position = useLessonPosition();
  const lesson = position.lessonId ? findLesson(position.lessonId) : undefined;
  const lessonStart = lesson ? stepStart(lesson, position.step, lang) : null;
  const variant: CompareChoice = chosen === 'lesson' && lessonStart === null ? 'local' : chosen;
  // Only the answer for what is asked now: an older variant's results never show under the new one's titles.
  const current = JSON.stringify([text, seed, variant, clientsKey, variant === 'lesson' ? lessonStart : null]);
  const sides = computed?.key === current ? computed : null;
  const field = VARIANTS.find((x) => x.id === variant);
  const v =
    variant === 'lesson' || !field
      ? { left: t('classroom.lessonStart'), right: t('classroom.myEdit') }
      : { left: field.left, right: field.right };

  useEffect(() => {
    if (mode !== 'compare') return;
    let live = true;
    const { left, right } =
      variant === 'lesson' ? { left: lessonStart ?? text, right: text } : makeVariant(text, variant);
    const clients = JSON.parse(clientsKey) as ClientDecl[];
    const key = JSON.stringify([text, seed, variant, clientsKey, variant === 'lesson' ? lessonStart : null]);
    void Promise.all([
      runSide(left, seed, clients, COMPARE_SECONDS),
      runSide(right, seed, clients, COMPARE_SECONDS),
    ]).then(([l, r]) => {
      if (live) setSides({ key, left: l, right: r });
    });
    return () => {
      live = false;
    };
  }, [mode, text, seed, clientsKey, variant, lessonStart]);
  const busy = sides === null;

  useEffect(() => {
    if (mode !== 'compare') return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setMode('off');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode]);

  if (mode !== 'compare') return null;
  const l = sides ? countByPod(sides.left.results, COMPARE_SECONDS) : null;
  const r = sides ? countByPod(sides.right.results, COMPARE_SECONDS) : null;
  const pods = [...new Set([...(l?.pods ?? []), ...(r?.pods ?? [])].map((p) => p.pod))].sort();
  const outcomes = [...new Set([...Object.keys(l?.failures ?? {}), ...Object.keys(r?.failures ?? {})])].sort();
  const count = (d: typeof l, pod: string): number => d?.pods.find((p) => p.pod === pod)?.total ?? 0;
  return (
    <div
      className="k-compare"
      role="dialog"
      aria-modal="true"
      aria-label={t('classroom.compareTitle')}
      data-testid="compare"
    >
      <header className="k-compare-head">
        <h2>{t('classroom.compare')}</h2>
        <label>
          {t('classroom.variant')}{' '}
          <select
            value={variant}
            onChange={(e) => setVariant(e.target.value as CompareChoice)}
            aria-label={t('classroom.variant')}
          >
            {VARIANTS.map((x) => (
              <option key={x.id} value={x.id}>
                {t('classroom.variantTitle', { field: x.field, left: x.left, right: x.right })}
              </option>
            ))}
            {lessonStart !== null && <option value="lesson">{t('classroom.variantLesson')}</option>}
          </select>
        </label>
        <PlayPauseButton testId="compare-play" />
        <span className="k-dim">
          {t('classroom.compareMeta', { seed, seconds: COMPARE_SECONDS })}
          {busy ? ` · ${t('classroom.computing')}` : ''}
        </span>
        <button type="button" className="k-btn" onClick={() => setMode('off')}>
          {t('classroom.closeEsc')}
        </button>
      </header>
      <div className="k-compare-panes">
        {(['left', 'right'] as const).map((side) => (
          <section key={side} className="k-compare-pane" aria-label={side === 'left' ? v.left : v.right}>
            <h3>{side === 'left' ? v.left : v.right}</h3>
            {!sides ? (
              <p className="k-dim">{t('tabs.loading')}</p>
            ) : sides[side].view ? (
              <SideDiagram side={sides[side]} label={side} />
            ) : (
              <p className="k-fail" role="status">
                {t('classroom.sideFailed', { message: sideFailure(sides[side], t) })}
              </p>
            )}
          </section>
        ))}
      </div>
      <div className="k-compare-tables">
        <table className="k-table k-compare-table" data-testid="compare-counters">
          <thead>
            <tr>
              <th>{t('classroom.answeredBy')}</th>
              <th>{v.left}</th>
              <th>{v.right}</th>
            </tr>
          </thead>
          <tbody>
            {pods.map((p) => (
              <tr key={p} data-pod={p}>
                <td className="k-mono">{p.replace(/^default\//, '')}</td>
                <td data-side="left">{count(l, p)}</td>
                <td data-side="right">{count(r, p)}</td>
              </tr>
            ))}
            {outcomes.map((o) => (
              <tr key={o} className="k-fail" data-outcome={o}>
                <td>{outcomeText(lang, o)}</td>
                <td data-side="left">{l?.failures[o] ?? 0}</td>
                <td data-side="right">{r?.failures[o] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {sides && (
          <table className="k-table k-compare-table" data-testid="compare-clients">
            <caption>{t('compare.perClient')}</caption>
            <thead>
              <tr>
                <th>{t('compare.client')}</th>
                <th>{v.left}</th>
                <th>{v.right}</th>
              </tr>
            </thead>
            <tbody>
              {comparedClients(sides.left.results, sides.right.results).map((id) => {
                const a = sideText(clientSide(sides.left.results, id), t, lang);
                const b = sideText(clientSide(sides.right.results, id), t, lang);
                const differs = a !== b;
                return (
                  <tr key={id} data-client={id} className={differs ? 'k-differs' : undefined}>
                    <th scope="row">{id || t('timeline.noClient')}</th>
                    <td data-side="left">{a}</td>
                    <td data-side="right">{b}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

/** One side of one client in words: where its requests went, the source the pods saw, what failed and why. */
function sideText(c: ClientSide, t: Translate, lang: Language): string {
  if (c.requests === 0) return t('compare.none');
  const parts: string[] = [];
  const answered = c.pods.reduce((n, [, k]) => n + k, 0);
  if (c.pods.length === 1)
    parts.push(t('compare.onePod', { pod: c.pods[0]![0].replace(/^default\//, ''), count: answered }));
  else if (c.pods.length > 1) parts.push(t('compare.pods', { count: c.pods.length, answered }));
  const ips = c.snatTo.join(', ');
  if (c.snatTo.length > 0) parts.push(c.kept ? t('compare.keptOrSnat', { ips }) : t('compare.snat', { ips }));
  else if (c.kept) parts.push(t('compare.kept'));
  for (const [outcome, n] of c.failures) parts.push(`${outcomeText(lang, outcome)} ×${n}`);
  if (c.firstWhy) parts.push(reasonText(lang, c.firstWhy));
  return parts.join(' · ');
}

/** Why a side shows no diagram: its first problem, or why the simulator gave no answer. */
function sideFailure(side: SideResult, t: Translate): string {
  const f = side.failure;
  if (f?.why === 'timeout') return t('classroom.sideTimeout', { seconds: f.afterMs / 1000 });
  if (f?.why === 'error') return f.message;
  return side.diagnostics[0]?.message ?? t('classroom.noAnswer');
}
