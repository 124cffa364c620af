// printNode, findNodeRoles, getNodeInternalIP/ExternalIP
// (k8s.io/kubernetes pkg/printers/internalversion/printers.go).

import type { AdmittedNode } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { byteCompare } from '../labelSelector.ts';
import { cols, type TablePrinter } from './table.ts';

export function nodeRoles(node: AdmittedNode): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  return [...roles].sort(byteCompare);
}

export function nodeStatus(node: AdmittedNode): string {
  const ready = (node.status?.conditions ?? []).find((c) => c.type === 'Ready');
  const status = ready ? [ready.status === 'True' ? 'Ready' : 'NotReady'] : ['Unknown'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

const address = (node: AdmittedNode, type: string) =>
  (node.status?.addresses ?? []).find((a) => a.type === type)?.address ?? '<none>';

export const nodePrinter: TablePrinter<AdmittedNode> = {
  columns: cols(
    ['Name', 'Status', 'Roles', 'Age', 'Version'],
    ['Internal-IP', 'External-IP', 'OS-Image', 'Kernel-Version', 'Container-Runtime'],
  ),
  row(node, ctx) {
    const info = node.status?.nodeInfo;
    const cells = [
      node.metadata.name,
      nodeStatus(node),
      nodeRoles(node).join(',') || '<none>',
      ageOf(node.metadata, ctx.state),
      info?.kubeletVersion ?? '',
    ];
    if (ctx.wide) {
      cells.push(
        address(node, 'InternalIP'),
        address(node, 'ExternalIP'),
        info?.osImage || '<unknown>',
        info?.kernelVersion || '<unknown>',
        info?.containerRuntimeVersion || '<unknown>',
      );
    }
    return cells;
  },
};
