import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { KubeProxyFlowNode, NodeGroupFlowNode } from '../toFlowElements.ts';
import { IconNode, IconProxy } from '../icons.tsx';
import { FitText } from './FitText.tsx';
import { SIZE } from '../layout.ts';

// The name ends before the kube-proxy pill, a box of its own over the header's right end.
const headBesideProxy = { paddingRight: SIZE.nodePad + SIZE.kubeProxy.w + 8 };

function NodeGroupView({ data }: NodeProps<NodeGroupFlowNode>) {
  const n = data.node;
  return (
    <div
      className={`k-group${data.unscheduled ? ' k-unscheduled' : ''}`}
      style={{ width: data.width, height: data.height }}
      data-testid={`node-${n.name}`}
      aria-label={data.unscheduled ? 'Pods not scheduled' : `Node ${n.name}`}
    >
      <header className="k-head k-group-head" style={data.unscheduled ? undefined : headBesideProxy}>
        <IconNode />
        {data.unscheduled && <span className="k-kind">Pending</span>}
        <FitText className="k-name" text={data.unscheduled ? 'not scheduled' : n.name} />
        {n.ready === false && !data.unscheduled && <span className="k-chip k-fail">NotReady</span>}
      </header>
      {n.ip && <div className="k-mono k-dim k-group-ip">{n.ip}</div>}
    </div>
  );
}
export const NodeGroup = memo(NodeGroupView);

function KubeProxyNodeView({ data }: NodeProps<KubeProxyFlowNode>) {
  return (
    <div className="k-proxy" title={`kube-proxy on ${data.nodeName}: the rules that pick a pod`}>
      <Handle type="target" position={Position.Left} />
      <IconProxy />
      <span>kube-proxy</span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}
export const KubeProxyNode = memo(KubeProxyNodeView);
