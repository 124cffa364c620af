// Checks a lesson step's goal against the simulated cluster: the scenario goes through the real
// pipeline (loadScenario: admission, controllers), then requests go through the dataplane. A
// kubectl step is checked against what the learner ran in the console (the effects the core
// recorded for each command), never by running the command for the learner. Nothing is
// hard-coded: "which pod answers" is whatever the seeded simulator does. Same scenario + goal +
// seed + console ⇒ same result. The verdict is a code with parameters (goalResult.ts).
import { loadScenario, type Scenario } from '../scenario/load.ts';
import { findObject } from '../api/store.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from '../dataplane/send.ts';
import type { RequestResult } from '../dataplane/types.ts';
import { runConsoleKubectl } from '../kubectl/runKubectl.ts';
import { covers, type CommandEffect } from '../kubectl/effect.ts';
import { parseFieldPath } from '../yaml/fieldPath.ts';
import type { Goal, ReachExpect } from './types.ts';
import { findPod, resolveFrom, resolveTargets, type Resolved } from './resolveSpec.ts';
import { matchesSet } from '../model/labels.ts';
import { verdict, type GoalParams, type GoalResult } from './goalResult.ts';

export type { GoalResult } from './goalResult.ts';

/** One command the learner ran in the console this session: the line, what it printed, what it did. */
export interface ConsoleRecord {
  line: string;
  output: string;
  effects: readonly CommandEffect[];
}

export interface GoalInput {
  /** The learner's choice for a `predict` goal: the pods they picked (`ns/name`). */
  answer?: readonly string[];
  /** This session's console commands, oldest first. */
  console?: readonly ConsoleRecord[];
  /** The traffic the page has shown so far (results up to the diagram's time), each with its client's id. */
  traffic?: readonly (RequestResult & { clientId?: string })[];
}

type PredictGoal = Extract<Goal, { type: 'predict' }>;

export function checkGoal(scenarioYaml: string, goal: Goal, seed: number, input: GoalInput = {}): GoalResult {
  return checkGoalOn(loadScenario(scenarioYaml, { seed }), goal, seed, input);
}

/** Why a from/to spec did not resolve, as a verdict. */
function unresolved(r: Extract<Resolved<unknown>, { ok: false }>, from?: string): GoalResult {
  if (r.unresolved)
    return verdict(false, 'unresolved', { placeholder: r.unresolved.placeholder, name: r.unresolved.arg });
  return verdict(false, r.badFrom === 'noPod' ? 'from.noPod' : 'from.invalid', { from: from ?? '' });
}

/** Sends `count` requests, `interval` simulated seconds apart, through a fresh dataplane seeded with `seed`. */
export function sendSeries(
  scenario: Scenario,
  seed: number,
  from: string,
  to: string,
  count: number,
  interval = 1,
): { ok: true; results: RequestResult[] } | { ok: false; verdict: GoalResult } {
  const src = resolveFrom(scenario.state, from);
  if (!src.ok) return { ok: false, verdict: unresolved(src, from) };
  const targets = resolveTargets(scenario.state, to);
  if (!targets.ok) return { ok: false, verdict: unresolved(targets) };
  const dp = createDataplane(scenario.state, createRng(seed).fork('lesson'));
  const results: RequestResult[] = [];
  for (let i = 0; i < count; i++) {
    for (const target of targets.value) results.push(dp.send({ from: src.value, to: target, time: i * interval }));
  }
  return { ok: true, results };
}

/**
 * A predict goal's choices (every pod of the Service's namespace) and its answer: the pods the
 * EndpointSlice controller lists as ready endpoints of the Service — what the YAML lets a reader
 * work out (selector, labels, readiness), read from the controller's decision, never re-derived.
 */
