// printNetworkPolicy (k8s.io/kubernetes pkg/printers/internalversion/printers.go): the policy's pod
// selector (metav1.FormatLabelSelector: `<none>` for the empty one, which selects every pod).
import type { NetworkPolicy } from 'kubernetes-types/networking/v1';
import type { AdmittedObject } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { formatLabelSelector } from '../labelSelector.ts';
import { cols, type TablePrinter } from './table.ts';

export const networkPolicyPrinter: TablePrinter<AdmittedObject & NetworkPolicy> = {
  columns: cols(['Name', 'Pod-Selector', 'Age']),
  row: (np, ctx) => [np.metadata.name, formatLabelSelector(np.spec?.podSelector ?? {}), ageOf(np.metadata, ctx.state)],
};
