// The cluster diagram: React Flow with our custom boxes, the packet canvas, minimap and controls.
// Domain state (view, selection, hover) lives in our store; React Flow keeps only the viewport.
import { useCallback, useMemo, type MouseEvent } from 'react';
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './diagram.css';
import { select, setBottomTab, setHovered, useStore } from '../store.ts';
import { focusHop } from '../traffic/hopFocus.ts';
import { TrafficControls } from '../traffic/TrafficControls.tsx';
import { PodCounters } from '../traffic/PodCounters.tsx';
import { useDiagramElements } from './useDiagramElements.ts';
import { highlightFor } from './highlight.ts';
import { flowIdsOfRef, refOfFlowId } from './flowIds.ts';
import { ServiceNode } from './nodes/ServiceNode.tsx';
import { PodNode } from './nodes/PodNode.tsx';
import { KubeProxyNode, NodeGroup } from './nodes/NodeGroup.tsx';
import { ClientNode, IngressNode, LoadBalancerNode } from './nodes/EdgeNodes.tsx';
import { LinkEdge, SelectorEdge } from './edges.tsx';
import { PacketCanvas } from './PacketCanvas.tsx';
import { useFlights } from '../traffic/useFlights.ts';
import { usePlayLoop } from '../traffic/usePlayLoop.ts';
import { useAutoStart } from '../traffic/useAutoStart.ts';
import type { FlowNode } from './toFlowElements.ts';

// Module level: a new object per render would remount every node (React Flow error002).
const nodeTypes = { service: ServiceNode, pod: PodNode, k8sNode: NodeGroup, kubeProxy: KubeProxyNode, client: ClientNode, loadBalancer: LoadBalancerNode, ingress: IngressNode };
const edgeTypes = { selector: SelectorEdge, link: LinkEdge };
const fitViewOptions = { padding: 0.08 };
const proOptions = { hideAttribution: true };
const miniMapStyle = { width: 120, height: 72 };

const miniMapColor = (n: FlowNode): string =>
  n.type === 'k8sNode' ? 'var(--k-group-bg)' : n.type === 'service' ? 'var(--k-service)' : n.type === 'pod' ? 'var(--k-pod)' : 'var(--k-muted)';

function DiagramInner() {
  usePlayLoop();
  useAutoStart();
  const elements = useDiagramElements();
  const flights = useFlights(elements);
  const stale = useStore((s) => s.stale);
  const theme = useStore((s) => s.theme);
  const selection = useStore((s) => s.selection);
  const hovered = useStore((s) => s.hovered);

  const nodes = useMemo(() => {
    const sel = selection ? highlightFor(elements, flowIdsOfRef(selection)) : null;
    const hov = hovered ? highlightFor(elements, flowIdsOfRef(hovered.ref)) : null;
    const h = hov ?? sel;
    if (!h && !sel) return elements.nodes;
    return elements.nodes.map((n) => {
      const cls = [
        sel?.focus.has(n.id) ? 'is-selected' : '',
        h ? (h.focus.has(n.id) ? 'is-focus' : h.related.has(n.id) ? 'is-related' : 'is-dim') : '',
      ].filter(Boolean).join(' ');
      return cls ? { ...n, className: cls } : n;
    });
  }, [elements, selection, hovered]);
  const edges = useMemo(() => {
    const ref = hovered?.ref ?? selection;
    const h = ref ? highlightFor(elements, flowIdsOfRef(ref)) : null;
    if (!h) return elements.edges;
    // Selector labels only for a focused pod: a Service's box already shows its selector once.
    const labelled = ref?.kind === 'Pod';
    return elements.edges.map((e) => (h.edges.has(e.id) ? { ...e, selected: labelled, className: 'is-focus' } : { ...e, className: 'is-dim' }));
  }, [elements, selection, hovered]);

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback((_e, n) => {
    const ref = refOfFlowId(n.id);
    if (!ref) return;
    focusHop(null);
    select(ref);
    setBottomTab('inspector');
  }, []);
  const onNodeEnter: NodeMouseHandler<FlowNode> = useCallback((_e, n) => {
    const ref = refOfFlowId(n.id);
    if (ref) setHovered(ref);
  }, []);
  const onNodeLeave = useCallback(() => setHovered(null), []);
  const onPaneClick = useCallback((_e: MouseEvent) => select(null), []);

  const empty = elements.nodes.length === 0;
  return (
    <div className="ksp-diagram-wrap" data-theme={theme}>
    <div className={`ksp-diagram${stale ? ' is-stale' : ''}`} data-theme={theme} data-testid="diagram">
      {stale && <div className="k-stale-banner" role="status">The YAML has errors: showing the last good cluster</div>}
      {empty && <div className="k-empty" role="status">No cluster yet: write a Service or a Deployment in the editor</div>}
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
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.15}
        proOptions={proOptions}
        colorMode={theme}
      >
        <Background gap={24} size={1} />
        <PacketCanvas flights={flights} />
        <MiniMap<FlowNode> pannable zoomable nodeColor={miniMapColor} ariaLabel="Diagram overview" style={miniMapStyle} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
    <details className="k-traffic-strip" open>
      <summary>Traffic</summary>
      <div className="k-traffic-grid">
        <TrafficControls />
        <PodCounters />
      </div>
    </details>
    </div>
  );
}

export function Diagram() {
  return (
    <ReactFlowProvider>
      <DiagramInner />
    </ReactFlowProvider>
  );
}
