// The cluster diagram: React Flow with our custom boxes and the packet canvas, under a bar with the
// toolbar, the stale notice and the zoom buttons (in the pane's flow, so nothing ever covers a box).
// Domain state (view, selection, hover) lives in our store; React Flow keeps only the viewport.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useSyncExternalStore, type MouseEvent } from 'react';
import { ReactFlow, ReactFlowProvider, useReactFlow, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './diagram.css';
import { select, setBottomTab, setHovered, useStore } from '../store.ts';
import { focusHop } from '../traffic/hopFocus.ts';
import { TrafficControls } from '../traffic/TrafficControls.tsx';
import { PodCounters } from '../traffic/PodCounters.tsx';
import { useDiagramElements } from './useDiagramElements.ts';
import { highlightFor } from './highlight.ts';
import { refOfFlowId } from './flowIds.ts';
import { fieldAspect, focusIdsFor } from './hoverTargets.ts';
import { PacketCanvas } from './PacketCanvas.tsx';
import { DotGrid } from './DotGrid.tsx';
import { useFlights } from '../traffic/useFlights.ts';
import { usePlayLoop } from '../traffic/usePlayLoop.ts';
import { useAutoStart } from '../traffic/useAutoStart.ts';
import type { FlowNode } from './flowShapes.ts';
import { useAreaSize } from './useAreaSize.ts';
import { boundsOf, fitViewport, presenterViewport, steadyViewport } from './fitViewport.ts';
import { FIT_ZOOM, VIRTUALIZE_ABOVE_NODES, diagramLayout } from './layout.ts';
import { StackedContext } from './nodes/sideHandles.tsx';
import { DiagramToolbar } from './DiagramToolbar.tsx';
import { ZoomButtons } from './ZoomButtons.tsx';
import { usePageLayout } from '../usePageLayout.ts';
import { everyBoxRendered, subscribeEveryBox } from './export/renderAll.ts';
import { edgeTypes, nodeTypes } from './flowTypes.ts';
import { useHopFocus } from '../traffic/hopFocus.ts';
import { useClassroom } from '../classroom/classroomMode.ts';
import { useMarkDiagramShown } from './diagramShown.ts';
import { useT } from '../i18n/useT.ts';

// The classroom modes load when a teacher turns them on, not before the first diagram.
const PresenterOverlay = lazy(() =>
  import('../classroom/Presenter.tsx').then((m) => ({ default: m.PresenterOverlay })),
);
const CompareView = lazy(() => import('../classroom/CompareView.tsx').then((m) => ({ default: m.CompareView })));

const proOptions = { hideAttribution: true };

const MAX_ZOOM = 2.5;
/**
 * Presenter mode's least zoom: a box title (.k-name, 17 px) shows at ≥ 24 px and an address
 * (.k-mono, 13.5 px) at ≥ 18 px on a 1024×768 projector (issue 15; e2e-measured in classroom.spec).
 */
const PRESENT_ZOOM = 1.45;

/**
 * An embed widget's fit (share/EmbedWidget.tsx): every box shows, however small the frame — a
 * reader cannot pan a diagram inside a blog post the way a learner does in the playground.
 */
const WIDGET_FIT_ZOOM = { ...FIT_ZOOM, minFit: 0.1 } as const;

function DiagramInner({ widget = false }: { widget?: boolean }) {
  usePlayLoop();
  useAutoStart();
  const t = useT();
  const areaRef = useRef<HTMLDivElement>(null);
  const area = useAreaSize(areaRef);
  // The arrangement follows the page layout, never the area's size: a panel opening or a splitter
  // drag re-fits the same picture instead of reshuffling it. A widget is its whole frame: bands left
  // to right in a landscape frame, stacked in a portrait one.
  const page = usePageLayout();
  const portrait = widget && area.width > 0 && area.width < area.height * 0.8;
  const arrangement = widget ? (portrait ? 'narrow' : 'side') : page;
  const layout = useMemo(() => diagramLayout(arrangement), [arrangement]);
  const elements = useDiagramElements(layout);
  const flights = useFlights(elements);
  const stale = useStore((s) => s.stale);
  const theme = useStore((s) => s.theme);
  const selection = useStore((s) => s.selection);
  const hovered = useStore((s) => s.hovered);

  const view = useStore((s) => s.view);
  const classroomMode = useClassroom().mode;
  // An export in progress mounts every box (export/renderAll.ts).
  const exporting = useSyncExternalStore(subscribeEveryBox, everyBoxRendered);
  // The box of the hop picked in the transcript or stepped to in presenter mode (the "laser").
  const hopFocus = useHopFocus();
  const laserId = useMemo(() => {
    if (!hopFocus) return null;
    const flight = flights.find((f) => f.result.index === hopFocus.result.index);
    if (!flight) return null;
    const legs = flight.path.legs.filter((l) => l.hop <= hopFocus.hopIndex);
    return legs.at(-1)?.to ?? flight.path.start;
  }, [hopFocus, flights]);
  const litNodes = useMemo(() => {
    const sel = selection ? highlightFor(elements, focusIdsFor(selection, view)) : null;
    const hov = hovered ? highlightFor(elements, focusIdsFor(hovered.ref, view)) : null;
    const h = hov ?? sel;
    if (!h && !sel) return elements.nodes;
    // A hovered YAML field narrows the highlight to what it affects (ports or selector labels).
    const aspect = hov ? fieldAspect(hovered?.field) : null;
    return elements.nodes.map((n) => {
      const lit = h ? h.focus.has(n.id) || (aspect === 'selector' && h.related.has(n.id) && n.type === 'pod') : false;
      const cls = [
        sel?.focus.has(n.id) ? 'is-selected' : '',
        h ? (h.focus.has(n.id) ? 'is-focus' : h.related.has(n.id) ? 'is-related' : 'is-dim') : '',
        aspect && lit ? `hl-${aspect}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      return cls ? { ...n, className: cls } : n;
    });
  }, [elements, selection, hovered, view]);
  const nodes = useMemo(
    () =>
      laserId
        ? litNodes.map((n) => (n.id === laserId ? { ...n, className: `${n.className ?? ''} is-laser`.trim() } : n))
        : litNodes,
    [litNodes, laserId],
  );
  const edges = useMemo(() => {
    const ref = hovered?.ref ?? selection;
    const h = ref ? highlightFor(elements, focusIdsFor(ref, view)) : null;
    if (!h) return elements.edges;
    // Selector labels only for a focused pod or a hovered selector field: a Service's box already shows its selector once.
    const labelled = ref?.kind === 'Pod' || fieldAspect(hovered?.field) === 'selector';
    return elements.edges.map((e) =>
      h.edges.has(e.id) ? { ...e, selected: labelled, className: 'is-focus' } : { ...e, className: 'is-dim' },
    );
  }, [elements, selection, hovered, view]);

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback((_e, n) => {
    const ref = refOfFlowId(n.id);
    if (!ref) return;
    focusHop(null);
    // The kube-proxy pill opens that node's rules (Inspector.tsx); hovering it still lights its Node.
    select(n.type === 'kubeProxy' ? { kind: 'KubeProxy', name: ref.name } : ref);
    setBottomTab('inspector');
  }, []);
  const onNodeEnter: NodeMouseHandler<FlowNode> = useCallback((_e, n) => {
    const ref = refOfFlowId(n.id);
    if (ref) setHovered(ref);
  }, []);
  const onNodeLeave = useCallback(() => setHovered(null), []);
  const onPaneClick = useCallback((_e: MouseEvent) => select(null), []);

  // Place the camera again when the layout's shape or the area changes (a ResizeObserver measures the
  // area; not on every traffic tick), so every box shows; panning and zooming by hand stay while they
  // still show every box.
  const rf = useReactFlow();
  const bounds = useMemo(() => boundsOf(elements.nodes), [elements.nodes]);
  const fitKey = JSON.stringify([bounds, area]);
  // Presenter mode zooms for a projector and follows the box being narrated (presenterViewport).
  const presenting = useStore((s) => s.classroom.mode === 'present');
  // Whether the camera was placed before, and in which mode. Once placed, an edit or a resized area
  // keeps a view that still shows everything (steadyViewport): the traffic strip grows by a row per
  // pod, so an edit that adds a pod also shortens the diagram's area. The first placement, the Fit
  // button and a switch into or out of presenter mode fit again.
  const placedIn = useRef<boolean | null>(null);
  const fit = useCallback(
    (force = false) => {
      const [b, a] = JSON.parse(fitKey) as [typeof bounds, typeof area];
      if (b.width === 0 || a.width === 0) return;
      const placed = placedIn.current === presenting;
      placedIn.current = presenting;
      if (!presenting) {
        const zooms = widget ? WIDGET_FIT_ZOOM : FIT_ZOOM;
        const now = rf.getViewport();
        const next = placed && !force ? steadyViewport(b, a, zooms, now) : fitViewport(b, a, zooms);
        if (next.x !== now.x || next.y !== now.y || next.zoom !== now.zoom) void rf.setViewport(next);
        return;
      }
      const n = laserId ? rf.getInternalNode(laserId) : undefined;
      const box = n
        ? {
            ...n.internals.positionAbsolute,
            width: n.measured.width ?? n.width ?? 0,
            height: n.measured.height ?? n.height ?? 0,
          }
        : null;
      void rf.setViewport(presenterViewport(b, a, box, PRESENT_ZOOM, MAX_ZOOM), { duration: 300 });
    },
    [fitKey, rf, presenting, laserId, widget],
  );
  useEffect(() => fit(), [fit]);
  const fitNow = useCallback(() => fit(true), [fit]);

  const empty = elements.nodes.length === 0;
  return (
    <div className="ksp-diagram-wrap" data-theme={theme}>
      {(!widget || stale) && (
        <div className="k-diagram-bar">
          {!widget && <DiagramToolbar />}
          {stale && (
            <div className="k-stale-banner" role="status">
              {t('diagram.stale')}
            </div>
          )}
          {!widget && <ZoomButtons onFit={fitNow} />}
        </div>
      )}
      <div ref={areaRef} className={`ksp-diagram${stale ? ' is-stale' : ''}`} data-theme={theme} data-testid="diagram">
        {empty && (
          <div className="k-empty" role="status">
            {t('diagram.empty')}
          </div>
        )}
        <StackedContext.Provider value={!!layout.rowsWidth}>
          <ReactFlow<FlowNode>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodeClick={onNodeClick}
            onNodeMouseEnter={onNodeEnter}
            onNodeMouseLeave={onNodeLeave}
            onPaneClick={onPaneClick}
            nodesConnectable={false}
            nodesDraggable={false}
            edgesFocusable={false}
            minZoom={widget ? 0.1 : 0.2}
            maxZoom={MAX_ZOOM}
            proOptions={proOptions}
            onlyRenderVisibleElements={!exporting && nodes.length > VIRTUALIZE_ABOVE_NODES}
            colorMode={theme}
          >
            <DotGrid gap={24} size={1} />
            <PacketCanvas flights={flights} />
            <ShownSignal />
          </ReactFlow>
        </StackedContext.Provider>
      </div>
      {!widget && (
        <details className="k-traffic-strip" open>
          <summary>{t('traffic.label')}</summary>
          <div className="k-traffic-grid">
            <TrafficControls />
            <PodCounters />
          </div>
        </details>
      )}
      {!widget && (
        <Suspense fallback={null}>
          {classroomMode === 'present' && <PresenterOverlay />}
          {classroomMode === 'compare' && <CompareView />}
        </Suspense>
      )}
    </div>
  );
}

function ShownSignal(): null {
  useMarkDiagramShown();
  return null;
}

/** `widget`: the embed's diagram (share/EmbedWidget.tsx): no toolbar, zoom buttons or traffic strip; it fits the frame. */
export function Diagram({ widget = false }: { widget?: boolean }) {
  return (
    <ReactFlowProvider>
      <DiagramInner widget={widget} />
    </ReactFlowProvider>
  );
}
