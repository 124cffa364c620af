// describeNode (kubectl pkg/describe/describe.go): identity, taints, conditions table,
// addresses, capacity/allocatable, system info, PodCIDRs, and the non-terminated pods on it with
// what they request (nodeResources.ts). Not shown: the node's Lease (the playground keeps none).

import type { AdmittedNode } from '../../model/admitted.ts';
import type { ClusterState } from '../../model/clusterState.ts';
import { byteCompare } from '../labelSelector.ts';
import { nodeRoles } from '../printers/node.ts';
import { describeNodeResource, nonTerminatedPods } from './nodeResources.ts';
import { describeNoEvents, Lines, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './writer.ts';

function resourceList(w: Lines, title: string, list: Record<string, unknown> | undefined): void {
  const keys = Object.keys(list ?? {}).sort(byteCompare);
  if (keys.length === 0) return;
  w.write(0, `${title}:\n`);
  for (const k of keys) w.write(1, `${k}:\t${String(list?.[k])}\n`);
}

export function describeNode(node: AdmittedNode, state: ClusterState): string {
  const w = new Lines();
  const name = node.metadata.name;
  const status = node.status ?? {};
  w.write(0, `Name:\t${name}\n`);
  w.write(0, `Roles:\t${nodeRoles(node).join(',') || '<none>'}\n`);
  printLabelsMultiline(w, 'Labels', node.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp ?? state.createdAt)}\n`);
  const taints = node.spec?.taints ?? [];
  w.write(0, 'Taints:\t');
  if (taints.length === 0) w.write(0, '<none>\n');
  taints.forEach((t, i) => w.write(0, `${i === 0 ? '' : '\t'}${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`));
  w.write(0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);
  const conditions = status.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conditions) {
      w.write(
        1,
        `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
      );
    }
  }
  w.write(0, 'Addresses:\n');
  for (const a of status.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  resourceList(w, 'Capacity', status.capacity);
  resourceList(w, 'Allocatable', status.allocatable);
  const info = status.nodeInfo;
  if (info) {
    w.write(0, 'System Info:\n');
    w.write(0, `  Machine ID:\t${info.machineID}\n`);
    w.write(0, `  System UUID:\t${info.systemUUID}\n`);
    w.write(0, `  Boot ID:\t${info.bootID}\n`);
    w.write(0, `  Kernel Version:\t${info.kernelVersion}\n`);
    w.write(0, `  OS Image:\t${info.osImage}\n`);
    w.write(0, `  Operating System:\t${info.operatingSystem}\n`);
    w.write(0, `  Architecture:\t${info.architecture}\n`);
    w.write(0, `  Container Runtime Version:\t${info.containerRuntimeVersion}\n`);
    w.write(0, `  Kubelet Version:\t${info.kubeletVersion}\n`);
    // Deprecated: a v1.34 kubelet leaves it empty (DisableNodeKubeProxyVersion), kubectl still prints the line.
    w.write(0, `  Kube-Proxy Version:\t${info.kubeProxyVersion ?? ''}\n`);
  }
  if (node.spec?.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if ((node.spec?.podCIDRs ?? []).length > 0) w.write(0, `PodCIDRs:\t${(node.spec?.podCIDRs ?? []).join(',')}\n`);
  if (node.spec?.providerID) w.write(0, `ProviderID:\t${node.spec.providerID}\n`);
  describeNodeResource(w, node, nonTerminatedPods(state, name), state);
  describeNoEvents(w);
  return w.tabbed();
}
