// Custom edges publish their computed path to the registry the packet canvas samples.
import { memo, useEffect } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { LinkFlowEdge, NodePortFlowEdge, SelectorFlowEdge } from './toFlowElements.ts';
import { publishPath, retractPath } from './pathRegistry.ts';
import { roundedPath } from './entryLanes.ts';

function usePublishedPath(id: string, d: string): void {
  useEffect(() => publishPath(id, d), [id, d]);
  useEffect(() => () => retractPath(id), [id]);
}

function SelectorEdgeView(props: EdgeProps<SelectorFlowEdge>) {
  const [d] = getBezierPath(props);
  usePublishedPath(props.id, d);
  const ready = props.data?.ready !== false;
  return (
    <>
      <BaseEdge
        id={props.id}
        path={d}
        className={`k-edge k-edge-selector${ready ? '' : ' k-edge-notready'}`}
        {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
      />
      {props.selected && props.data && (
        <EdgeLabelRenderer>
          <div
            className="k-edge-label"
            style={{ transform: `translate(-100%, -120%) translate(${props.targetX - 4}px, ${props.targetY}px)` }}
          >
            {props.data.labels}
            {ready ? '' : ' (not ready)'}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
export const SelectorEdge = memo(SelectorEdgeView);

/** An edge along its route's bends (entryLanes.ts) when it has one, else React Flow's curve. */
function RoutedEdge({ className, ...props }: EdgeProps<LinkFlowEdge | NodePortFlowEdge> & { className: string }) {
  const route = props.data?.route;
  const d = route ? roundedPath([{ x: props.sourceX, y: props.sourceY }, ...route]) : getBezierPath(props)[0];
  usePublishedPath(props.id, d);
  return <BaseEdge id={props.id} path={d} className={`k-edge ${className}`} />;
}

export const LinkEdge = memo((props: EdgeProps<LinkFlowEdge>) => <RoutedEdge {...props} className="k-edge-link" />);

/** A Service's NodePort, open on a Node: drawn to that Node's kube-proxy, which listens on it. */
export const NodePortEdge = memo((props: EdgeProps<NodePortFlowEdge>) => (
  <RoutedEdge {...props} className="k-edge-nodeport" />
));
