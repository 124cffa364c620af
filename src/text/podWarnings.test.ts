// The scheduler's and kubelet's editor warnings on a pod left without an IP (controllers/scheduler.ts):
// English is the core's message, Korean wraps the same verdict around kube-scheduler's or kubelet's
// own message, which stays verbatim as a real cluster prints it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../core/scenario/index.ts';
import { diagnosticText } from './messages.ts';

const text = readFileSync(new URL('./fixtures/pod-warnings.yaml', import.meta.url), 'utf8');
const warnings = loadScenario(text).diagnostics.filter((d) => d.say?.code.startsWith('pod.'));

const FIT_ERROR =
  "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";
// kubelet's FailedCreatePodSandBox message (sandboxFailure.test.ts), its sandbox id a hash of the pod's uid
const NO_IP = warnings.find((d) => d.say?.code === 'pod.sandboxFailed')!.say!.params.why as string;

describe("a pod's scheduling warnings in the editor", () => {
  it('on the English page: the core message, on the line of the field that decided', () => {
    expect(NO_IP).toMatch(
      /^Failed to create pod sandbox: rpc error: .*: no IP addresses available in range set: 10\.244\.9\.1-10\.244\.9\.2$/,
    );
    expect(warnings.map((d) => [d.line, d.name, diagnosticText('en', d)])).toEqual([
      [32, 'lost', 'pod "lost" is bound to node "worker-z", which does not exist: it stays Pending and gets no IP'],
      [42, 'stuck', 'pod "stuck" is bound to node "worker-b", which is NotReady: it stays Pending and gets no IP'],
      [52, 'nowhere', `pod "nowhere" is Pending: ${FIT_ERROR}`],
      [71, 'second', `pod "second" stays ContainerCreating on tiny: ${NO_IP}`],
    ]);
  });

  it('on the Korean page: the verdict in Korean, the scheduler and kubelet verbatim', () => {
    expect(warnings.map((d) => diagnosticText('ko', d))).toEqual([
      '파드 "lost"는 존재하지 않는 노드 "worker-z"에 바인딩되어 있어 Pending 상태로 남고 IP를 받지 못합니다',
      '파드 "stuck"은 NotReady 상태인 노드 "worker-b"에 바인딩되어 있어 Pending 상태로 남고 IP를 받지 못합니다',
      `파드 "nowhere"는 스케줄되지 않아 Pending 상태로 남습니다: ${FIT_ERROR}`,
      `파드 "second"는 노드 tiny에서 ContainerCreating 상태로 남습니다: ${NO_IP}`,
    ]);
  });
});
