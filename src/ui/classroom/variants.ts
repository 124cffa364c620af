// Scenario variants for compare mode: the same YAML with one Service setting changed, written
// as a text edit so comments and everything else stay as the user wrote them. Pure.
// Field rules: externalTrafficPolicy applies to NodePort and LoadBalancer Services only
// (pkg/apis/core/validation/validation.go validateServiceExternalTrafficPolicy); sessionAffinity
// ClientIP is set only where kube-proxy programs it: Services with a selector and a cluster IP
// (not headless, not ExternalName).

export type VariantId = 'local' | 'nodeport' | 'affinity';
/** Compare's choices: a field variant, or the learner's edit against the open lesson step's start. */
export type CompareChoice = VariantId | 'lesson';

/** A variant: the field it changes and its value on each side (the title is worded in the page's language, `classroom.variantTitle`). */
export interface Variant {
  id: VariantId;
  field: string;
  left: string;
  right: string;
}

export const VARIANTS: readonly Variant[] = [
  { id: 'local', field: 'externalTrafficPolicy', left: 'Cluster', right: 'Local' },
  { id: 'nodeport', field: 'type', left: 'ClusterIP', right: 'NodePort' },
  { id: 'affinity', field: 'sessionAffinity', left: 'None', right: 'ClientIP' },
];

function splitDocs(yaml: string): string[] {
  return yaml.split(/(?=^---[^\S\n]*$)/m);
}

const isService = (doc: string): boolean => /^kind:\s*Service\s*$/m.test(doc);
const typeOf = (doc: string): string => /^\s+type:\s*(\w+)/m.exec(doc.slice(doc.search(/^spec:/m)))?.[1] ?? 'ClusterIP';

/** A Service kube-proxy balances: it has a selector and a cluster IP (not headless, not ExternalName). */
const proxied = (doc: string): boolean =>
  /^\s+selector:/m.test(doc) && typeOf(doc) !== 'ExternalName' && !/^\s+clusterIP:\s*["']?None/m.test(doc);

/** Sets `spec.<key>: <value>` in a Service document: replaces the line, or adds it after `spec:`. */
function setSpecField(doc: string, key: string, value: string): string {
  const spec = doc.search(/^spec:\s*$/m);
  if (spec < 0) return doc;
  const head = doc.slice(0, spec);
  const body = doc.slice(spec);
  const existing = new RegExp(`^(\\s+)${key}:.*$`, 'm');
  if (existing.test(body)) return head + body.replace(existing, `$1${key}: ${value}`);
  const indent = /^spec:\s*\n([ ]+)\S/m.exec(body)?.[1] ?? '  ';
  return head + body.replace(/^spec:\s*\n/m, (m) => `${m}${indent}${key}: ${value}\n`);
}

/** The two sides of a variant: `left` is the scenario as the variant's left column, `right` changed. */
export function makeVariant(yaml: string, id: VariantId): { left: string; right: string; changed: number } {
  let changed = 0;
  const docs = splitDocs(yaml);
  const left = docs.map((d) => {
    if (!isService(d)) return d;
    if (id === 'local' && /NodePort|LoadBalancer/.test(typeOf(d)))
      return setSpecField(d, 'externalTrafficPolicy', 'Cluster');
    if (id === 'affinity' && proxied(d)) return setSpecField(d, 'sessionAffinity', 'None');
    return d;
  });
  const right = docs.map((d) => {
    if (!isService(d)) return d;
    const type = typeOf(d);
    if (id === 'local' && (type === 'NodePort' || type === 'LoadBalancer')) {
      changed++;
      return setSpecField(d, 'externalTrafficPolicy', 'Local');
    }
    if (id === 'affinity' && proxied(d)) {
      changed++;
      return setSpecField(d, 'sessionAffinity', 'ClientIP');
    }
    if (id === 'nodeport' && type === 'ClusterIP' && /^\s+selector:/m.test(d)) {
      changed++;
      return setSpecField(d, 'type', 'NodePort');
    }
    return d;
  });
  return { left: left.join(''), right: right.join(''), changed };
}
