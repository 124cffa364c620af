// `--field-selector` (apimachinery pkg/fields/selector.go parseSelector: terms joined by `,`,
// each `field=value`, `field==value` or `field!=value`, split at the first operator) and the
// fields the API server selects on. A kind with a field-label conversion (pkg/apis/core/v1/
// conversion.go) takes metadata.name, metadata.namespace when namespaced, and its own fields, read
// as its registry's ToSelectableFields does (pkg/registry/core/{pod,event,node,namespace,service}/
// strategy.go); any other field is `field label not supported: <field>`. Every other kind takes
// only the metadata fields (apimachinery pkg/runtime/conversion.go
// DefaultMetaV1FieldSelectorConversion). The API server answers BadRequest, and kubectl's list
// says which request (cli-runtime pkg/resource/helper.go EnhanceListError).
import type { AdmittedObject } from '../model/admitted.ts';

export interface FieldTerm {
  field: string;
  equal: boolean;
  value: string;
}

/** The terms, or the parser's error. */
export function parseFieldSelector(s: string): FieldTerm[] | { error: string } {
  const terms: FieldTerm[] = [];
  for (const part of s.split(',').sort()) {
    if (part === '') continue;
    const m = /^(.*?)(!=|==|=)(.*)$/s.exec(part);
    if (!m) return { error: `invalid selector: '${s}'; can't understand '${part}'` };
    terms.push({ field: m[1]!, equal: m[2] !== '!=', value: m[3]! });
  }
  return terms;
}

type Values = (o: Record<string, unknown>) => Record<string, string>;

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const at = (o: Record<string, unknown>, k: string) => (o[k] ?? {}) as Record<string, unknown>;

const INVOLVED = ['kind', 'namespace', 'name', 'uid', 'apiVersion', 'resourceVersion', 'fieldPath'];

/** The kinds with a field-label conversion: their own selectable fields. */
const OWN: Record<string, Values> = {
  Pod: (o) => {
    const spec = at(o, 'spec');
    const status = at(o, 'status');
    return {
      'spec.nodeName': str(spec.nodeName),
      'spec.restartPolicy': str(spec.restartPolicy),
      'spec.schedulerName': str(spec.schedulerName),
      'spec.serviceAccountName': str(spec.serviceAccountName),
      'spec.hostNetwork': String(spec.hostNetwork === true),
      'status.phase': str(status.phase),
      'status.podIP': str((status.podIPs as { ip?: string }[] | undefined)?.[0]?.ip),
      // Accepted, but PodToSelectableFields sets no such field: it matches only "".
      'status.podIPs': '',
      'status.nominatedNodeName': str(status.nominatedNodeName),
    };
  },
  Event: (o) => ({
    ...Object.fromEntries(INVOLVED.map((k) => [`involvedObject.${k}`, str(at(o, 'involvedObject')[k])])),
    reason: str(o.reason),
    reportingComponent: str(o.reportingComponent),
    source: str(at(o, 'source').component) || str(o.reportingComponent),
    type: str(o.type),
  }),
  Node: (o) => ({ 'spec.unschedulable': String(at(o, 'spec').unschedulable === true) }),
  Namespace: (o) => ({ 'status.phase': str(at(o, 'status').phase) }),
  Service: (o) => ({ 'spec.clusterIP': str(at(o, 'spec').clusterIP), 'spec.type': str(at(o, 'spec').type) }),
};

function selectable(kind: string, namespaced: boolean, obj: Record<string, unknown>): Record<string, string> {
  const meta = at(obj, 'metadata');
  const own = OWN[kind];
  return {
    'metadata.name': str(meta.name),
    ...(namespaced || !own ? { 'metadata.namespace': str(meta.namespace) } : {}),
    ...own?.(obj),
  };
}

/** The API server's refusal of the first term whose field `kind` does not select on, if any. */
export function refusedField(kind: string, namespaced: boolean, terms: readonly FieldTerm[]): string | undefined {
  const known = selectable(kind, namespaced, {});
  const field = terms.find((t) => !(t.field in known))?.field;
  if (field === undefined) return undefined;
  return OWN[kind]
    ? `field label not supported: ${field}`
    : `"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`;
}

export function matchesFields(
  kind: string,
  namespaced: boolean,
  obj: AdmittedObject,
  terms: readonly FieldTerm[],
): boolean {
  if (terms.length === 0) return true;
  const fields = selectable(kind, namespaced, obj as unknown as Record<string, unknown>);
  return terms.every((t) => (fields[t.field] === t.value) === t.equal);
}
