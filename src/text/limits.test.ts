// The playground's own limits (and a recorded command it does not replay), reported as diagnostics with a code (core/diagnostics.ts
// DiagnosticSay): the English is the core's `message` (its one wording, which ksp prints and the
// English page shows), and the Korean is the same limit in Korean.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../core/scenario/index.ts';
import { diagnosticText, messageText } from './messages.ts';

const deployment = (replicas: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${replicas}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: c, image: nginx}]}\n`;

function limitOf(text: string) {
  const d = loadScenario(text).diagnostics.find((x) => x.say);
  if (!d?.say) throw new Error('no limit reported');
  return { d, say: d.say };
}

describe('limits as codes', () => {
  it('a workload over the replica cap: the code, its English as the core says it, and its Korean', () => {
    const { d, say } = limitOf(deployment(1500));
    expect(say).toEqual({
      code: 'limit.replicasPerWorkload',
      params: { kind: 'Deployment', name: 'web', replicas: 1500, max: 1000, pods: 1000 },
    });
    expect(diagnosticText('en', d)).toBe(d.message);
    expect(messageText('ko', say)).toBe(
      'Deployment "web"은 레플리카 1500개를 요청하지만, 플레이그라운드는 워크로드마다 레플리카를 1000개까지 받으므로 파드를 1000개만 만들었습니다',
    );
  });

  it('a stream over the document count and a YAML nested too deep', () => {
    const many = limitOf('a: 1\n---\n'.repeat(5001));
    expect(many.say.code).toBe('limit.documents');
    expect(diagnosticText('en', many.d)).toBe(many.d.message);
    expect(messageText('ko', many.say)).toBe('시나리오에 문서가 5001개 있습니다. 플레이그라운드는 5000개까지 받습니다');
    const deep = limitOf(`${'['.repeat(101)}${']'.repeat(101)}\n`);
    expect(deep.say.code).toBe('limit.depth');
    expect(diagnosticText('en', deep.d)).toBe(deep.d.message);
    expect(messageText('ko', deep.say)).toMatch(
      /^YAML이 1번째 줄에서 \d+단계까지 중첩됩니다\. 플레이그라운드는 100단계까지 받습니다$/,
    );
  });

  it('a document that is not an object', () => {
    const { d, say } = limitOf('- a\n- b\n');
    expect(say.code).toBe('stream.notObject');
    expect(diagnosticText('en', d)).toBe(d.message);
    expect(messageText('ko', say)).toBe('쿠버네티스 오브젝트는 apiVersion, kind, metadata가 있는 매핑이어야 합니다');
  });

  it('a text over the size limit', () => {
    const big = limitOf(`# ${'x'.repeat(2_000_001)}\n`);
    expect(big.say.code).toBe('limit.size');
    expect(diagnosticText('en', big.d)).toBe(big.d.message);
    expect(messageText('ko', big.say)).toMatch(
      /^시나리오가 \d+바이트입니다\. 플레이그라운드는 2000000바이트까지 받습니다$/,
    );
  });

  it("a recorded command that no longer applies: the playground's reason as a code, kubectl's error verbatim", () => {
    const yaml = `${deployment(2)}---\napiVersion: playground.ksp.dev/v1alpha1\nkind: KubectlHistory\ncommands:\n- kubectl delete pod gone-12345\n- kubectl scale deployment web --replicas=2\n`;
    const ds = loadScenario(yaml).diagnostics.filter((d) => d.say?.code === 'history.notReplayed');
    expect(ds.map((d) => diagnosticText('en', d))).toEqual(ds.map((d) => d.message));
    expect(ds.map((d) => messageText('ko', d.say!))).toEqual([
      'KubectlHistory: "kubectl delete pod gone-12345"를 다시 실행하지 않았습니다: Error from server (NotFound): pods "gone-12345" not found',
      'KubectlHistory: "kubectl scale deployment web --replicas=2"를 다시 실행하지 않았습니다: kubectl delete pod, kubectl label pod, kubectl annotate pod 명령만 다시 실행합니다',
    ]);
  });
});

describe('kinds stored and not simulated, as codes', () => {
  it('a Job: the English as the core says it, and Korean', () => {
    const job = limitOf('apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec: {}\n');
    expect(job.say).toEqual({ code: 'kind.storedNotSimulated', params: { kind: 'Job' } });
    expect(diagnosticText('en', job.d)).toBe(job.d.message);
    expect(messageText('ko', job.say)).toBe('경고: Job은 저장되지만 플레이그라운드에서 시뮬레이션하지 않습니다');
  });
});
