// Nodes: the default 3-worker cluster when the scenario declares none, and what kubelet and the
// node IPAM controller fill in on declared Nodes (labels kubelet registers, an InternalIP, a
// podCIDR from --cluster-cidr: pkg/controller/nodeipam/ipam/range_allocator.go hands out /24s).
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedNode } from '../model/admitted.ts';
import type { NodeCondition } from 'kubernetes-types/core/v1';
import { parseCidr, cidrContains, formatIPv4, parseIPv4, type Cidr } from '../net/ipv4.ts';
import { DEFAULT_CLUSTER_CIDR } from '../model/settings.ts';
import { ensureUid, mut, recordOrigin, systemTimestamp } from './meta.ts';

export const KUBELET_VERSION = 'v1.34.0';
export const DEFAULT_NODE_COUNT = 3;
const ZONES = ['zone-a', 'zone-b', 'zone-c'];
/** Node addresses live in 192.168.1.0/24; .10 is the control plane, workers start at .11. */
const NODE_IP_BASE = parseIPv4('192.168.1.11')!;

function readyCondition(status: 'True' | 'False', at: string): NodeCondition {
  return status === 'True'
    ? {
        type: 'Ready',
        status,
        reason: 'KubeletReady',
        message: 'kubelet is posting ready status',
        lastHeartbeatTime: at,
        lastTransitionTime: at,
      }
    : {
        type: 'Ready',
        status,
        reason: 'KubeletNotReady',
        message: 'container runtime network not ready: NetworkReady=false',
        lastHeartbeatTime: at,
        lastTransitionTime: at,
      };
}

function pressureConditions(at: string): NodeCondition[] {
  return [
    {
      type: 'MemoryPressure',
      status: 'False',
      reason: 'KubeletHasSufficientMemory',
      message: 'kubelet has sufficient memory available',
      lastHeartbeatTime: at,
      lastTransitionTime: at,
    },
    {
      type: 'DiskPressure',
      status: 'False',
      reason: 'KubeletHasNoDiskPressure',
      message: 'kubelet has no disk pressure',
      lastHeartbeatTime: at,
      lastTransitionTime: at,
    },
    {
      type: 'PIDPressure',
      status: 'False',
      reason: 'KubeletHasSufficientPID',
      message: 'kubelet has sufficient PID available',
      lastHeartbeatTime: at,
      lastTransitionTime: at,
    },
  ];
}

function nodeInfo(name: string): NonNullable<NonNullable<AdmittedNode['status']>['nodeInfo']> {
  return {
    architecture: 'amd64',
    bootID: '',
    containerRuntimeVersion: 'containerd://2.1.4',
    kernelVersion: '6.8.0-79-generic',
    kubeProxyVersion: '',
    kubeletVersion: KUBELET_VERSION,
    machineID: '',
    operatingSystem: 'linux',
    osImage: 'Ubuntu 24.04.3 LTS',
    systemUUID: name,
  };
}

/** Labels kubelet registers for itself (pkg/kubelet/kubelet_node_status.go initialNode). */
function kubeletLabels(name: string): Record<string, string> {
  return {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
  };
}

export function isNodeReady(node: AdmittedNode): boolean {
  const c = node.status?.conditions?.find((x) => x.type === 'Ready');
  return c?.status === 'True' && node.spec?.unschedulable !== true;
}

/** The InternalIP a node declares (a declared node without one gets the next free address). */
function declaredInternalIP(node: AdmittedNode): string | undefined {
  return node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
}

export function defaultNode(index: number, created: string): AdmittedNode {
  const name = `node-${index + 1}`;
  const podCIDR = `10.244.${index + 1}.0/24`;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      creationTimestamp: created,
      labels: { ...kubeletLabels(name), 'topology.kubernetes.io/zone': ZONES[index % ZONES.length]! },
      annotations: {
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { podCIDR, podCIDRs: [podCIDR] },
    status: {
      addresses: [
        { type: 'InternalIP', address: formatIPv4(NODE_IP_BASE + index) },
        { type: 'Hostname', address: name },
      ],
      conditions: [...pressureConditions(created), readyCondition('True', created)],
      capacity: { cpu: '4', memory: '8137500Ki', pods: '110', 'ephemeral-storage': '61202244Ki' },
      allocatable: { cpu: '4', memory: '8035100Ki', pods: '110', 'ephemeral-storage': '56403987978' },
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: nodeInfo(name),
    },
  };
}

