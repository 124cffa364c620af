// kubectl's generic describer, used for custom resources such as the Gateway API kinds
// (kubectl pkg/describe/describe.go genericDescriber, printUnstructuredContent, smartLabelFor):
// Name, Namespace, Labels, Annotations, then every field of the object in byte order of its keys,
// nested with two spaces a level, keys turned into labels ("gatewayClassName" → "Gateway Class
// Name", acronyms API/URL/UID/OSB/GUID upper-cased), list items one after the other; then events.
import type { K8sObject } from '../../model/objects.ts';
import { byteCompare } from '../labelSelector.ts';
import { Lines, describeNoEvents, printAnnotationsMultiline, printLabelsMultiline } from './writer.ts';

const ACRONYMS = new Set(['API', 'URL', 'UID', 'OSB', 'GUID']);
const SKIP = new Set([
  '.metadata.managedFields',
  '.metadata.name',
  '.metadata.namespace',
  '.metadata.labels',
  '.metadata.annotations',
]);

/** github.com/fatih/camelcase Split: runs of lower case, upper case, digits, other; an upper run before lower case gives its last letter to the next word. */
export function camelSplit(s: string): string[] {
  const cls = (c: string) => (/[a-z]/.test(c) ? 1 : /[A-Z]/.test(c) ? 2 : /[0-9]/.test(c) ? 3 : 4);
  const runs: string[][] = [];
  let last = 0;
  for (const c of s) {
    const k = cls(c);
    if (k === last) runs[runs.length - 1]!.push(c);
    else runs.push([c]);
    last = k;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    if (cls(runs[i]![0]!) === 2 && cls(runs[i + 1]![0]!) === 1) {
      runs[i + 1]!.unshift(runs[i]!.pop()!);
    }
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(''));
}

export function smartLabelFor(field: string): string {
  if ([...field].some((c) => !/\p{L}/u.test(c) && c !== '-')) return field;
  return camelSplit(field)
    .filter((p) => p !== '_')
    .map((p) => (ACRONYMS.has(p.toUpperCase()) ? p.toUpperCase() : p.charAt(0).toUpperCase() + p.slice(1)))
    .join(' ');
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const goValue = (v: unknown): string => (v === null || v === undefined ? '<nil>' : String(v));

function printContent(w: Lines, level: number, content: Record<string, unknown>, prefix: string): void {
  for (const field of Object.keys(content).sort(byteCompare)) {
    const value = content[field];
    const path = `${prefix}.${field}`;
    if (SKIP.has(path)) continue;
    if (isMap(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      printContent(w, level + 1, value, path);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (isMap(child)) printContent(w, level + 1, child, path);
        else w.write(level + 1, `${goValue(child)}\n`);
      }
    } else {
      w.write(level, `${smartLabelFor(field)}:\t${goValue(value)}\n`);
    }
  }
}

export function describeGeneric(obj: K8sObject): string {
  const w = new Lines();
  w.write(0, `Name:\t${obj.metadata?.name ?? ''}\n`);
  w.write(0, `Namespace:\t${obj.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', obj.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata?.annotations);
  printContent(w, 0, obj as Record<string, unknown>, '');
  describeNoEvents(w);
  return w.tabbed();
}
