// The custom box and edge components, by type. Module level: a new object per render would
// remount every node (React Flow error002). Shared by the main diagram and compare mode.
import { ServiceNode } from './nodes/ServiceNode.tsx';
import { PodNode } from './nodes/PodNode.tsx';
import { KubeProxyNode, NodeGroup } from './nodes/NodeGroup.tsx';
import { ClientNode, GatewayNode, IngressNode, LoadBalancerNode } from './nodes/EdgeNodes.tsx';
import { LinkEdge, NodePortEdge, SelectorEdge } from './edges.tsx';

export const nodeTypes = {
  service: ServiceNode,
  pod: PodNode,
  k8sNode: NodeGroup,
  kubeProxy: KubeProxyNode,
  client: ClientNode,
  loadBalancer: LoadBalancerNode,
  ingress: IngressNode,
  gateway: GatewayNode,
};
export const edgeTypes = { selector: SelectorEdge, nearMiss: SelectorEdge, link: LinkEdge, nodePort: NodePortEdge };