/** Creates the default nodes, or completes the declared ones. */
export function ensureNodes(state: ClusterState): void {
  const created = systemTimestamp(state);
  if (state.nodes.length === 0) {
    for (let i = 0; i < DEFAULT_NODE_COUNT; i++) {
      const node = defaultNode(i, created);
      ensureUid(state, node);
      state.nodes.push(node);
      recordOrigin(state, 'Node', undefined, node.metadata!.name!, null, 'default-cluster');
    }
    return;
  }
  completeDeclaredNodes(state);
}

function completeDeclaredNodes(state: ClusterState): void {
  const clusterCIDR: Cidr = state.settings.clusterCIDR ?? parseCidr(DEFAULT_CLUSTER_CIDR)!;
  const usedCIDRs = new Set(
    state.nodes
      .map((n) => n.spec?.podCIDR)
      .filter((c): c is string => !!c)
      .map((c) => parseCidr(c)?.text ?? c),
  );
  const usedIPs = new Set(state.nodes.map(declaredInternalIP).filter((x): x is string => !!x));
  let nextSubnet = 1;
  let nextIP = 0;
  for (const node of state.nodes) {
    const name = node.metadata.name;
    const meta = mut(node.metadata);
    meta.creationTimestamp ??= state.createdAt;
    ensureUid(state, node);
    meta.labels = { ...kubeletLabels(name), ...(meta.labels ?? {}) };
    const spec = (node.spec ??= {});
    if (!spec.podCIDR) {
      // range_allocator: the next free /24 of the cluster CIDR (index 0 is the control plane's).
      while (
        nextSubnet * 256 < clusterCIDR.size &&
        usedCIDRs.has(`${formatIPv4(clusterCIDR.base + nextSubnet * 256)}/24`)
      )
        nextSubnet++;
      if (nextSubnet * 256 < clusterCIDR.size) {
        spec.podCIDR = `${formatIPv4(clusterCIDR.base + nextSubnet * 256)}/24`;
        usedCIDRs.add(spec.podCIDR);
      }
    }
    if (spec.podCIDR && !spec.podCIDRs) spec.podCIDRs = [spec.podCIDR];
    const status = mut((mut(node).status ??= {}));
    if (!declaredInternalIP(node)) {
      while (usedIPs.has(formatIPv4(NODE_IP_BASE + nextIP))) nextIP++;
      const ip = formatIPv4(NODE_IP_BASE + nextIP);
      usedIPs.add(ip);
      status.addresses = [{ type: 'InternalIP', address: ip }, ...(status.addresses ?? [])];
    }
    if (!status.addresses?.some((a) => a.type === 'Hostname'))
      status.addresses = [...(status.addresses ?? []), { type: 'Hostname', address: name }];
    const conditions = status.conditions ?? [];
    const declaredReady = conditions.find((c) => c.type === 'Ready');
    // A declared Ready=False is honoured: the node lifecycle controller then taints the node
    // not-ready:NoSchedule (TaintNodesByCondition), so the scheduler skips it.
    if (!declaredReady) conditions.push(readyCondition('True', state.createdAt));
    status.conditions = [
      ...pressureConditions(state.createdAt).filter((p) => !conditions.some((c) => c.type === p.type)),
      ...conditions,
    ];
    if (
      declaredReady &&
      declaredReady.status !== 'True' &&
      !spec.taints?.some((t) => t.key === 'node.kubernetes.io/not-ready')
    ) {
      spec.taints = [...(spec.taints ?? []), { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }];
    }
    status.nodeInfo ??= nodeInfo(name);
    status.daemonEndpoints ??= { kubeletEndpoint: { Port: 10250 } };
    // kubelet reports its maxPods (110 unless --max-pods) in capacity and, nothing being reserved for
    // pods, in allocatable: the scheduler's AllowedPodNumber. A declared allocatable alone is its capacity too.
    const capacity = (status.capacity ??= { ...(status.allocatable ?? { cpu: '4', memory: '8137500Ki' }) });
    const allocatable = (status.allocatable ??= { cpu: '4', memory: '8035100Ki' });
    capacity.pods ??= allocatable.pods ?? '110';
    allocatable.pods ??= capacity.pods;
  }
}

/** The node whose podCIDR holds `ip`, if any. */
export function nodeForPodIP(state: ClusterState, ip: string): AdmittedNode | undefined {
  return state.nodes.find((n) => {
    const c = n.spec?.podCIDR ? parseCidr(n.spec.podCIDR) : null;
    return c !== null && cidrContains(c, ip);
  });
}
