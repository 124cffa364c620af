// kube-scheduler (reduced to what changes traffic) and the CNI's IPAM.
// Filter: spec.nodeName binds directly; nodeSelector must match the node's labels; NoSchedule /
// NoExecute taints must be tolerated (a NotReady node carries node.kubernetes.io/not-ready,
// TaintNodesByCondition); NodeResourcesFit: fewer pods on the node than its allocatable pods, and the
// pod's resource requests must fit what the node has left (nodeResourcesFit.ts, with the quantities plug-in). Score: the fewest pods wins (a stand-in for NodeResourcesBalancedAllocation
// + PodTopologySpread), ties by node order. Unschedulable pods get FitError's message
// (pkg/scheduler/framework/types.go `FitError.Error`).
// IPAM: host-local (podIPAM.ts), from .2 of the node's podCIDR, continuing after the last reserved.
import type { ClusterState } from '../model/clusterState.ts';

import type { AdmittedPod, AdmittedNode } from '../model/admitted.ts';
import type { Taint } from 'kubernetes-types/core/v1';
import { createPodIPAM, hostLocalRangeSet } from './podIPAM.ts';
import { DiagnosticCode, type DiagnosticSay } from '../diagnostics.ts';
import { objectKey } from '../model/objects.ts';
import type { ControllerContext } from './runControllers.ts';
import { isNodeReady } from './nodes.ts';
import { declaredPhase, kubeletStatus, markTerminating, pendingStatus, sandboxID } from './podStatus.ts';
import { nodeHostIPs } from '../model/nodeAddresses.ts';
import { matchesSet } from '../model/labels.ts';
import { installedPlugin } from './plugins.ts';

export interface Scheduler {
  /** Binds, assigns an IP and sets the status of `pod`. `onlyNode` restricts the choice (DaemonSet). */
  place(pod: AdmittedPod, onlyNode?: AdmittedNode): void;
}

function tolerates(pod: AdmittedPod, taint: Taint): boolean {
  return (pod.spec.tolerations ?? []).some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (t.operator === 'Exists') return !t.key || t.key === taint.key;
    return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
  });
}

