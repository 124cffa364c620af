// -o yaml / -o json / -o name. kubectl prints objects from the server as JSON decoded into maps,
// so keys come out sorted: in byte order in JSON (encoding/json, 4-space indent, cli-runtime
// pkg/printers/json.go; encoding/json escapes <, > and & as \u003c, \u003e, \u0026), in go-yaml's
// order in YAML (sigs.k8s.io/yaml over go-yaml v2: goYaml/marshal.ts). Lists are wrapped as
// `kind: List` with `metadata.resourceVersion: ""`.
import { marshalYaml } from './goYaml/marshal.ts';
import type { K8sObject } from '../model/objects.ts';
import { byteCompare } from './labelSelector.ts';
import { goJson, type GoValue } from './jsonpath/goValue.ts';

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort(byteCompare)) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

export function listOf(items: readonly K8sObject[]): K8sObject {
  return { apiVersion: 'v1', items: [...items], kind: 'List', metadata: { resourceVersion: '' } };
}

/**
 * `doc` as the JSON and YAML printers get it unless --show-managed-fields is given
 * (cli-runtime pkg/printers/managedfields.go OmitManagedFieldsPrinter): a copy without
 * `metadata.managedFields`, on the object or on each item of a List. The stored object keeps them.
 */
export function withoutManagedFields(doc: K8sObject): K8sObject {
  const omit = (o: K8sObject): K8sObject => {
    if (!o.metadata || !('managedFields' in o.metadata)) return o;
    const { managedFields: _omitted, ...metadata } = o.metadata as K8sObject['metadata'] & { managedFields?: unknown };
    return { ...o, metadata };
  };
  return Array.isArray(doc.items) ? { ...doc, items: (doc.items as K8sObject[]).map(omit) } : omit(doc);
}

export const toYaml = (obj: unknown): string => marshalYaml(obj);

export function toJson(obj: unknown): string {
  return `${goJson(sortKeys(obj) as GoValue, '    ')}\n`;
}
