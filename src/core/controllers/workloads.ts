// Deployment → ReplicaSet → Pods, as the deployment controller (pkg/controller/deployment/sync.go
// getNewReplicaSet: name `<deploy>-<pod-template-hash>`, hash label added to selector, template and
// labels, annotations revision / desired-replicas / max-replicas) and the ReplicaSet controller
// (pkg/controller/replicaset/replica_set.go: pods with generateName `<rs>-`) create them.
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedDeployment, AdmittedReplicaSet } from '../model/admitted.ts';
import type { Rng } from '../random/rng.ts';
import { objectKey } from '../model/objects.ts';
import { DiagnosticCode } from '../diagnostics.ts';
import { SCENARIO_LIMITS } from '../model/limits.ts';
import type { ControllerContext } from './runControllers.ts';
import { computeHash, generateName } from './names.ts';
import { controllerRef, deepClone, ensureUid, mut, recordOrigin, type KObject } from './meta.ts';
import { controllerOf } from '../model/ownerReferences.ts';
import { podFromTemplate, type PodBudget } from './podTemplate.ts';
import type { Scheduler } from './scheduler.ts';
import { recordEvent } from './workloadEvents.ts';

export const POD_TEMPLATE_HASH = 'pod-template-hash';

/** spec.replicas (default 1), capped by the scenario limits with a diagnostic at spec.replicas. */
export function desiredReplicas(
  state: ClusterState,
  obj: KObject & { spec?: { replicas?: number } },
  budget: PodBudget,
  ctx: ControllerContext,
): number {
  const spec: { replicas?: unknown } = obj.spec ?? {};
  const raw =
    typeof spec.replicas === 'number' && Number.isInteger(spec.replicas) && spec.replicas >= 0 ? spec.replicas : 1;
  const cap = Math.min(raw, SCENARIO_LIMITS.maxReplicas, budget.remaining);
  if (cap < raw) {
    const key = objectKey(String(obj.kind), obj.metadata?.namespace, obj.metadata?.name ?? '');
    const origin = state.origins.get(key);
    const docIndex = origin?.docIndex ?? -1;
    const perWorkload = raw > SCENARIO_LIMITS.maxReplicas;
    const max = perWorkload ? SCENARIO_LIMITS.maxReplicas : SCENARIO_LIMITS.maxPods;
    const limit = `at most ${max} ${perWorkload ? 'replicas per workload' : 'pods per scenario'}`;
    const owner = ownerOf(obj);
    const range =
      docIndex >= 0
        ? ctx.locate(docIndex, [...(origin?.pathPrefix ?? []), 'spec', 'replicas'])
        : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    ctx.report({
      severity: 'warning',
      code: DiagnosticCode.limit,
      message: `${owner.kind} "${owner.name}" asks for ${raw} replicas; the playground accepts ${limit}, so only ${cap} pods were created`,
      say: {
        code: perWorkload ? 'limit.replicasPerWorkload' : 'limit.podsPerScenario',
        params: {
          kind: owner.kind,
          name: owner.name,
          replicas: raw,
          max,
          pods: cap,
        },
      },
      ...range,
      ...(docIndex >= 0 ? { docIndex } : {}),
      kind: String(obj.kind),
      namespace: obj.metadata?.namespace ?? 'default',
      name: obj.metadata?.name ?? '',
      field: 'spec.replicas',
    });
  }
  budget.remaining -= cap;
  return cap;
}

/** `Deployment "web"` for a Deployment's ReplicaSet (the user wrote the Deployment), else the object itself. */
/** The workload a learner wrote: a Deployment's ReplicaSet is named by its Deployment. */
function ownerOf(obj: KObject): { kind: string; name: string } {
  const owner = controllerOf(obj);
  return owner?.kind === 'Deployment'
    ? { kind: 'Deployment', name: owner.name }
    : { kind: String(obj.kind), name: obj.metadata?.name ?? '' };
}

const REVISION = 'deployment.kubernetes.io/revision';

