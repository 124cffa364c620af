// Custom edges publish their computed path to the registry the packet canvas samples.
import { memo, useEffect, useRef } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useInternalNode, type EdgeProps } from '@xyflow/react';
import type { LinkFlowEdge, NodePortFlowEdge, SelectorFlowEdge } from './flowShapes.ts';
import { publishPath, retractPath } from './pathRegistry.ts';
import { roundedPath, toTenth } from './entryLanes.ts';
import { findingEdgeText } from './findingText.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { useKeepInPane } from './keepInPane.ts';

/**
 * React Flow's curve between the wire's ends, taken to a tenth of a pixel as roundedPath writes its
 * points. React Flow measures a box's handles again after each new box object mounts or resizes
 * (its ResizeObserver forces it), and dividing by the zoom leaves float noise (551.0000104 for the
 * 551 knownHandles.ts gave): a new path string for an unchanged wire, so a DOM write, a layout and
 * paint of the wires, and a new packet path (pathRegistry.ts), on every edit.
 */
function curve(p: EdgeProps): string {
  return getBezierPath({
    sourceX: toTenth(p.sourceX),
    sourceY: toTenth(p.sourceY),
    sourcePosition: p.sourcePosition,
    targetX: toTenth(p.targetX),
    targetY: toTenth(p.targetY),
    targetPosition: p.targetPosition,
  })[0];
}

function usePublishedPath(id: string, d: string): void {
  useEffect(() => publishPath(id, d), [id, d]);
  useEffect(() => () => retractPath(id), [id]);
}

function SelectorEdgeView(props: EdgeProps<SelectorFlowEdge>) {
  const route = props.data?.route;
  const d = route ? roundedPath([{ x: props.sourceX, y: props.sourceY }, ...route]) : curve(props);
  usePublishedPath(props.id, d);
  const lang = useLanguage();
  const t = useT();
  const finding = props.data?.finding;
  const ready = props.data?.ready !== false;
  const why = finding ? findingEdgeText(finding, lang) : '';
  const kind = finding ? (finding.code === 'selector-near-miss' ? ' k-edge-nearmiss' : ' k-edge-mismatch') : '';
  return (
    <>
      <BaseEdge
        id={props.id}
        path={d}
        className={`k-edge k-edge-selector${ready || finding ? '' : ' k-edge-notready'}${kind}`}
        {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
      />
      {/* The finding's reason rides on the edge (screen readers and hover); the label shows it when selected. */}
      {why && <title>{why}</title>}
      {props.selected && props.data && (
        <EdgeLabel
          x={props.targetX - 4}
          y={props.targetY}
          target={props.target}
          bad={!!finding}
          text={why || `${props.data.labels}${ready ? '' : ` (${t('box.notReady')})`}`}
        />
      )}
    </>
  );
}

/**
 * A selected wire's label, left of its end and a little above it. Where the pane leaves no room on
 * the left (a phone's column), it is moved into the pane and above the target's box, so it does not
 * cover the name of the pod it points to.
 */
function EdgeLabel({ x, y, target, bad, text }: { x: number; y: number; target: string; bad: boolean; text: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { shift, maxWidth } = useKeepInPane(ref, text);
  const top = useInternalNode(target)?.internals.positionAbsolute.y;
  const above = shift !== 0 && top !== undefined;
  return (
    <EdgeLabelRenderer>
      <div
        ref={ref}
        className={`k-edge-label${bad ? ' k-edge-label-bad' : ''}`}
        style={{
          transform: above
            ? `translate(-100%, -100%) translate(${x + shift}px, ${top - 2}px)`
            : `translate(-100%, -120%) translate(${x + shift}px, ${y}px)`,
          ...(maxWidth === undefined ? {} : { maxWidth }),
        }}
      >
        {text}
      </div>
    </EdgeLabelRenderer>
  );
}
export const SelectorEdge = memo(SelectorEdgeView);

/** An edge along its route's bends (entryLanes.ts) when it has one, else React Flow's curve. */
function RoutedEdge({ className, ...props }: EdgeProps<LinkFlowEdge | NodePortFlowEdge> & { className: string }) {
  const route = props.data?.route;
  const d = route ? roundedPath([{ x: props.sourceX, y: props.sourceY }, ...route]) : curve(props);
  usePublishedPath(props.id, d);
  return <BaseEdge id={props.id} path={d} className={`k-edge ${className}`} />;
}

export const LinkEdge = memo((props: EdgeProps<LinkFlowEdge>) => <RoutedEdge {...props} className="k-edge-link" />);

/**
 * A Service's NodePort, open on a Node: drawn to that Node's kube-proxy, which listens on it. Closed
 * (red, crossed out) where that kube-proxy drops outside traffic: externalTrafficPolicy: Local and no
 * pod of the Service on the node, as the core decided (externalDrops.ts).
 */
function NodePortEdgeView(props: EdgeProps<NodePortFlowEdge>) {
  const t = useT();
  const drops = props.data?.drops === true;
  const node = props.target.replace(/^kp:/, '');
  const end = props.data?.route?.at(-1);
  return (
    <>
      <RoutedEdge {...props} className={drops ? 'k-edge-nodeport k-edge-nodeport-drops' : 'k-edge-nodeport'} />
      {drops && (
        <title>
          {t('edge.nodePortDrops', {
            node,
            ports: (props.data?.nodePorts ?? []).join(', '),
            field: 'externalTrafficPolicy: Local',
          })}
        </title>
      )}
      {drops && end && (
        <text className="k-drop-mark" x={end.x} y={end.y - 6} textAnchor="middle" aria-hidden="true">
          ✕
        </text>
      )}
    </>
  );
}
export const NodePortEdge = memo(NodePortEdgeView);
