// Parses and checks a lesson.yaml written by a teacher. Every mistake becomes a ManifestError at
// the line:column of the offending value (or its nearest written parent), never an exception.
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Goal, LessonClient, LessonManifest, LessonStep, ManifestError } from './types.ts';
import { parseGoal } from './parseGoal.ts';
import { parseSourceDecl, parseTargetDecl } from '../sim/clientText.ts';
import { isRecord, pathText, readText, type Path, type Report } from './manifestReader.ts';

export type ManifestResult = { ok: true; manifest: LessonManifest } | { ok: false; errors: ManifestError[] };

const ID = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function parseLessonManifest(text: string): ManifestResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const errors: ManifestError[] = [];
  for (const e of doc.errors) {
    const pos = lines.linePos(e.pos[0]);
    errors.push({
      line: pos.line,
      column: pos.col,
      path: '',
      message: `YAML syntax: ${e.message.split('\n')[0] ?? ''}`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const report = (path: Path, message: string) =>
    errors.push({ ...locate(doc, lines, path), path: pathText(path), message });
  const root: unknown = doc.toJS({ maxAliasCount: 50 });
  if (!isRecord(root)) {
    report([], 'lesson.yaml must be a mapping with id, title, order and steps');
    return { ok: false, errors };
  }
  for (const key of Object.keys(root)) {
    if (!['id', 'title', 'order', 'clients', 'steps'].includes(key))
      report([key], `unknown field "${key}" (allowed: id, title, order, clients, steps)`);
  }
  const id = readId(root.id, ['id'], report);
  const title = readText(root.title, ['title'], report);
  const order = root.order;
  if (typeof order !== 'number' || !Number.isInteger(order) || order < 0)
    report(['order'], 'order must be a whole number ≥ 0 (lessons are shown in this order)');
  const clients = readClients(root.clients, report);
  const steps: LessonStep[] = [];
  if (!Array.isArray(root.steps) || root.steps.length === 0) report(['steps'], 'steps must be a non-empty list');
  else {
    const seen = new Set<string>();
    root.steps.forEach((raw, i) => {
      const step = readStep(raw, ['steps', i], report);
      if (!step) return;
      if (seen.has(step.id)) report(['steps', i, 'id'], `duplicate step id "${step.id}"`);
      seen.add(step.id);
      steps.push(step);
    });
  }
  if (errors.length > 0 || !id || !title || typeof order !== 'number') return { ok: false, errors };
  return { ok: true, manifest: { id, order, title, clients, steps } };
}

function readId(v: unknown, path: Path, report: Report): string | undefined {
  if (typeof v !== 'string' || !ID.test(v)) {
    report(path, `${pathText(path)} must be lower-case letters, digits and '-' (got ${JSON.stringify(v ?? null)})`);
    return undefined;
  }
  return v;
}

function readClients(v: unknown, report: Report): LessonClient[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    report(['clients'], 'clients must be a list of { id, from, to, rate }');
    return [];
  }
  const out: LessonClient[] = [];
  v.forEach((c, i) => {
    const path: Path = ['clients', i];
    if (!isRecord(c)) return report(path, 'a client is { id, from, to, rate }');
    const id = readId(c.id, [...path, 'id'], report);
    const rate = c.rate ?? 1;
    const from = typeof c.from === 'string' ? parseSourceDecl(c.from) : null;
    const to = typeof c.to === 'string' && !c.to.includes('{') ? parseTargetDecl(c.to) : null;
    // The forms are listed here for the lesson's author; which one a text missed is a code the faces word (src/text/messages.ts).
    if (!from?.ok)
      report(
        [...path, 'from'],
        `from must be external, external/IP, node/NAME, pod/[NAMESPACE/]NAME, deployment/[NAMESPACE/]NAME or selector/KEY=VALUE`,
      );
    if (!to?.ok)
      report(
        [...path, 'to'],
        `to must be service/NAME[:PORT], nodeport/NAME[:PORT][@NODE], loadbalancer/NAME[:PORT], ingress/HOST[/PATH], podip/deployment/NAME:PORT or a URL such as http://my-service (no {placeholders}: a client follows the scenario by name)`,
      );
    if (typeof rate !== 'number' || !(rate > 0) || rate > 100)
      report([...path, 'rate'], 'rate must be a number of requests per second in (0, 100]');
    if (id && from?.ok && to?.ok && typeof rate === 'number') out.push({ id, from: from.value, to: to.value, rate });
  });
  return out;
}

function readStep(v: unknown, path: Path, report: Report): LessonStep | undefined {
  if (!isRecord(v)) {
    report(path, 'a step is { id, title, text, hint, goal }');
    return undefined;
  }
  for (const key of Object.keys(v)) {
    if (!['id', 'title', 'text', 'hint', 'goal', 'solution'].includes(key))
      report([...path, key], `unknown step field "${key}" (allowed: id, title, text, hint, goal, solution)`);
  }
  const id = readId(v.id, [...path, 'id'], report);
  const title = readText(v.title, [...path, 'title'], report);
  const text = readText(v.text, [...path, 'text'], report);
  const hint = readText(v.hint, [...path, 'hint'], report);
  const goal: Goal | undefined = parseGoal(v.goal, [...path, 'goal'], report);
  const solution = v.solution;
  if (solution !== undefined && (typeof solution !== 'string' || !/^[\w.-]+\.yaml$/.test(solution))) {
    report([...path, 'solution'], 'solution must be a file name in the lesson folder, e.g. solution-2.yaml');
  }
  if (!id || !title || !text || !hint || !goal) return undefined;
  return { id, title, text, hint, goal, ...(typeof solution === 'string' ? { solution } : {}) };
}

/** The position of the value at `path`, or of its nearest ancestor that exists. */
function locate(doc: Document.Parsed, lines: LineCounter, path: Path): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      const pos = lines.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return { line: 1, column: 1 };
}