function blockingTaint(pod: AdmittedPod, node: AdmittedNode): Taint | undefined {
  const taints: Taint[] = [...(node.spec?.taints ?? [])];
  if (!isNodeReady(node) && !taints.some((t) => t.key === 'node.kubernetes.io/not-ready'))
    taints.push({ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' });
  return taints.find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(pod, t));
}

/** nodeSelector: labels.SelectorFromSet(pod.spec.nodeSelector).Matches(node labels) (nodeaffinity plugin). */
function matchesSelector(pod: AdmittedPod, node: AdmittedNode): boolean {
  return matchesSet(pod.spec.nodeSelector, node.metadata.labels);
}

/**
 * `resume`: the first sync starts from an empty cluster (no pod counted on a node, no address in
 * use); later passes (the KubectlHistory replay's replacement pods) count the pods already bound
 * and keep the addresses they hold.
 */
export function createScheduler(state: ClusterState, ctx: ControllerContext, resume = false): Scheduler {
  // The pods on each node as the scheduler's cache holds them: a Succeeded or Failed pod is not in it.
  const podCount = new Map<string, number>();
  const hold = (pod: AdmittedPod, n: string) => declaredPhase(pod) || podCount.set(n, (podCount.get(n) ?? 0) + 1);
  if (resume) for (const p of state.pods) if (p.spec.nodeName) hold(p, p.spec.nodeName);
  // NodeResourcesFit, with what each node's pods request: installed with the quantities plug-in.
  const fit = installedPlugin('quantities')?.resourceFit(resume ? state.pods : []);
  // A quantity other than nodes.ts's '110' reaches a node only through the quantities plug-in's decoder.
  const allowedPods = (node: AdmittedNode) => (fit ? fit.allowedPods(node) : Number(node.status?.allocatable?.pods));
  const ipam = createPodIPAM(state, resume ? 'from-pods' : 'none');

  // An editor warning on the pod: its English `message`, and `say` for the faces' other languages.
  const warn = (pod: AdmittedPod, message: string, field: string, say: DiagnosticSay) => {
    const ns = pod.metadata.namespace;
    const name = pod.metadata.name;
    const origin = state.origins.get(objectKey('Pod', ns, name));
    const docIndex = origin?.docIndex ?? -1;
    const path = [...(origin?.pathPrefix ?? []), ...field.split('.')];
    const range = docIndex >= 0 ? ctx.locate(docIndex, path) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    ctx.report({
      severity: 'warning',
      code: DiagnosticCode.controller,
      message,
      say,
      ...range,
      ...(docIndex >= 0 ? { docIndex } : {}),
      kind: 'Pod',
      namespace: ns,
      name,
    });
  };

  // kubelet's lookups of the ConfigMaps and Secrets pods name (kubeletConfig.ts), installed when the scenario mentions them.
  const config = installedPlugin('config');
  const bind = (pod: AdmittedPod, node: AdmittedNode) => {
    const at = pod.metadata.creationTimestamp ?? state.createdAt;
    const nodeName = node.metadata.name;
    pod.spec.nodeName = nodeName;
    hold(pod, nodeName);
    fit?.bound(pod, nodeName);
    if (config?.waitForVolumes(state, pod, node, at)) return;
    const ip = pod.spec.hostNetwork ? (nodeHostIPs(node)[0] ?? null) : ipam.allocate(node);
    if (ip === null) {
      // kubelet cannot create the sandbox: the CNI (flannel, host-local IPAM) has no address left.
      // kuberuntime_manager.go SyncPod records FailedCreatePodSandBox with containerd's error.
      const msg = `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "${sandboxID(pod)}": plugin type="flannel" failed (add): failed to allocate for range 0: no IP addresses available in range set: ${hostLocalRangeSet(node.spec?.podCIDR)}`;
      kubeletStatus(pod, node, null, at);
      state.events.push({
        about: objectKey('Pod', pod.metadata.namespace, pod.metadata.name),
        type: 'Warning',
        reason: 'FailedCreatePodSandBox',
        from: 'kubelet',
        message: msg,
        at,
        host: nodeName,
      });
      warn(pod, `pod "${pod.metadata.name}" stays ContainerCreating on ${nodeName}: ${msg}`, 'metadata.name', {
        code: 'pod.sandboxFailed',
        params: { name: pod.metadata.name, node: nodeName, why: msg },
      });
      return;
    }
    kubeletStatus(pod, node, ip, at, state.now);
    config?.startContainers(state, pod);
  };

  return {
    place(pod, onlyNode) {
      markTerminating(pod, state.now);
      const at = pod.metadata.creationTimestamp ?? state.createdAt;
      const wanted = pod.spec.nodeName;
      if (wanted) {
        const node = state.nodes.find((n) => n.metadata.name === wanted);
        if (!node) {
          pendingStatus(pod, at, true, '');
          warn(
            pod,
            `pod "${pod.metadata.name}" is bound to node "${wanted}", which does not exist: it stays Pending and gets no IP`,
            'spec.nodeName',
            { code: 'pod.boundToMissingNode', params: { name: pod.metadata.name, node: wanted } },
          );
          return;
        }
        if (!isNodeReady(node)) {
          pendingStatus(pod, at, true, '', nodeHostIPs(node)[0]);
          warn(
            pod,
            `pod "${pod.metadata.name}" is bound to node "${wanted}", which is NotReady: it stays Pending and gets no IP`,
            'spec.nodeName',
            { code: 'pod.boundToNotReadyNode', params: { name: pod.metadata.name, node: wanted } },
          );
          return;
        }
        bind(pod, node);
        return;
      }
      const candidates = onlyNode ? [onlyNode] : state.nodes;
      const reasons = new Map<string, number>();
      // DefaultPreemption's verdict per node: a taint or the node selector cannot be undone by
      // evicting pods; resources could, but no pod has a lower priority than this one.
      const preemption = new Map<string, number>();
      const tally = (m: Map<string, number>, r: string) => m.set(r, (m.get(r) ?? 0) + 1);
      let best: AdmittedNode | undefined;
      for (const node of candidates) {
        const count = podCount.get(node.metadata.name) ?? 0;
        const taint = blockingTaint(pod, node);
        let failed: string[] = [];
        // Filter plugins run in the default profile's order and stop at the first failure:
        // TaintToleration, NodeAffinity, then NodeResourcesFit (pkg/scheduler/apis/config/v1/default_plugins.go).
        if (taint) failed = [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`];
        else if (!matchesSelector(pod, node)) failed = ["node(s) didn't match Pod's node affinity/selector"];
        if (failed.length) tally(preemption, 'Preemption is not helpful for scheduling');
        else {
          // fitsRequest: the pods on the node against its allocatable pods (AllowedPodNumber) first, then each resource.
          failed = count < allowedPods(node) ? [] : ['Too many pods'];
          failed.push(...(fit?.insufficient(pod, node) ?? []));
          if (failed.length) tally(preemption, 'No preemption victims found for incoming pod');
        }
        if (failed.length) {
          for (const r of failed) tally(reasons, r);
          continue;
        }
        if (!best || count < (podCount.get(best.metadata.name) ?? 0)) best = node;
      }
      // The scheduler's Events (pkg/scheduler/schedule_one.go: Scheduled on binding, FailedScheduling
      // with FitError's message); a pod bound by spec.nodeName never met the scheduler.
      // The scheduler records through events.k8s.io/v1 with an action: Binding, or Scheduling.
      const event = (type: 'Normal' | 'Warning', reason: string, message: string) =>
        state.events.push({
          about: objectKey('Pod', pod.metadata.namespace, pod.metadata.name),
          type,
          reason,
          from: 'default-scheduler',
          message,
          at,
          action: type === 'Normal' ? 'Binding' : 'Scheduling',
        });
      if (best) {
        event(
          'Normal',
          'Scheduled',
          `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${best.metadata.name}`,
        );
        bind(pod, best);
        return;
      }
      // FitError.Error: each histogram's "count reason" sorted as strings.
      const total = state.nodes.length;
      const histogram = (m: Map<string, number>) =>
        [...m.entries()]
          .map(([r, n]) => `${n} ${r}`)
          .sort()
          .join(', ');
      const msg = `0/${total} nodes are available: ${histogram(reasons)}. preemption: 0/${total} nodes are available: ${histogram(preemption)}.`;
      pendingStatus(pod, at, false, msg);
      event('Warning', 'FailedScheduling', msg);
      warn(pod, `pod "${pod.metadata.name}" is Pending: ${msg}`, 'spec.nodeSelector', {
        code: 'pod.unschedulable',
        params: { name: pod.metadata.name, why: msg },
      });
    },
  };
}
