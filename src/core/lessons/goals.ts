// Checks a lesson step's goal against the simulated cluster: the scenario goes through the real
// pipeline (loadScenario: admission, controllers), then requests go through the dataplane and
// commands through the simulated kubectl. Nothing is hard-coded: "which pod answers request 3" is
// whatever the seeded simulator does. Same scenario + goal + seed ⇒ same result.
import { loadScenario, type Scenario } from '../scenario/load.ts';
import { findObject } from '../api/store.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from '../dataplane/send.ts';
import type { RequestResult } from '../dataplane/types.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';
import { parseFieldPath } from '../yaml/fieldPath.ts';
import type { Goal, ReachExpect } from './types.ts';
import { findPod, resolveFrom, resolveTargets } from './resolveSpec.ts';
import { matchesSet } from '../model/labels.ts';

export interface GoalResult {
  passed: boolean;
  /** What happened, in words a learner can act on. */
  detail: string;
}

export interface GoalInput {
  /** The learner's choice for a `predict` goal. */
  answer?: string;
}

type PredictGoal = Extract<Goal, { type: 'predict' }>;

export function checkGoal(scenarioYaml: string, goal: Goal, seed: number, input: GoalInput = {}): GoalResult {
  return checkGoalOn(loadScenario(scenarioYaml, { seed }), goal, seed, input);
}

/** Sends `count` requests, `interval` simulated seconds apart, through a fresh dataplane seeded with `seed`. */
export function sendSeries(
  scenario: Scenario,
  seed: number,
  from: string,
  to: string,
  count: number,
  interval = 1,
): { ok: true; results: RequestResult[] } | { ok: false; error: string } {
  const src = resolveFrom(scenario.state, from);
  if (!src.ok) return src;
  const targets = resolveTargets(scenario.state, to);
  if (!targets.ok) return targets;
  const dp = createDataplane(scenario.state, createRng(seed).fork('lesson'));
  const results: RequestResult[] = [];
  for (let i = 0; i < count; i++) {
    for (const target of targets.value) results.push(dp.send({ from: src.value, to: target, time: i * interval }));
  }
  return { ok: true, results };
}

/** The choices (pods carrying the goal's labels) and the simulator's answer for a `predict` goal. */
export function predictAnswer(
  scenario: Scenario,
  goal: PredictGoal,
  seed: number,
): { ok: true; choices: string[]; answer: string } | { ok: false; error: string } {
  const choices = scenario.state.pods
    .filter((p) => matchesSet(goal.podLabel, p.metadata.labels))
    .map((p) => `${p.metadata.namespace}/${p.metadata.name}`)
    .sort();
  const sent = sendSeries(scenario, seed, goal.from, goal.to, goal.request, goal.interval);
  if (!sent.ok) return sent;
  const r = sent.results[goal.request - 1];
  if (!r || r.outcome !== 'ok' || !r.pod)
    return { ok: false, error: `request ${goal.request} does not reach a pod: ${r?.reason ?? 'no request'}` };
  if (!choices.includes(r.pod)) choices.push(r.pod);
  return { ok: true, choices, answer: r.pod };
}

export function checkGoalOn(scenario: Scenario, goal: Goal, seed: number, input: GoalInput = {}): GoalResult {
  const errors = scenario.diagnostics.filter((d) => d.severity === 'error');
  switch (goal.type) {
    case 'valid':
      return errors.length === 0
        ? { passed: true, detail: 'the API server accepts every object' }
        : { passed: false, detail: `line ${errors[0]!.line}: ${errors[0]!.message}` };
    case 'invalid': {
      const hit = errors.find((d) => d.message.includes(goal.messageIncludes));
      return hit
        ? { passed: true, detail: hit.message }
        : {
            passed: false,
            detail: errors.length
              ? `the error is a different one: ${errors[0]!.message}`
              : 'the API server accepts everything: no error yet',
          };
    }
    case 'object':
      return checkObject(scenario, goal);
    case 'kubectl': {
      // Placeholders work in commands too: `wget -O- -q {clusterIP:my-service}`.
      const argv: string[] = [];
      for (const word of goal.argv) {
        const filled = resolveTargets(scenario.state, word);
        if (!filled.ok) return { passed: false, detail: filled.error };
        argv.push(filled.value[0] ?? word);
      }
      const r = runKubectl(scenario, argv);
      const out = r.stdout + r.stderr;
      const missing = goal.stdoutIncludes.filter((s) => !r.stdout.includes(s));
      return missing.length === 0
        ? { passed: true, detail: r.stdout.trimEnd() }
        : { passed: false, detail: `the output lacks ${JSON.stringify(missing[0])}:\n${out.trimEnd()}` };
    }
    case 'predict': {
      const p = predictAnswer(scenario, goal, seed);
      if (!p.ok) return { passed: false, detail: p.error };
      if (input.answer === undefined) return { passed: false, detail: `choose one of: ${p.choices.join(', ')}` };
      return input.answer === p.answer
        ? { passed: true, detail: `right: request ${goal.request} is answered by ${p.answer}` }
        : { passed: false, detail: `not this time: request ${goal.request} is answered by ${p.answer}` };
    }
    case 'reach':
    case 'distribution':
    case 'sticky':
    case 'fails':
      return checkTraffic(scenario, goal, seed);
  }
}

