// printDeployment and printReplicaSet (k8s.io/kubernetes pkg/printers/internalversion/printers.go).

import type { AdmittedDeployment, AdmittedReplicaSet } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { formatLabelSelector } from '../labelSelector.ts';
import { cols, containerCells, type TablePrinter } from './table.ts';

/** LabelSelectorAsSelector(...).String(): like FormatLabelSelector, but empty is "". */
function selectorString(sel: NonNullable<AdmittedDeployment['spec']>['selector']): string {
  const s = formatLabelSelector(sel);
  return s === '<none>' ? '' : s;
}

export const deploymentPrinter: TablePrinter<AdmittedDeployment> = {
  columns: cols(['Name', 'Ready', 'Up-to-date', 'Available', 'Age'], ['Containers', 'Images', 'Selector']),
  row(d, ctx) {
    const cells = [
      d.metadata.name,
      `${d.status?.readyReplicas ?? 0}/${d.spec.replicas}`,
      String(d.status?.updatedReplicas ?? 0),
      String(d.status?.availableReplicas ?? 0),
      ageOf(d.metadata, ctx.state),
    ];
    if (ctx.wide)
      cells.push(...containerCells(d.spec.template.spec.containers), d.spec ? selectorString(d.spec.selector) : '');
    return cells;
  },
};

export const replicaSetPrinter: TablePrinter<AdmittedReplicaSet> = {
  columns: cols(['Name', 'Desired', 'Current', 'Ready', 'Age'], ['Containers', 'Images', 'Selector']),
  row(rs, ctx) {
    const cells = [
      rs.metadata.name,
      String(rs.spec.replicas),
      String(rs.status?.replicas ?? 0),
      String(rs.status?.readyReplicas ?? 0),
      ageOf(rs.metadata, ctx.state),
    ];
    if (ctx.wide)
      cells.push(...containerCells(rs.spec.template.spec.containers), formatLabelSelector(rs.spec.selector));
    return cells;
  },
};
