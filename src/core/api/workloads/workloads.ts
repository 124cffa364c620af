// Defaults (a StatefulSet's and a DaemonSet's own are setsDefaults.ts) and validation of Deployment, ReplicaSet, StatefulSet and DaemonSet
// (k8s.io/kubernetes pkg/apis/apps/v1/defaults.go; pkg/apis/apps/validation/validation.go
// ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec,
// ValidatePodTemplateSpecForReplicaSet).
import type { K8sObject } from '../../model/objects.ts';
import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from '../../model/objects.ts';
import { invalid, notSupported, required, type FieldError } from '../fieldErrors.ts';
import { nameIsDNSSubdomain } from '../validation/names.ts';
import {
  nonNegative,
  validateAnnotations,
  validateLabelSelector,
  validateLabels,
  validateObjectMeta,
} from '../validation/objectMeta.ts';
import { setPodSpecDefaults, validatePodSpec } from '../pod/podSpec.ts';
import { labelSelectorMatches } from '../../model/labels.ts';

type Workload = Deployment | ReplicaSet | StatefulSet | DaemonSet;

/** Every workload's template, and a Deployment's and a ReplicaSet's own defaults; the other two kinds' are setsDefaults.ts. */
export function setWorkloadDefaults(obj: K8sObject): void {
  const w = obj as Workload;
  const spec = (w.spec ??= {} as never) as NonNullable<Deployment['spec']>;
  const template = (spec.template ??= {});
  setPodSpecDefaults((template.spec ??= { containers: [] }));
  if (obj.kind === 'Deployment') {
    spec.strategy ??= { type: 'RollingUpdate' };
    if (spec.strategy.type === 'RollingUpdate')
      spec.strategy.rollingUpdate = { maxUnavailable: '25%', maxSurge: '25%', ...spec.strategy.rollingUpdate };
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
  }
  if (obj.kind === 'Deployment' || obj.kind === 'ReplicaSet') spec.replicas ??= 1;
}

/** The upstream detail names the kind, and ReplicaSet reuses "deployment". */
const EMPTY_SELECTOR: Record<string, string> = {
  Deployment: 'empty selector is invalid for deployment',
  ReplicaSet: 'empty selector is invalid for deployment',
  StatefulSet: 'empty selector is not valid for statefulset.',
  DaemonSet: 'empty selector is invalid for daemonset',
};

export function validateWorkload(obj: K8sObject): FieldError[] {
  const w = obj as Workload;
  const spec = w.spec as NonNullable<Deployment['spec']> | undefined;
  const errs = validateObjectMeta(w.metadata, true, nameIsDNSSubdomain);
  if (obj.kind !== 'DaemonSet') errs.push(...nonNegative(spec?.replicas, 'spec.replicas'));
  const sel = spec?.selector;
  if (!sel) {
    errs.push(required('spec.selector'));
  } else {
    errs.push(...validateLabelSelector(sel, 'spec.selector'));
    if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions?.length ?? 0) === 0) {
      errs.push(invalid('spec.selector', sel as Record<string, unknown>, EMPTY_SELECTOR[String(obj.kind)] ?? ''));
    }
  }
  const template = spec?.template;
  const labels = template?.metadata?.labels;
  // LabelSelectorAsSelector(nil) is labels.Nothing(), which matches no labels; an empty selector
  // (Empty()) skips the check.
  const emptySel =
    sel !== undefined && Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions?.length ?? 0) === 0;
  if (!emptySel && !labelSelectorMatches(sel, labels)) {
    errs.push(
      invalid(
        'spec.template.metadata.labels',
        (labels ?? null) as Record<string, unknown> | null,
        '`selector` does not match template `labels`',
      ),
    );
  }
  errs.push(...validateLabels(labels, 'spec.template.metadata.labels'));
  errs.push(...validateAnnotations(template?.metadata?.annotations, 'spec.template.metadata.annotations'));
  errs.push(...validatePodSpec(template?.spec, 'spec.template.spec'));
  const rp = template?.spec?.restartPolicy;
  if (rp && rp !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', rp, ['Always']));
  return errs;
}
