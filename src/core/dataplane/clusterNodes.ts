// The nodes as the data path looks them up: by name (sorted, as kube-proxy's node list), by the
// addresses a NodePort or external client reaches them on, and the bridge address each masquerades
// its own pods' traffic with.
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedNode } from '../model/admitted.ts';
import { parseCidr } from '../net/ipv4.ts';
import { nodeIPv4 } from '../model/nodeAddresses.ts';

/** ClusterIndex's node fields (clusterIndex.ts). */
export interface NodeTables {
  nodes: AdmittedNode[];
  nodeIP: Map<string, string>;
  nodeByIP: Map<string, AdmittedNode>;
  nodeByName: Map<string, AdmittedNode>;
  bridgeIP: Map<string, string | null>;
}

/** The address a node masquerades with toward its own pods: the bridge (first IP of its podCIDR), as the source-ip tutorial's `client_address=10.180.1.1` shows. */
export function nodeBridgeIP(node: AdmittedNode): string | null {
  const cidr = node.spec?.podCIDR ? parseCidr(node.spec.podCIDR) : null;
  if (!cidr) return null;
  const v = (cidr.base + 1) >>> 0;
  return [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

export function buildNodeTables(state: ClusterState): NodeTables {
  const nodes = [...state.nodes].sort((a, b) => cmp(a.metadata.name, b.metadata.name));
  const nodeIP = new Map<string, string>();
  const nodeByIP = new Map<string, AdmittedNode>();
  for (const n of nodes) {
    const ip = nodeIPv4(n) ?? '';
    nodeIP.set(n.metadata.name, ip);
    for (const a of n.status?.addresses ?? [])
      if (a.type === 'InternalIP' || a.type === 'ExternalIP') nodeByIP.set(a.address, n);
  }
  const nodeByName = new Map(nodes.map((n) => [n.metadata.name, n]));
  const bridgeIP = new Map(nodes.map((n) => [n.metadata.name, nodeBridgeIP(n)]));
  return { nodes, nodeIP, nodeByIP, nodeByName, bridgeIP };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
