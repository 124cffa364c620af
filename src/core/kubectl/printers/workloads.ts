// printDeployment, printReplicaSet, printStatefulSet and printDaemonSet
// (k8s.io/kubernetes pkg/printers/internalversion/printers.go).

import type {
  AdmittedDaemonSet,
  AdmittedDeployment,
  AdmittedReplicaSet,
  AdmittedStatefulSet,
} from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { formatLabels, formatLabelSelector, selectorString } from '../labelSelector.ts';
import { cols, containerCells, type TablePrinter } from './table.ts';

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

export const statefulSetPrinter: TablePrinter<AdmittedStatefulSet> = {
  columns: cols(['Name', 'Ready', 'Age'], ['Containers', 'Images']),
  row(sts, ctx) {
    const cells = [
      sts.metadata.name,
      `${sts.status?.readyReplicas ?? 0}/${sts.spec.replicas}`,
      ageOf(sts.metadata, ctx.state),
    ];
    if (ctx.wide) cells.push(...containerCells(sts.spec.template.spec.containers));
    return cells;
  },
};

export const daemonSetPrinter: TablePrinter<AdmittedDaemonSet> = {
  columns: cols(
    ['Name', 'Desired', 'Current', 'Ready', 'Up-to-date', 'Available', 'Node Selector', 'Age'],
    ['Containers', 'Images', 'Selector'],
  ),
  row(ds, ctx) {
    const st = ds.status;
    const cells = [
      ds.metadata.name,
      ...[st?.desiredNumberScheduled, st?.currentNumberScheduled, st?.numberReady, st?.updatedNumberScheduled].map(
        (n) => String(n ?? 0),
      ),
      String(st?.numberAvailable ?? 0),
      formatLabels(ds.spec.template.spec.nodeSelector),
      ageOf(ds.metadata, ctx.state),
    ];
    if (ctx.wide)
      cells.push(...containerCells(ds.spec.template.spec.containers), formatLabelSelector(ds.spec.selector));
    return cells;
  },
};
