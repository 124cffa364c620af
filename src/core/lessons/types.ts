// The shapes of a lesson: what a teacher writes in `src/scenarios/lessons/<NN-id>/lesson.yaml`
// (see src/scenarios/lessons/README.md) and the goals the simulator checks for each step.
import type { Outcome } from '../dataplane/types.ts';
import type { ClientDecl } from '../sim/clientDecl.ts';

/** Every learner-facing text exists in English and Korean (the seed's readers are Korean). */
export interface LocalizedText {
  en: string;
  ko: string;
}

export type Language = keyof LocalizedText;
export const LANGUAGES: readonly Language[] = ['en', 'ko'];

/**
 * Who sends, in the core's one source text (dataplane/sourceText.ts): `external`,
 * `external/203.0.113.7`, `node/node-1`, `pod/client`, `pod/kube-system/coredns-` (a pod name, or
 * the unique start of one: Deployment pods have generated names).
 */
export type FromSpec = string;

/**
 * Where to, as the dataplane takes it (`my-service`, `http://10.96.0.5/`), with placeholders the
 * checker fills from the simulated cluster: `{clusterIP:NAME}`, `{nodeIP:NAME|N|*}`, `{lbIP:NAME}`,
 * `{nodePort:NAME}` / `{nodePort:NAME:PORTNAME}`, `{podIP:NAME}`. `{nodeIP:*}` means "every node".
 */
export type TargetSpec = string;

export interface ReachExpect {
  /** The answering pod: `ns/name`, `name`, or the start of a generated name (`tomcat-`). */
  pod?: string;
  /** Labels the answering pod must carry. */
  podLabel?: Record<string, string>;
}

export type Goal =
  | { type: 'reach'; from: FromSpec; to: TargetSpec; count?: number; expect?: ReachExpect }
  | { type: 'distribution'; from: FromSpec; to: TargetSpec; count: number; minPods: number; interval?: number }
  | { type: 'sticky'; from: FromSpec; to: TargetSpec; count: number; interval?: number }
  | { type: 'fails'; from: FromSpec; to: TargetSpec; outcome?: Outcome; reasonIncludes?: string }
  | { type: 'valid' }
  | { type: 'invalid'; messageIncludes: string }
  | {
      type: 'object';
      kind: string;
      name: string;
      namespace?: string;
      fieldEquals: Record<string, string | number | boolean>;
    }
  | {
      /**
       * Which pods can answer requests to `service`? Reasoned from the YAML (selector, labels,
       * readiness); the answer is the Service's ready endpoints, the choices every pod of its namespace.
       */
      type: 'predict';
      question: LocalizedText;
      service: string;
      namespace?: string;
    }
  /**
   * The learner watches the ClientIP timer of `service` run out for the lesson client `client` on
   * the diagram: among the requests the page has shown, kube-proxy picked a pod afresh (no live
   * affinity entry) after the first, and the picks reached at least `minPods` pods.
   */
  | { type: 'expires'; client: string; service: string; namespace?: string; minPods: number }
  /**
   * The learner runs, in the console, a command that does what `argv` does (shows the same
   * objects, sends to the same address); its output must include `stdoutIncludes`.
   */
  | { type: 'kubectl'; argv: string[]; stdoutIncludes: string[] };

export type GoalType = Goal['type'];

export interface LessonStep {
  id: string;
  title: LocalizedText;
  text: LocalizedText;
  hint: LocalizedText;
  goal: Goal;
  /** File (in the lesson folder) holding the whole scenario after the intended edit; absent when the step asks for no edit. */
  solution?: string;
}

/**
 * A traffic client the lesson starts: a declaration in terms of the scenario (sim/clientDecl.ts),
 * written in lesson.yaml in its text form (sim/clientText.ts) and resolved on every load, so it
 * follows the learner's edits. A lesson without clients starts none (the previous lesson's stop).
 */
export type LessonClient = ClientDecl;

export interface LessonManifest {
  id: string;
  order: number;
  title: LocalizedText;
  clients: LessonClient[];
  steps: LessonStep[];
}

/** A teacher's mistake in lesson.yaml, at 1-based line:column. */
export interface ManifestError {
  line: number;
  column: number;
  path: string;
  message: string;
}

/** The raw files of one lesson folder, however they were read (Vite glob, node:fs). */
export interface LessonFiles {
  /** Folder name, e.g. `02-service-yaml`. */
  dir: string;
  manifest: string;
  scenario: string;
  en: string;
  ko: string;
  /**
   * Other files of the folder by name: `solution-2.yaml`, and the Korean twins of the YAML files
   * (`scenario.ko.yaml`, `solution-2.ko.yaml`: the same objects, comments in Korean).
   */
  extra: Record<string, string>;
}

/** A lesson's YAML in one language: its start and the text of each step's solution, by step id. */
export interface LessonYaml {
  scenario: string;
  solutions: Record<string, string>;
}

/** A parsed, checked lesson ready for the UI and the tests. */
export interface Lesson extends LessonManifest {
  dir: string;
  /** scenario.yaml as written (English comments): what the CLI and the checks use. */
  scenario: string;
  intro: LocalizedText;
  /** The text of each step's solution file, by step id (English comments). */
  solutions: Record<string, string>;
  /**
   * The YAML the editor shows in each language: `en` is `scenario` and `solutions`; `ko` takes each
   * file's `.ko.yaml` twin (comments in Korean, the objects the same), or the English file where the
   * folder has none.
   */
  yaml: Record<Language, LessonYaml>;
}
