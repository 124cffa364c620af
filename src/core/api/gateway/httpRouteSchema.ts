// HTTPRoute's spec schema (apis/v1/httproute_types.go): parentRefs, backendRefs and rules, with the
// CEL rules that tie a rule's filters to its matches; the matches and filters have their own files.
import { cel, celList, has, int, list, o, obj, open, str, type Obj } from './schemaBuilders.ts';
import { DNS_SUBDOMAIN, HOSTNAME, group, kind, namespace, objName, port } from './sharedTypes.ts';
import { filterList } from './httpRouteFilters.ts';
import { match } from './httpRouteMatches.ts';

const parentRef = obj(
  {
    group: group('gateway.networking.k8s.io'),
    kind: kind('Gateway'),
    namespace,
    name: objName,
    sectionName: str({ pattern: DNS_SUBDOMAIN, minLength: 1, maxLength: 253 }),
    port,
  },
  { required: ['name'] },
);

const sameParent = (p1: Obj, p2: Obj): boolean => {
  const noNs = (p: Obj) => !has(p, 'namespace') || p['namespace'] === '';
  return (
    p1['group'] === p2['group'] &&
    p1['kind'] === p2['kind'] &&
    p1['name'] === p2['name'] &&
    ((noNs(p1) && noNs(p2)) || (has(p1, 'namespace') && has(p2, 'namespace') && p1['namespace'] === p2['namespace']))
  );
};
const noSection = (p: Obj) => !has(p, 'sectionName') || p['sectionName'] === '';

const backendRef = obj(
  {
    group: group(''),
    kind: kind('Service'),
    name: objName,
    namespace,
    port,
    weight: int({ minimum: 0, maximum: 1000000, default: 1 }),
    filters: filterList,
  },
  {
    required: ['name'],
    rules: [
      cel('Must have port for Service reference', (s) =>
        String(s['group'] ?? '').length === 0 && s['kind'] === 'Service' ? has(s, 'port') : true,
      ),
    ],
  },
);

/** The filters of a rule (or of its backendRefs) that rewrite with replacePrefixMatch. */
const prefixRewrite = (filters: unknown, field: 'requestRedirect' | 'urlRewrite'): number =>
  (Array.isArray(filters) ? (filters as Obj[]) : []).filter((f) => {
    const p = o(o(f[field])?.['path']);
    return p !== undefined && p['type'] === 'ReplacePrefixMatch' && has(p, 'replacePrefixMatch');
  }).length;
const onePrefixMatch = (s: Obj): boolean => {
  const ms = Array.isArray(s['matches']) ? (s['matches'] as Obj[]) : [];
  return ms.length === 1 && has(ms[0], 'path') && o(ms[0]!['path'])?.['type'] === 'PathPrefix';
};
const backendRefsOf = (s: Obj): Obj[] => (Array.isArray(s['backendRefs']) ? (s['backendRefs'] as Obj[]) : []);

const rule = obj(
  {
    name: str({ pattern: DNS_SUBDOMAIN, minLength: 1, maxLength: 253 }),
    matches: list(match, { maxItems: 64, default: [{ path: { type: 'PathPrefix', value: '/' } }] }),
    filters: filterList,
    backendRefs: list(backendRef, { maxItems: 16 }),
    timeouts: open,
  },
  {
    rules: [
      cel('RequestRedirect filter must not be used together with backendRefs', (s) =>
        backendRefsOf(s).length > 0
          ? !Array.isArray(s['filters']) || (s['filters'] as Obj[]).every((f) => !has(f, 'requestRedirect'))
          : true,
      ),
      cel(
        'When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified',
        (s) => (prefixRewrite(s['filters'], 'requestRedirect') === 1 ? onePrefixMatch(s) : true),
      ),
      cel(
        'When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified',
        (s) => (prefixRewrite(s['filters'], 'urlRewrite') === 1 ? onePrefixMatch(s) : true),
      ),
      cel(
        'Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified',
        (s) =>
          backendRefsOf(s).filter((b) => prefixRewrite(b['filters'], 'requestRedirect') === 1).length === 1
            ? onePrefixMatch(s)
            : true,
      ),
      cel(
        'Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified',
        (s) =>
          backendRefsOf(s).filter((b) => prefixRewrite(b['filters'], 'urlRewrite') === 1).length === 1
            ? onePrefixMatch(s)
            : true,
      ),
    ],
  },
);

const MAX_RULES = 16;

export const httpRouteSpec = obj({
  parentRefs: list(parentRef, {
    maxItems: 32,
    rules: [
      celList(
        'sectionName must be specified when parentRefs includes 2 or more references to the same parent',
        (self) => self.every((p1) => self.every((p2) => (sameParent(p1, p2) ? noSection(p1) === noSection(p2) : true))),
      ),
      celList('sectionName must be unique when parentRefs includes 2 or more references to the same parent', (self) =>
        self.every(
          (p1) =>
            self.filter(
              (p2) =>
                sameParent(p1, p2) &&
                ((noSection(p1) && noSection(p2)) ||
                  (has(p1, 'sectionName') && has(p2, 'sectionName') && p1['sectionName'] === p2['sectionName'])),
            ).length === 1,
        ),
      ),
    ],
  }),
  hostnames: list(str({ pattern: HOSTNAME, minLength: 1, maxLength: 253 }), { maxItems: 16 }),
  rules: list(rule, {
    minItems: 1,
    maxItems: MAX_RULES,
    default: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }] }],
    rules: [
      celList(
        'While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128',
        (self) =>
          self
            .slice(0, 16)
            .reduce((n, r) => n + (Array.isArray(r['matches']) ? (r['matches'] as unknown[]).length : 0), 0) <= 128,
      ),
    ],
  }),
});