export function predictAnswer(
  scenario: Scenario,
  goal: PredictGoal,
): { ok: true; choices: string[]; answer: string[] } | { ok: false; verdict: GoalResult } {
  const namespace = goal.namespace ?? 'default';
  const svc = scenario.state.services.find(
    (s) => s.metadata.name === goal.service && s.metadata.namespace === namespace,
  );
  if (!svc) return { ok: false, verdict: verdict(false, 'predict.noService', { service: goal.service }) };
  const ref = (ns: string | undefined, name: string | undefined) => `${ns ?? 'default'}/${name ?? ''}`;
  const choices = scenario.state.pods
    .filter((p) => p.metadata.namespace === namespace)
    .map((p) => ref(p.metadata.namespace, p.metadata.name))
    .sort();
  const answer = new Set<string>();
  for (const slice of scenario.state.endpointSlices) {
    if (slice.metadata.namespace !== namespace) continue;
    if (slice.metadata.labels?.['kubernetes.io/service-name'] !== goal.service) continue;
    for (const ep of slice.endpoints ?? []) {
      // EndpointConditions: a nil ready means ready (discovery/v1 types.go).
      if (ep.conditions?.ready === false || ep.targetRef?.kind !== 'Pod') continue;
      answer.add(ref(ep.targetRef.namespace, ep.targetRef.name));
    }
  }
  return { ok: true, choices, answer: [...answer].sort() };
}

export function checkGoalOn(scenario: Scenario, goal: Goal, seed: number, input: GoalInput = {}): GoalResult {
  const errors = scenario.diagnostics.filter((d) => d.severity === 'error');
  switch (goal.type) {
    case 'valid':
      return errors.length === 0
        ? verdict(true, 'valid.ok')
        : verdict(false, 'valid.error', { line: errors[0]!.line, message: errors[0]!.message });
    case 'invalid': {
      const hit = errors.find((d) => d.message.includes(goal.messageIncludes));
      if (hit) return verdict(true, 'invalid.ok', { message: hit.message });
      return errors.length
        ? verdict(false, 'invalid.other', { message: errors[0]!.message })
        : verdict(false, 'invalid.none');
    }
    case 'object':
      return checkObject(scenario, goal);
    case 'kubectl':
      return checkConsole(scenario, goal, input.console ?? []);
    case 'expires':
      return checkExpiry(scenario, goal, input.traffic ?? []);
    case 'predict': {
      const p = predictAnswer(scenario, goal);
      if (!p.ok) return p.verdict;
      if (input.answer === undefined) return verdict(false, 'predict.choose', { choices: p.choices });
      const picked = [...new Set(input.answer)].sort();
      const right = picked.length === p.answer.length && picked.every((x, i) => x === p.answer[i]);
      return verdict(right, right ? 'predict.right' : 'predict.wrong', {
        service: goal.service,
        pods: p.answer,
      });
    }
    case 'reach':
    case 'distribution':
    case 'sticky':
    case 'fails':
      return checkTraffic(scenario, goal, seed);
  }
}

/**
 * A kubectl step passes when a command the learner ran in the console did what the step's own
 * command does (the same objects shown, a request to the same address) and its output shows what
 * the step asks to read. The step's command runs here only to learn what it does.
 */
function checkConsole(
  scenario: Scenario,
  goal: Extract<Goal, { type: 'kubectl' }>,
  records: readonly ConsoleRecord[],
): GoalResult {
  // Placeholders work in commands too: `wget -O- -q {clusterIP:my-service}`.
  const argv: string[] = [];
  for (const word of goal.argv) {
    const filled = resolveTargets(scenario.state, word);
    if (!filled.ok) return unresolved(filled);
    argv.push(filled.value[0] ?? word);
  }
  const command = `kubectl ${argv.join(' ')}`;
  const wanted = runConsoleKubectl(scenario, argv).effects ?? [];
  if (wanted.length === 0) return verdict(false, 'kubectl.broken', { command });
  const matching = records.filter((r) => covers(r.effects, wanted));
  if (matching.length === 0) return verdict(false, 'kubectl.waiting', { command, expected: goal.stdoutIncludes });
  for (let i = matching.length - 1; i >= 0; i--) {
    const r = matching[i]!;
    if (goal.stdoutIncludes.every((s) => r.output.includes(s)))
      return verdict(true, 'kubectl.seen', { command: r.line, expected: goal.stdoutIncludes });
  }
  const last = matching[matching.length - 1]!;
  return verdict(false, 'kubectl.outputLacks', {
    command: last.line,
    missing: goal.stdoutIncludes.filter((s) => !last.output.includes(s)),
  });
}

/**
 * The learner watched the affinity timer run out: kube-proxy's own record of each shown request
 * says whether a live entry pinned it (an `affinity` hop) or it picked afresh; the check counts the
 * fresh picks after the first and the pods they reached. It sends nothing itself.
 */
