// describePodDisruptionBudgetV1 (kubectl pkg/describe/describe.go): the budget (min available, or
// else max unavailable), the selector (`<unset>` when none) and the status the disruption
// controller keeps, which the playground does not run (all 0 here).
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { formatLabelSelector } from '../labelSelector.ts';
import { describeNoEvents, Lines } from './writer.ts';

export function describePodDisruptionBudget(pdb: PodDisruptionBudget): string {
  const w = new Lines();
  w.write(0, `Name:\t${pdb.metadata?.name ?? ''}\n`);
  w.write(0, `Namespace:\t${pdb.metadata?.namespace ?? ''}\n`);
  if (pdb.spec?.minAvailable !== undefined) w.write(0, `Min available:\t${pdb.spec.minAvailable}\n`);
  else if (pdb.spec?.maxUnavailable !== undefined) w.write(0, `Max unavailable:\t${pdb.spec.maxUnavailable}\n`);
  w.write(0, `Selector:\t${pdb.spec?.selector ? formatLabelSelector(pdb.spec.selector) : '<unset>'}\n`);
  w.write(0, 'Status:\n');
  w.write(2, `Allowed disruptions:\t${pdb.status?.disruptionsAllowed ?? 0}\n`);
  w.write(2, `Current:\t${pdb.status?.currentHealthy ?? 0}\n`);
  w.write(2, `Desired:\t${pdb.status?.desiredHealthy ?? 0}\n`);
  w.write(2, `Total:\t${pdb.status?.expectedPods ?? 0}\n`);
  describeNoEvents(w);
  return w.tabbed();
}
