// The worker's logic, transport-agnostic: one message in, the replies out. sim.worker.ts wires it
// to postMessage; the unit tests call it directly in Node (docs/architecture.md §3). The scenarios
// it keeps and the dispatch are here; the engines it is given (engines.ts: only their types, so
// their code stays out of the worker's first chunk until sim.worker.ts loads it on first use), the
// console's answers (consoleAnswers.ts) and what the core's errors mean (handlerErrors.ts) have
// their own files.
import { loadScenario } from '../core/scenario/index.ts';
import type { Scenario } from '../core/scenario/index.ts';
import { assertNever, type MessageOf, type FromWorker, type ToWorker, type TrafficStart } from './protocol.ts';
import { toClusterView } from './view.ts';
import type { TrafficAnswer } from './traffic.ts';
import type { Engines } from './engines.ts';
import { errorText, internalDiagnostic, notInBuild, passMissingPlugin } from './handlerErrors.ts';

/** How often a long request says it is moving: one message a second costs the page nothing. */
const PROGRESS_EVERY_MS = 1000;

/**
 * One message in, the replies out. Throws MissingPluginError, and only that, when the message's
 * scenario holds a kind whose plug-in is not installed (core/api/plugins.ts): the caller installs
 * it and hands the same message in again (sim.worker.ts), so no answer is computed without it.
 */
export type Handler = (msg: ToWorker) => FromWorker[];

