// Custom edges publish their computed path to the registry the packet canvas samples.
import { memo, useEffect } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { LinkFlowEdge, SelectorFlowEdge } from './toFlowElements.ts';
import { publishPath, retractPath } from './pathRegistry.ts';

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

function LinkEdgeView(props: EdgeProps<LinkFlowEdge>) {
  const [d] = getBezierPath(props);
  usePublishedPath(props.id, d);
  return <BaseEdge id={props.id} path={d} className="k-edge k-edge-link" />;
}
export const LinkEdge = memo(LinkEdgeView);
