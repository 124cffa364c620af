// What the API server adds to a Job and a CronJob (k8s.io/kubernetes v1.34): the decoder's
// SetDefaults_Job and SetDefaults_CronJob (pkg/apis/batch/v1/defaults.go) with their pod
// templates' SetDefaults_PodSpec (zz_generated.defaults.go), and the Job strategy's
// generateSelector (pkg/registry/batch/job/strategy.go PrepareForCreate): the labels that tie a
// Job's pods to it, by name and by uid, and the selector on the uid.
import type { K8sObject, Pod } from '../../model/objects.ts';
import { setPodSpecDefaults } from '../pod/podSpec.ts';
import { child, mapping, mappings, orDefault, orDefaultString } from './shape.ts';

/** batch.LegacyJobNameLabel, JobNameLabel, LegacyControllerUidLabel, ControllerUidLabel (pkg/apis/batch/types.go). */
const JOB_NAME_LABELS = ['job-name', 'batch.kubernetes.io/job-name'];
const CONTROLLER_UID_LABELS = ['controller-uid', 'batch.kubernetes.io/controller-uid'];

/**
 * A pod template as stored: its pod spec's defaults (a template, not a Pod: SetDefaults_PodSpec, not
 * SetDefaults_Pod), and its metadata, a struct (`metav1.ObjectMeta \`json:"metadata,omitempty"\``,
 * k8s.io/api core/v1 PodTemplateSpec) that encoding/json writes even when empty: `metadata: {}` since
 * v1.34 left out the zero creationTimestamp (`metadata: {creationTimestamp: null}` before).
 */
function setTemplateDefaults(template: unknown): void {
  const t = mapping(template);
  if (t) child(t, 'metadata');
  const spec = t && child(t, 'spec');
  // The container defaults read an image as a string (its tag): a container of another shape leaves the spec as written.
  const wellFormed = (l: unknown) =>
    l == null ||
    mappings(l).filter((c) => c['image'] == null || typeof c['image'] === 'string').length === (l as []).length;
  if (spec && wellFormed(spec['containers']) && wellFormed(spec['initContainers']))
    setPodSpecDefaults(spec as unknown as NonNullable<Pod['spec']>);
}

/** SetDefaults_Job, then the template's. Run again on the object as read back, it copies the template's labels, generated ones included. */
export function setJobDefaults(job: K8sObject): void {
  const spec = child(job, 'spec');
  if (!spec) return;
  // A non-parallel job can leave both unset: both become 1.
  if (spec['completions'] == null && spec['parallelism'] == null) spec['completions'] = 1;
  orDefault(spec, 'parallelism', 1);
  orDefault(spec, 'backoffLimit', spec['backoffLimitPerIndex'] != null ? 2147483647 : 6);
  const labels = mapping(mapping(mapping(spec['template'])?.['metadata'])?.['labels']);
  const meta = mapping(job.metadata);
  // The same map, as Go assigns it: the labels generateJobSelector adds to the template are the
  // Job's too, until storage's encoding separates them (admitStored.ts).
  if (labels && meta && Object.keys(mapping(meta['labels']) ?? {}).length === 0) meta['labels'] = labels;
  orDefault(spec, 'completionMode', 'NonIndexed');
  orDefault(spec, 'suspend', false);
  const policy = mapping(spec['podFailurePolicy']);
  for (const rule of mappings(policy?.['rules']))
    for (const pattern of mappings(rule['onPodConditions'])) orDefaultString(pattern, 'status', 'True');
  // JobPodReplacementPolicy, GA in v1.34.
  orDefault(spec, 'podReplacementPolicy', policy ? 'Failed' : 'TerminatingOrFailed');
  orDefault(spec, 'manualSelector', false);
  setTemplateDefaults(spec['template']);
}

/**
 * generateSelectorIfNeeded: unless the selector is manual, the template gets the job-name and
 * controller-uid labels (legacy and batch.kubernetes.io/ forms) where not written, and the selector
 * matches batch.kubernetes.io/controller-uid. An update keeps them: the uid is kept, so this gives
 * the same labels again.
 */
export function generateJobSelector(job: K8sObject): void {
  const spec = mapping(job['spec']);
  if (!spec || spec['manualSelector'] === true) return;
  const name = job.metadata?.name ?? '';
  const uid = job.metadata?.uid ?? '';
  const template = child(spec, 'template');
  const meta = template && child(template, 'metadata');
  const labels = meta && child(meta, 'labels');
  for (const l of JOB_NAME_LABELS) if (labels) orDefault(labels, l, name);
  for (const l of CONTROLLER_UID_LABELS) if (labels) orDefault(labels, l, uid);
  const selector = child(spec, 'selector');
  const matchLabels = selector && child(selector, 'matchLabels');
  if (matchLabels) orDefault(matchLabels, CONTROLLER_UID_LABELS[1]!, uid);
}

/**
 * SetDefaults_CronJob; the job template's pod template is stored as a Job's is, the job template's
 * spec gets no defaults, and its metadata (a JobTemplateSpec's ObjectMeta, batch/v1 types.go) is a
 * struct too, `metadata: {}` when none is written.
 */
export function setCronJobDefaults(cj: K8sObject): void {
  const spec = child(cj, 'spec');
  if (!spec) return;
  orDefaultString(spec, 'concurrencyPolicy', 'Allow');
  orDefault(spec, 'suspend', false);
  orDefault(spec, 'successfulJobsHistoryLimit', 3);
  orDefault(spec, 'failedJobsHistoryLimit', 1);
  const jobTemplate = mapping(spec['jobTemplate']);
  if (jobTemplate) child(jobTemplate, 'metadata');
  setTemplateDefaults(mapping(jobTemplate?.['spec'])?.['template']);
}