/** The ReplicaSet a Deployment owns (created, not rolled: every scenario is a first apply). */
export function reconcileDeployment(state: ClusterState, d: AdmittedDeployment): void {
  const ns = d.metadata.namespace;
  ensureUid(state, d);
  const template = deepClone(d.spec.template);
  const hash = computeHash(template, d.status?.collisionCount);
  const name = `${d.metadata.name}-${hash}`;
  // The controller stamps its new ReplicaSet's revision on the Deployment too (sync.go getNewReplicaSet,
  // deploymentutil.SetDeploymentRevision): `kubectl get deploy -o yaml` and `describe` show it.
  d.metadata.annotations = { ...d.metadata.annotations, [REVISION]: '1' };
  if (state.replicaSets.some((rs) => rs.metadata.namespace === ns && rs.metadata.name === name)) return;
  const replicas = typeof d.spec.replicas === 'number' ? d.spec.replicas : 1;
  const maxSurge = scaledValue(
    d.spec.strategy?.type === 'Recreate' ? 0 : (d.spec.strategy?.rollingUpdate?.maxSurge ?? '25%'),
    replicas,
    Math.ceil,
  );
  const labels = { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH]: hash };
  const rs: AdmittedReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: ns,
      labels,
      annotations: {
        'deployment.kubernetes.io/desired-replicas': String(replicas),
        'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge),
        [REVISION]: '1',
      },
      ownerReferences: [controllerRef(d)],
      creationTimestamp: d.metadata.creationTimestamp ?? state.createdAt,
      generation: 1,
    },
    spec: {
      replicas,
      selector: {
        ...d.spec.selector,
        matchLabels: { ...(d.spec.selector?.matchLabels ?? {}), [POD_TEMPLATE_HASH]: hash },
      },
      template: { ...template, metadata: { ...(template.metadata ?? {}), labels } },
    },
  };
  ensureUid(state, rs);
  state.replicaSets.push(rs);
  recordOrigin(state, 'ReplicaSet', ns, name, d, 'deployment-controller');
  if (replicas > 0)
    recordEvent(
      state,
      d,
      'deployment-controller',
      'ScalingReplicaSet',
      `Scaled up replica set ${name} from 0 to ${replicas}`,
    );
}

/**
 * maxSurge or maxUnavailable as an absolute number (intstr.GetScaledValueFromIntOrPercent): a
 * percentage of `replicas`, rounded up for maxSurge and down for maxUnavailable (ResolveFenceposts).
 */
export function scaledValue(v: string | number, replicas: number, round: (x: number) => number): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  return m ? round((Number(m[1]) * replicas) / 100) : Number(v) || 0;
}

/** The names of the pods in a namespace, as a pass of the ReplicaSet controller draws new ones. */
export type PodNames = (namespace: string) => Set<string>;

/**
 * The names of `state`'s pods by namespace, built once for a pass over every ReplicaSet
 * (runControllers.ts), whose reconciles add the only pods meanwhile and add their names here: one
 * scan of the pods per ReplicaSet made 100 ReplicaSets of 10 pods read 50,000 pods.
 */
export function podNamesOf(state: ClusterState): PodNames {
  const byNs = new Map<string, Set<string>>();
  for (const p of state.pods) namesOf(byNs, p.metadata.namespace).add(p.metadata.name);
  return (ns) => namesOf(byNs, ns);
}

function namesOf(byNs: Map<string, Set<string>>, ns: string): Set<string> {
  let names = byNs.get(ns);
  if (!names) byNs.set(ns, (names = new Set()));
  return names;
}

/**
 * The pods of a ReplicaSet: `<rs>-<5 random chars>`, labels from the template. `namesIn`: the pod
 * names drawn so far in this pass (podNamesOf), kept up to date here.
 */
export function reconcileReplicaSet(
  state: ClusterState,
  rs: AdmittedReplicaSet,
  rng: Rng,
  budget: PodBudget,
  ctx: ControllerContext,
  scheduler: Scheduler,
  namesIn: PodNames = podNamesOf(state),
): void {
  const ns = rs.metadata.namespace;
  const rsName = rs.metadata.name;
  ensureUid(state, rs);
  const replicas = desiredReplicas(state, rs, budget, ctx);
  const names = rng.fork(`pods:${ns}/${rsName}`);
  // The namespace's pod names, kept up to date, instead of a scan per drawn name.
  const podNames = namesIn(ns);
  const taken = (n: string) => podNames.has(n);
  const at = rs.metadata.creationTimestamp ?? state.createdAt;
  let refused: string | undefined;
  for (let i = 0; i < replicas && !refused; i++) {
    const name = generateName(`${rsName}-`, names, taken);
    podNames.add(name);
    const pod = podFromTemplate(rs.spec.template, rs, name, ns, {}, at, state);
    if (typeof pod === 'string') {
      // manageReplicas creates in slow-start batches, the first of one pod, and stops at a failed batch.
      refused = pod;
      podNames.delete(name);
      continue;
    }
    ensureUid(state, pod);
    state.pods.push(pod);
    recordOrigin(state, 'Pod', ns, name, rs, 'replicaset-controller', ['spec', 'template']);
    recordEvent(state, rs, 'replicaset-controller', 'SuccessfulCreate', `Created pod: ${name}`);
    scheduler.place(pod);
  }
  // The controller owns the status; a failed create is its ReplicaFailure condition (replica_set_utils.go
  // calculateStatus), read by updateWorkloadStatuses with the counts.
  mut(rs).status = {
    replicas: 0,
    conditions: refused
      ? [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: at, reason: 'FailedCreate', message: refused }]
      : undefined,
  };
}
