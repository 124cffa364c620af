// kubectl's Job and CronJob describers (kubectl v0.34 pkg/describe/describe.go describeJob,
// describeCronJob, describeJobTemplate, printActiveJobs), over the objects as the API server
// stored them (api/stored/: defaults, a Job's generated selector and labels). The status is the
// Job and CronJob controllers', which the playground does not run: a fresh object's, no start
// time, no pods, nothing scheduled.
import type { CronJob, Job, JobTemplateSpec } from 'kubernetes-types/batch/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { selectorString } from '../labelSelector.ts';
import { describePodTemplate } from './workloads.ts';
import { describeNoEvents, Lines, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './writer.ts';

type Template = Parameters<typeof describePodTemplate>[1];
/** A pointer field: its value, or `<unset>` (printBoolPtr and the `%d`-or-`<unset>` lines). */
const orUnset = (v: number | boolean | undefined | null) => (v == null ? '<unset>' : String(v));
/** The pod template as DescribePodTemplate reads it (the API server gave it a spec). */
const template = (t: PodTemplateSpec | undefined): Template =>
  ({ ...t, spec: t?.spec ?? { containers: [] } }) as Template;

export function describeJob(job: Job): string {
  const w = new Lines();
  const spec = job.spec;
  const status = job.status ?? {};
  w.write(0, `Name:\t${job.metadata?.name ?? ''}\n`);
  w.write(0, `Namespace:\t${job.metadata?.namespace ?? ''}\n`);
  w.write(0, `Selector:\t${selectorString(spec?.selector)}\n`);
  printLabelsMultiline(w, 'Labels', job.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', job.metadata?.annotations);
  if (spec?.parallelism != null) w.write(0, `Parallelism:\t${spec.parallelism}\n`);
  w.write(0, `Completions:\t${orUnset(spec?.completions)}\n`);
  if (spec?.completionMode != null) w.write(0, `Completion Mode:\t${spec.completionMode}\n`);
  if (spec?.suspend != null) w.write(0, `Suspend:\t${spec.suspend}\n`);
  if (spec?.backoffLimit != null) w.write(0, `Backoff Limit:\t${spec.backoffLimit}\n`);
  if (spec?.ttlSecondsAfterFinished != null)
    w.write(0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
  if (status.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
  if (status.completionTime) w.write(0, `Completed At:\t${rfc1123z(status.completionTime)}\n`);
  if (spec?.activeDeadlineSeconds != null) w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  const counts = `${status.succeeded ?? 0} Succeeded / ${status.failed ?? 0} Failed`;
  w.write(
    0,
    status.ready == null
      ? `Pods Statuses:\t${status.active ?? 0} Active / ${counts}\n`
      : `Pods Statuses:\t${status.active ?? 0} Active (${status.ready} Ready) / ${counts}\n`,
  );
  if (spec?.completionMode === 'Indexed')
    w.write(0, `Completed Indexes:\t${capIndexes(status.completedIndexes ?? '', 50)}\n`);
  describePodTemplate(w, template(spec?.template));
  describeNoEvents(w);
  return w.tabbed();
}

/** capIndexesListOrNone: the list cut at the first comma after softLimit characters, then `...`. */
function capIndexes(indexes: string, softLimit: number): string {
  if (indexes === '') return '<none>';
  const comma = indexes.indexOf(',', softLimit);
  return comma < 0 ? indexes : `${indexes.slice(0, comma + 1)}...`;
}

/** describeJobTemplate: selector, parallelism and completions as written (no Job defaults here), then the pod template. */
function describeJobTemplate(w: Lines, jt: JobTemplateSpec | undefined): void {
  const spec = jt?.spec;
  w.write(0, `Selector:\t${spec?.selector ? selectorString(spec.selector) : '<unset>'}\n`);
  w.write(0, `Parallelism:\t${orUnset(spec?.parallelism)}\n`);
  w.write(0, `Completions:\t${orUnset(spec?.completions)}\n`);
  if (spec?.activeDeadlineSeconds != null) w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  describePodTemplate(w, template(spec?.template));
}

export function describeCronJob(cj: CronJob): string {
  const w = new Lines();
  const spec = cj.spec;
  w.write(0, `Name:\t${cj.metadata?.name ?? ''}\n`);
  w.write(0, `Namespace:\t${cj.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', cj.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', cj.metadata?.annotations);
  w.write(0, `Schedule:\t${spec?.schedule ?? ''}\n`);
  w.write(0, `Concurrency Policy:\t${spec?.concurrencyPolicy ?? ''}\n`);
  w.write(0, `Suspend:\t${orUnset(spec?.suspend)}\n`);
  w.write(0, `Successful Job History Limit:\t${orUnset(spec?.successfulJobsHistoryLimit)}\n`);
  w.write(0, `Failed Job History Limit:\t${orUnset(spec?.failedJobsHistoryLimit)}\n`);
  w.write(
    0,
    `Starting Deadline Seconds:\t${spec?.startingDeadlineSeconds == null ? '<unset>' : `${spec.startingDeadlineSeconds}s`}\n`,
  );
  describeJobTemplate(w, spec?.jobTemplate);
  const last = cj.status?.lastScheduleTime;
  w.write(0, `Last Schedule Time:\t${last ? rfc1123z(last) : '<unset>'}\n`);
  const active = cj.status?.active ?? [];
  w.write(0, `Active Jobs:\t${active.length === 0 ? '<none>' : active.map((j) => j.name ?? '').join(', ')}\n`);
  describeNoEvents(w);
  return w.tabbed();
}
