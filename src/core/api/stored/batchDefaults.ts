// What the API server adds to a Job and a CronJob (k8s.io/kubernetes v1.34): the decoder's
// SetDefaults_Job and SetDefaults_CronJob (pkg/apis/batch/v1/defaults.go) with their pod
// templates' SetDefaults_PodSpec (zz_generated.defaults.go), and the Job strategy's
// generateSelector (pkg/registry/batch/job/strategy.go PrepareForCreate): the labels that tie a
// Job's pods to it, by name and by uid, and the selector on the uid.
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { Mutable } from '../mutable.ts';
import { setPodSpecDefaults } from '../pod/podSpec.ts';

type JobSpec = Mutable<NonNullable<Job['spec']>>;

/** batch.LegacyJobNameLabel, JobNameLabel, LegacyControllerUidLabel, ControllerUidLabel (pkg/apis/batch/types.go). */
export const JOB_NAME_LABELS = ['job-name', 'batch.kubernetes.io/job-name'] as const;
export const CONTROLLER_UID_LABELS = ['controller-uid', 'batch.kubernetes.io/controller-uid'] as const;

/** The template's pod spec defaults (a template, not a Pod: SetDefaults_PodSpec, not SetDefaults_Pod). */
function setTemplateDefaults(template: NonNullable<JobSpec['template']> | undefined): void {
  if (template) setPodSpecDefaults((template.spec ??= { containers: [] }));
}

/** SetDefaults_Job, then the template's. Run again on the object as read back, it copies the template's labels, generated ones included. */
export function setJobDefaults(job: Mutable<Job>): void {
  const spec = (job.spec ??= { template: {} }) as JobSpec;
  // A non-parallel job can leave both unset: both become 1.
  if (spec.completions == null && spec.parallelism == null) spec.completions = 1;
  spec.parallelism ??= 1;
  spec.backoffLimit ??= spec.backoffLimitPerIndex != null ? 2147483647 : 6;
  const labels = spec.template?.metadata?.labels;
  const meta = (job.metadata ??= {});
  // The same map, as Go assigns it: the labels generateJobSelector adds to the template are the
  // Job's too, until storage's encoding separates them (admitStored.ts).
  if (labels && Object.keys(meta.labels ?? {}).length === 0) meta.labels = labels;
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  for (const rule of spec.podFailurePolicy?.rules ?? [])
    for (const pattern of rule.onPodConditions ?? []) (pattern as { status?: string }).status ||= 'True';
  // JobPodReplacementPolicy, GA in v1.34.
  spec.podReplacementPolicy ??= spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  spec.manualSelector ??= false;
  setTemplateDefaults(spec.template);
}

/**
 * generateSelectorIfNeeded: unless the selector is manual, the template gets the job-name and
 * controller-uid labels (legacy and batch.kubernetes.io/ forms) where not written, and the selector
 * matches batch.kubernetes.io/controller-uid. An update keeps them: the uid is kept, so this gives
 * the same labels again.
 */
export function generateJobSelector(job: Mutable<Job>): void {
  const spec = job.spec as JobSpec;
  if (spec.manualSelector) return;
  const name = job.metadata?.name ?? '';
  const uid = job.metadata?.uid ?? '';
  const template = (spec.template ??= {});
  const labels = ((template.metadata ??= {}).labels ??= {});
  for (const l of JOB_NAME_LABELS) labels[l] ??= name;
  for (const l of CONTROLLER_UID_LABELS) labels[l] ??= uid;
  const selector = (spec.selector ??= {});
  (selector.matchLabels ??= {})[CONTROLLER_UID_LABELS[1]] ??= uid;
}

/** SetDefaults_CronJob; the job template's pod spec gets its defaults, the job template's spec none. */
export function setCronJobDefaults(cj: Mutable<CronJob>): void {
  const spec = (cj.spec ??= { schedule: '', jobTemplate: {} }) as Mutable<NonNullable<CronJob['spec']>>;
  spec.concurrencyPolicy ||= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  setTemplateDefaults(spec.jobTemplate?.spec?.template);
}