function checkExpiry(
  scenario: Scenario,
  goal: Extract<Goal, { type: 'expires' }>,
  traffic: readonly (RequestResult & { clientId?: string })[],
): GoalResult {
  const namespace = goal.namespace ?? 'default';
  const svc = scenario.state.services.find(
    (s) => s.metadata.name === goal.service && s.metadata.namespace === namespace,
  );
  if (!svc) return verdict(false, 'expires.noService', { service: goal.service });
  if (svc.spec.sessionAffinity !== 'ClientIP') return verdict(false, 'expires.noAffinity', { service: goal.service });
  // The admitted Service carries the API server's default when the YAML leaves it out.
  const timeout = svc.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 0;
  const mine = traffic
    .filter((r) => (r.clientId === goal.client || r.clientId?.startsWith(`${goal.client}-`)) && r.outcome === 'ok')
    .sort((a, b) => a.time - b.time);
  const picks = mine.filter((r, i) => i === 0 || !r.hops.some((h) => h.kind === 'affinity'));
  const pods = [...new Set(picks.map((r) => r.pod ?? ''))];
  const params = { client: goal.client, timeout, seen: mine.length, picks: Math.max(0, picks.length - 1), pods };
  if (picks.length >= 2 && pods.length >= goal.minPods) return verdict(true, 'expires.ok', params);
  if (mine.length >= 3 && picks.length === 1) return verdict(false, 'expires.neverRunsOut', params);
  return verdict(false, 'expires.waiting', { ...params, minPods: goal.minPods });
}

type TrafficGoal = Extract<Goal, { type: 'reach' | 'distribution' | 'sticky' | 'fails' }>;

function checkTraffic(scenario: Scenario, goal: TrafficGoal, seed: number): GoalResult {
  const count = goal.type === 'reach' ? (goal.count ?? 1) : goal.type === 'fails' ? 1 : goal.count;
  const interval = goal.type === 'distribution' || goal.type === 'sticky' ? goal.interval : undefined;
  const sent = sendSeries(scenario, seed, goal.from, goal.to, count, interval);
  if (!sent.ok) return sent.verdict;
  const results = sent.results;
  const failed = results.find((r) => r.outcome !== 'ok');
  if (goal.type === 'fails') {
    const ok = results.find((r) => r.outcome === 'ok');
    if (ok) return verdict(false, 'fails.stillReaches', { pod: ok.pod ?? '' });
    const wrong = results.find(
      (r) =>
        (goal.outcome && r.outcome !== goal.outcome) ||
        (goal.reasonIncludes && !(r.reason ?? '').includes(goal.reasonIncludes)),
    );
    return wrong
      ? verdict(false, 'fails.differently', failure(wrong))
      : verdict(true, 'fails.ok', failure(results[0]!));
  }
  if (failed) return verdict(false, 'request.failed', failure(failed));
  const pods = [...new Set(results.map((r) => r.pod ?? ''))];
  if (goal.type === 'reach') {
    const off = goal.expect ? results.find((r) => !answeredBy(scenario, r, goal.expect!)) : undefined;
    return off ? verdict(false, 'reach.otherPod', { pod: off.pod ?? '' }) : verdict(true, 'reach.ok', { pods });
  }
  if (goal.type === 'distribution') {
    return pods.length >= goal.minPods
      ? verdict(true, 'distribution.ok', { count, n: pods.length, pods })
      : verdict(false, 'distribution.few', { count, n: pods.length, pods, minPods: goal.minPods });
  }
  return pods.length === 1
    ? verdict(true, 'sticky.ok', { count, pod: pods[0]! })
    : verdict(false, 'sticky.spread', { count, n: pods.length, pods });
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
  if (!obj) return verdict(false, 'object.missing', { kind: goal.kind, name: goal.name });
  for (const [path, want] of Object.entries(goal.fieldEquals)) {
    let v: unknown = obj;
    for (const seg of parseFieldPath(path))
      v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[seg] : undefined;
    if (v !== want)
      return verdict(false, 'object.field', {
        kind: goal.kind,
        name: goal.name,
        path,
        actual: JSON.stringify(v ?? null),
        expected: JSON.stringify(want),
      });
  }
  return verdict(true, 'object.ok', {
    kind: goal.kind,
    name: goal.name,
    fields: Object.entries(goal.fieldEquals).map(([k, v]) => `${k}=${String(v)}`),
  });
}

/** A failed request's outcome and reason: English words, and the data path's code for the page to word. */
function failure(r: RequestResult): GoalParams {
  return { outcome: r.outcome, reason: r.reason ?? '', ...(r.why ? { why: r.why } : {}) };
}