export function createHandler(engines: Engines = {}): Handler {
  /** The last scenario without errors: traffic and kubectl keep answering while the text is broken. */
  let lastGood: Scenario | null = null;
  const clock = engines.clock ?? (() => 0);
  /** The request being answered, for the progress notes of the loads it runs. */
  let current: number | undefined;
  let lastNote = 0;
  /** LoadOptions.progress for the request being answered: a note when a second has passed since the last. */
  const progress = (): void => {
    if (current === undefined || !engines.progress) return;
    const now = clock();
    if (now - lastNote < PROGRESS_EVERY_MS) return;
    lastNote = now;
    engines.progress(current);
  };
  const loadOptions = (seed: number | undefined) => (seed === undefined ? { progress } : { seed, progress });
  /** The console's scenario: the editor's text as typed (kept while the text stays the same). */
  let consoleCache: { yaml: string; seed: number; scenario: Scenario } | null = null;
  const consoleScenario = (yaml: string, seed: number | undefined): Scenario | null => {
    const s = seed ?? lastGood?.state.seed;
    if (lastGood && lastGood.stream.text === yaml && (s === undefined || lastGood.state.seed === s)) return lastGood;
    if (!consoleCache || consoleCache.yaml !== yaml || (s !== undefined && consoleCache.seed !== s)) {
      const scenario = loadScenario(yaml, loadOptions(s));
      consoleCache = { yaml, seed: scenario.state.seed, scenario };
    }
    // kubectl runs against a cluster with validation errors (apply -f prints them), not against text that does not parse.
    return consoleCache.scenario.stream.problems.some((p) => p.severity === 'error') ? null : consoleCache.scenario;
  };

  /** The newest load (or prepare) and its answer: the same text and seed again answers from it. Scenarios are never mutated after loading. */
  let lastLoad: {
    yaml: string;
    seed: number;
    answer: Omit<MessageOf<'loaded'>, 'requestId' | 'durationMs'>;
    scenario: Scenario | null;
  } | null = null;
  const load = (yaml: string, seed: number): NonNullable<typeof lastLoad> => {
    if (lastLoad && lastLoad.yaml === yaml && lastLoad.seed === seed) return lastLoad;
    let scenario: Scenario;
    try {
      scenario = loadScenario(yaml, loadOptions(seed));
    } catch (err) {
      passMissingPlugin(err);
      return (lastLoad = {
        yaml,
        seed,
        scenario: null,
        answer: { type: 'loaded', diagnostics: [internalDiagnostic(err)], view: null, applied: [] },
      });
    }
    let view = null;
    const diagnostics = [...scenario.diagnostics];
    try {
      view = toClusterView(scenario);
    } catch (err) {
      passMissingPlugin(err);
      diagnostics.push(internalDiagnostic(err));
    }
    return (lastLoad = {
      yaml,
      seed,
      scenario,
      answer: { type: 'loaded', diagnostics, view, applied: scenario.applied },
    });
  };

  /**
   * The run a good load starts with. A failure is left out of the load's answer: the page asks for
   * the traffic on its own then, and that request reports it.
   */
  const startTraffic = (scenario: Scenario, start: TrafficStart): TrafficAnswer | undefined => {
    if (!engines.traffic) return undefined;
    try {
      return engines.traffic(scenario, start.clients, start.toTime, 'start');
    } catch (err) {
      passMissingPlugin(err);
      return undefined;
    }
  };

  return (msg) => {
    current = 'requestId' in msg ? msg.requestId : undefined;
    lastNote = clock();
    switch (msg.type) {
      case 'load': {
        const started = clock();
        const { scenario, answer } = load(msg.yaml, msg.seed);
        const good = scenario && answer.view && !answer.diagnostics.some((d) => d.severity === 'error');
        if (good) lastGood = scenario;
        const durationMs = clock() - started;
        // The traffic run is the load's last step: a long load says so before it.
        progress();
        const traffic = good && msg.traffic ? startTraffic(scenario, msg.traffic) : undefined;
        return [{ ...answer, requestId: msg.requestId, durationMs, ...(traffic ? { traffic } : {}) }];
      }
      case 'prepare': {
        load(msg.yaml, msg.seed);
        return [];
      }
      case 'traffic': {
        if (!lastGood)
          return [
            {
              type: 'trafficResult',
              requestId: msg.requestId,
              results: [],
              appended: false,
              keepPerClient: 0,
              affinity: [],
              entries: {},
              problems: [],
              dropped: [],
              declared: msg.clients ?? [],
              clients: [],
            },
          ];
        if (!engines.traffic) return [notInBuild(msg.requestId, 'traffic simulation')];
        try {
          return [
            {
              type: 'trafficResult',
              requestId: msg.requestId,
              ...engines.traffic(lastGood, msg.clients, msg.toTime, msg.since),
            },
          ];
        } catch (err) {
          passMissingPlugin(err);
          return [{ type: 'error', requestId: msg.requestId, message: `traffic simulation failed: ${errorText(err)}` }];
        }
      }
      // The console's requests: their answers come with the console's engines (consoleAnswers.ts).
      case 'kubectl':
        return (
          engines.answers?.kubectl(msg, engines, consoleScenario, lastGood) ?? [notInBuild(msg.requestId, 'kubectl')]
        );
      case 'complete':
        return (
          engines.answers?.complete(msg, engines, consoleScenario, lastGood) ?? [
            { type: 'completion', requestId: msg.requestId, candidates: [] },
          ]
        );
      case 'podShell':
        return engines.answers?.podShell(msg, engines, consoleScenario) ?? [notInBuild(msg.requestId, 'the pod shell')];
      case 'edit': {
        if (!engines.edit) return [notInBuild(msg.requestId, 'editing from the diagram')];
        try {
          const r = engines.edit(msg.yaml, msg.mutation, lastGood);
          return [{ type: 'edited', requestId: msg.requestId, ...r }];
        } catch (err) {
          passMissingPlugin(err);
          return [{ type: 'error', requestId: msg.requestId, message: `edit failed: ${errorText(err)}` }];
        }
      }
      case 'fillTemplates': {
        const fill = engines.fillTemplate;
        if (!fill) return [notInBuild(msg.requestId, "the lessons' placeholders")];
        const { scenario } = load(msg.yaml, msg.seed);
        return [
          {
            type: 'filledTemplates',
            requestId: msg.requestId,
            filled: msg.templates.map((t) => fill(scenario?.state ?? null, t)),
          },
        ];
      }
      case 'proxyRules': {
        const state = lastGood?.state;
        const known = !!state?.nodes.some((n) => n.metadata.name === msg.node);
        if (!engines.rules) return [notInBuild(msg.requestId, "kube-proxy's rules")];
        const rules =
          state && known ? { ...engines.rules(state, msg.node, msg.mode), configured: state.settings.proxyMode } : null;
        return [{ type: 'proxyRulesResult', requestId: msg.requestId, node: msg.node, rules }];
      }
      case 'exportScenario': {
        if (!engines.exportText) return [notInBuild(msg.requestId, 'export')];
        return [
          {
            type: 'exported',
            requestId: msg.requestId,
            ...engines.exportText(msg.yaml, load(msg.yaml, msg.seed).scenario),
          },
        ];
      }
      case 'checkGoal': {
        if (!engines.checkGoal)
          return [
            {
              type: 'goalResult',
              requestId: msg.requestId,
              passed: false,
              code: 'unavailable',
              params: {},
              choices: null,
            },
          ];
        try {
          return [
            {
              type: 'goalResult',
              requestId: msg.requestId,
              ...engines.checkGoal(msg.yaml, msg.seed, msg.goal, msg.answer, msg.console, msg.traffic),
            },
          ];
        } catch (err) {
          passMissingPlugin(err);
          return [
            {
              type: 'goalResult',
              requestId: msg.requestId,
              passed: false,
              code: 'internal',
              params: { message: errorText(err) },
              choices: null,
            },
          ];
        }
      }
      default:
        return assertNever(msg);
    }
  };
}