type TrafficGoal = Extract<Goal, { type: 'reach' | 'distribution' | 'sticky' | 'fails' }>;

function checkTraffic(scenario: Scenario, goal: TrafficGoal, seed: number): GoalResult {
  const count = goal.type === 'reach' ? (goal.count ?? 1) : goal.type === 'fails' ? 1 : goal.count;
  const interval = goal.type === 'distribution' || goal.type === 'sticky' ? goal.interval : undefined;
  const sent = sendSeries(scenario, seed, goal.from, goal.to, count, interval);
  if (!sent.ok) return { passed: false, detail: sent.error };
  const results = sent.results;
  const failed = results.find((r) => r.outcome !== 'ok');
  if (goal.type === 'fails') {
    const ok = results.find((r) => r.outcome === 'ok');
    if (ok) return { passed: false, detail: `the request still reaches ${ok.pod ?? 'a pod'}` };
    const wrong = results.find(
      (r) =>
        (goal.outcome && r.outcome !== goal.outcome) ||
        (goal.reasonIncludes && !(r.reason ?? '').includes(goal.reasonIncludes)),
    );
    return wrong
      ? { passed: false, detail: `it fails, but differently: ${wrong.outcome}: ${wrong.reason ?? ''}` }
      : { passed: true, detail: `${results[0]!.outcome}: ${results[0]!.reason ?? ''}` };
  }
  if (failed) return { passed: false, detail: `${failed.outcome}: ${failed.reason ?? ''}` };
  const pods = [...new Set(results.map((r) => r.pod ?? ''))];
  if (goal.type === 'reach') {
    const off = goal.expect ? results.find((r) => !answeredBy(scenario, r, goal.expect!)) : undefined;
    return off
      ? { passed: false, detail: `reached ${off.pod}, not the expected pod` }
      : { passed: true, detail: `answered by ${pods.join(', ')}` };
  }
  if (goal.type === 'distribution') {
    return pods.length >= goal.minPods
      ? { passed: true, detail: `${count} requests spread over ${pods.length} pods: ${pods.join(', ')}` }
      : {
          passed: false,
          detail: `${count} requests reached only ${pods.length} pod(s): ${pods.join(', ')}; expected at least ${goal.minPods}`,
        };
  }
  return pods.length === 1
    ? { passed: true, detail: `all ${count} requests went to ${pods[0]}` }
    : { passed: false, detail: `${count} requests went to ${pods.length} pods: ${pods.join(', ')}` };
}

function answeredBy(scenario: Scenario, r: RequestResult, expect: ReachExpect): boolean {
  const pod = r.pod ? findPod(scenario.state, r.pod) : undefined;
  if (!pod) return false;
  const ref = `${pod.metadata.namespace}/${pod.metadata.name}`;
  if (expect.pod !== undefined) {
    const want = expect.pod.includes('/') ? expect.pod : `default/${expect.pod}`;
    if (!ref.startsWith(want)) return false;
  }
  return matchesSet(expect.podLabel, pod.metadata.labels);
}

function checkObject(scenario: Scenario, goal: Extract<Goal, { type: 'object' }>): GoalResult {
  const obj =
    findObject(scenario.state, goal.kind, goal.namespace ?? 'default', goal.name) ??
    findObject(scenario.state, goal.kind, undefined, goal.name);
  if (!obj) return { passed: false, detail: `there is no ${goal.kind} ${goal.name}` };
  for (const [path, want] of Object.entries(goal.fieldEquals)) {
    let v: unknown = obj;
    for (const seg of parseFieldPath(path))
      v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[seg] : undefined;
    if (v !== want)
      return {
        passed: false,
        detail: `${goal.kind} ${goal.name}: ${path} is ${JSON.stringify(v ?? null)}, expected ${JSON.stringify(want)}`,
      };
  }
  return {
    passed: true,
    detail: `${goal.kind} ${goal.name} has ${Object.entries(goal.fieldEquals)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ')}`,
  };
}
