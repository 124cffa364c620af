// printJob and printCronJob (k8s.io/kubernetes pkg/printers/internalversion/printers.go). A Job's
// STATUS comes from its conditions (Complete, Failed, Terminating, Suspended, FailureTarget, else
// Running), COMPLETIONS is `succeeded/completions` (`succeeded/1 of parallelism` for a work queue),
// DURATION runs from status.startTime; the Job controller writes all of that status. A CronJob shows
// its schedule, time zone, suspend, how many Jobs are active and when it last scheduled one.
import type { CronJob, Job, JobCondition } from 'kubernetes-types/batch/v1';
import type { AdmittedObject } from '../../model/admitted.ts';
import { ageOf, humanDuration, since } from '../humanDuration.ts';
import { selectorString } from '../labelSelector.ts';
import { cols, containerCells, type TablePrinter } from './table.ts';

const WIDE = ['Containers', 'Images', 'Selector'];

/** hasJobCondition: the first condition of the type, if its status is True. */
const hasCondition = (conditions: readonly JobCondition[] | undefined, type: string) =>
  conditions?.find((c) => c.type === type)?.status === 'True';

function jobStatus(job: Job): string {
  const c = job.status?.conditions;
  if (hasCondition(c, 'Complete')) return 'Complete';
  if (hasCondition(c, 'Failed')) return 'Failed';
  if (job.metadata?.deletionTimestamp) return 'Terminating';
  if (hasCondition(c, 'Suspended')) return 'Suspended';
  if (hasCondition(c, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

function completions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  const { completions, parallelism = 1 } = job.spec ?? {};
  if (completions != null) return `${succeeded}/${completions}`;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function jobDuration(job: Job, now: string): string {
  const start = job.status?.startTime;
  if (!start) return '';
  const end = job.status?.completionTime;
  return end ? humanDuration(Date.parse(end) - Date.parse(start)) : since(start, now);
}

export const jobPrinter: TablePrinter<AdmittedObject & Job> = {
  columns: cols(['Name', 'Status', 'Completions', 'Duration', 'Age'], WIDE),
  row: (job, ctx) => [
    job.metadata.name,
    jobStatus(job),
    completions(job),
    jobDuration(job, ctx.state.now),
    ageOf(job.metadata, ctx.state),
    ...(ctx.wide ? [...containerCells(job.spec?.template?.spec?.containers), selectorText(job.spec?.selector)] : []),
  ],
};

/** metav1.FormatLabelSelector: `<none>` for no selector or an empty one. */
const selectorText = (sel: Parameters<typeof selectorString>[0]) => selectorString(sel) || '<none>';

export const cronJobPrinter: TablePrinter<AdmittedObject & CronJob> = {
  columns: cols(['Name', 'Schedule', 'Timezone', 'Suspend', 'Active', 'Last Schedule', 'Age'], WIDE),
  row(cj, ctx) {
    const last = cj.status?.lastScheduleTime;
    const template = cj.spec?.jobTemplate?.spec;
    return [
      cj.metadata.name,
      cj.spec?.schedule ?? '',
      cj.spec?.timeZone ?? '<none>',
      cj.spec?.suspend ? 'True' : 'False',
      String(cj.status?.active?.length ?? 0),
      last ? since(last, ctx.state.now) : '<none>',
      ageOf(cj.metadata, ctx.state),
      ...(ctx.wide ? [...containerCells(template?.template?.spec?.containers), selectorText(template?.selector)] : []),
    ];
  },
};
