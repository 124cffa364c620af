// Compare mode (issue 5 "Classroom"): two variants of the scenario side by side, each loaded in
// its own simulation worker, with the same clients and the same seed, so the only difference in
// where requests land is the one setting the variant changes.
import { useEffect, useMemo, useState } from 'react';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useStore } from '../store.ts';
import { nodeTypes, edgeTypes } from '../diagram/flowTypes.ts';
import { toFlowElements, type FlowNode } from '../diagram/toFlowElements.ts';
import { VIRTUALIZE_ABOVE_NODES } from '../diagram/layout.ts';
import { fromClusterView, toViewClients } from '../diagram/fromClusterView.ts';
import { countByPod } from '../traffic/counters.ts';
import { makeVariant, VARIANTS, type VariantId } from './variants.ts';
import { COMPARE_TIMEOUT_MS, runSide, type SideResult } from './compareRun.ts';
import { setMode, useClassroom } from './classroomMode.ts';
import './classroom.css';
import { useT } from '../i18n/useT.ts';
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
        />
      </ReactFlowProvider>
    </div>
  );
}

export function CompareView() {
  const { mode } = useClassroom();
  const text = useStore((s) => s.text);
  const seed = useStore((s) => s.seed);
  // The same declarations on both sides: the user's, or the defaults the playground runs now.
  const storeClients = useStore((s) => s.clients ?? s.declared);
  const [variant, setVariant] = useState<VariantId>('local');
  const t = useT();
  const [sides, setSides] = useState<Sides>(null);
  const v = VARIANTS.find((x) => x.id === variant) ?? VARIANTS[0]!;

  useEffect(() => {
    if (mode !== 'compare') return;
    let live = true;
    const { left, right } = makeVariant(text, variant);
    const clients = storeClients;
    const key = JSON.stringify([text, seed, variant, storeClients]);
    void Promise.all([
      runSide(left, seed, clients, COMPARE_SECONDS),
      runSide(right, seed, clients, COMPARE_SECONDS),
    ]).then(([l, r]) => {
      if (live) setSides({ key, left: l, right: r });
    });
    return () => {
      live = false;
    };
  }, [mode, text, seed, storeClients, variant]);
  const busy = sides?.key !== JSON.stringify([text, seed, variant, storeClients]);

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
            onChange={(e) => setVariant(e.target.value as VariantId)}
            aria-label={t('classroom.variant')}
          >
            {VARIANTS.map((x) => (
              <option key={x.id} value={x.id}>
                {t('classroom.variantTitle', { field: x.field, left: x.left, right: x.right })}
              </option>
            ))}
          </select>
        </label>
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
              <td>{o}</td>
              <td data-side="left">{l?.failures[o] ?? 0}</td>
              <td data-side="right">{r?.failures[o] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Why a side shows no diagram: its first problem, or why the simulator gave no answer. */
function sideFailure(side: SideResult, t: Translate): string {
  const f = side.failure;
  if (f?.why === 'timeout') return t('classroom.sideTimeout', { seconds: COMPARE_TIMEOUT_MS / 1000 });
  if (f?.why === 'error') return f.message;
  return side.diagnostics[0]?.message ?? t('classroom.noAnswer');
}
