import { boxView } from './boxView.ts';
import type { NodeProps } from '@xyflow/react';
import { SourceHandle, TargetHandle } from './sideHandles.tsx';
import type { KubeProxyFlowNode, NodeGroupFlowNode } from '../flowShapes.ts';
import { IconNode, IconProxy } from '../icons.tsx';
import { FitText } from './FitText.tsx';
import { SIZE } from '../layout.ts';
import { useT } from '../../i18n/useT.ts';

// The name ends before the kube-proxy pill, a box of its own over the header's right end.
const headBesideProxy = { paddingRight: SIZE.nodePad + SIZE.kubeProxy.w + 8 };

function NodeGroupView({ data }: NodeProps<NodeGroupFlowNode>) {
  const t = useT();
  const n = data.node;
  const notReady = n.ready === false && !data.unscheduled;
  return (
    <div
      className={`k-group${data.unscheduled ? ' k-unscheduled' : ''}`}
      style={{ width: data.width, height: data.height }}
      data-testid={`node-${n.name}`}
      aria-label={data.unscheduled ? 'Pods not scheduled' : `Node ${n.name}`}
    >
      <header className="k-head k-group-head" style={data.unscheduled ? undefined : headBesideProxy}>
        <IconNode />
        {data.unscheduled && <span className="k-kind">{t('box.pending')}</span>}
        <FitText className="k-name" text={data.unscheduled ? t('box.notScheduled') : n.name} />
      </header>
      {/* NotReady beside the address, not the name: in the header it left a narrow node's name no room at all. */}
      {(n.ip || notReady) && (
        <div className="k-group-ip">
          {n.ip && <span className="k-mono k-dim">{n.ip}</span>}
          {notReady && <span className="k-chip k-fail">NotReady</span>}
        </div>
      )}
    </div>
  );
}
export const NodeGroup = boxView(NodeGroupView);

function KubeProxyNodeView({ data }: NodeProps<KubeProxyFlowNode>) {
  const t = useT();
  return (
    <div className="k-proxy" title={t('box.kubeProxyTitle', { node: data.nodeName })}>
      <TargetHandle />
      <IconProxy />
      <span>kube-proxy</span>
      <SourceHandle />
    </div>
  );
}
export const KubeProxyNode = boxView(KubeProxyNodeView);
