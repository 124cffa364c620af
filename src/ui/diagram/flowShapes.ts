// The shapes of the diagram's React Flow boxes and wires: what toFlowElements.ts makes and each
// box view (nodes/) and wire (edges/) draws from its `data`.
import type { Edge, Node } from '@xyflow/react';
import type {
  ViewClient,
  ViewGateway,
  ViewIngress,
  ViewLoadBalancer,
  ViewNode,
  ViewPod,
  ViewService,
} from './viewShape.ts';
import type { Point } from './entryLanes.ts';
import type { Said, ServiceFinding } from '../../worker/protocol.ts';

export interface ClientData extends Record<string, unknown> {
  client: ViewClient;
  color: string;
  title: string;
  subtitle: string;
}
export interface LoadBalancerData extends Record<string, unknown> {
  lb: ViewLoadBalancer;
  serviceKey: string;
  address: string;
}
export interface IngressData extends Record<string, unknown> {
  ingress: ViewIngress;
  key: string;
  rules: string[];
}
export interface GatewayData extends Record<string, unknown> {
  gateway: ViewGateway;
  key: string;
  /** One line per listener: name · protocol :port · hostname. */
  listeners: string[];
  /** Each rule of each attached route, on two lines: its hostnames, then → backends with their share of the weight. */
  routes: { hosts: string; to: string }[];
}
export interface ServiceData extends Record<string, unknown> {
  service: ViewService;
  key: string;
  ports: string[];
  nodePorts: string[];
  selector: string;
  endpointCount: number;
  readyCount: number;
  selectsNoPods: boolean;
  noPodsWhy?: Said;
  /** The core's findings shown on the card: the selector's near miss, one per Service port that fails. */
  findings: ServiceFinding[];
}
export interface NodeGroupData extends Record<string, unknown> {
  node: ViewNode;
  unscheduled: boolean;
  width: number;
  height: number;
}
export interface KubeProxyData extends Record<string, unknown> {
  nodeName: string;
}
export interface PodData extends Record<string, unknown> {
  pod: ViewPod;
  key: string;
  labels: string[];
  hiddenLabels: number;
  ports: string;
  selectedBy: string[];
}

export type ClientFlowNode = Node<ClientData, 'client'>;
export type LoadBalancerFlowNode = Node<LoadBalancerData, 'loadBalancer'>;
export type IngressFlowNode = Node<IngressData, 'ingress'>;
export type GatewayFlowNode = Node<GatewayData, 'gateway'>;
export type ServiceFlowNode = Node<ServiceData, 'service'>;
export type NodeGroupFlowNode = Node<NodeGroupData, 'k8sNode'>;
export type KubeProxyFlowNode = Node<KubeProxyData, 'kubeProxy'>;
export type PodFlowNode = Node<PodData, 'pod'>;
export type FlowNode =
  | ClientFlowNode
  | LoadBalancerFlowNode
  | IngressFlowNode
  | GatewayFlowNode
  | ServiceFlowNode
  | NodeGroupFlowNode
  | KubeProxyFlowNode
  | PodFlowNode;

export interface SelectorEdgeData extends Record<string, unknown> {
  labels: string;
  /** Bends after the source handle in the stacked layout (entryLanes.ts stackedLane); absent: a plain curve. */
  route?: Point[];
  ready: boolean;
  /** What the core found wrong on this Service → pod wire (a closed targetPort, the selector's near miss). */
  finding?: ServiceFinding;
}
/** `nearMiss`: from a Service that selects nothing to the pod whose label almost matches. */
export type SelectorFlowEdge = Edge<SelectorEdgeData, 'selector' | 'nearMiss'>;
export interface LinkEdgeData extends Record<string, unknown> {
  /** Bends after the source handle, the last one the end (entryLanes.ts); absent: a plain curve. */
  route?: Point[];
}
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;
export interface NodePortEdgeData extends Record<string, unknown> {
  nodePorts: number[];
  /** This node's kube-proxy drops outside traffic to these ports (eTP Local, no local pod; the core's externalDropNodes). */
  drops?: boolean;
  route?: Point[];
}
export type NodePortFlowEdge = Edge<NodePortEdgeData, 'nodePort'>;
export type FlowEdge = SelectorFlowEdge | LinkFlowEdge | NodePortFlowEdge;

export interface FlowElements {
  nodes: FlowNode[];
  edges: FlowEdge[];
}
