// printPodDisruptionBudget (k8s.io/kubernetes pkg/printers/internalversion/printers.go): MIN AVAILABLE
// and MAX UNAVAILABLE as written (an int or a percentage; N/A when unset), and ALLOWED DISRUPTIONS
// from status.disruptionsAllowed, which kube-controller-manager's disruption controller computes.
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { AdmittedObject } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { cols, type TablePrinter } from './table.ts';

const intOrString = (v: number | string | undefined) => (v === undefined || v === null ? 'N/A' : String(v));

export const podDisruptionBudgetPrinter: TablePrinter<AdmittedObject & PodDisruptionBudget> = {
  columns: cols(['Name', 'Min Available', 'Max Unavailable', 'Allowed Disruptions', 'Age']),
  row: (pdb, ctx) => [
    pdb.metadata.name,
    intOrString(pdb.spec?.minAvailable),
    intOrString(pdb.spec?.maxUnavailable),
    String(pdb.status?.disruptionsAllowed ?? 0),
    ageOf(pdb.metadata, ctx.state),
  ],
};
