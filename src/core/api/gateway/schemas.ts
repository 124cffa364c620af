// The Gateway API CRDs' structural schemas, the part the playground checks: types, enums, patterns,
// bounds, required fields, defaults and the x-kubernetes-validations (CEL) rules with their exact
// messages, from kubernetes-sigs/gateway-api v1.6.1 config/crd/standard/
// gateway.networking.k8s.io_{gatewayclasses,gateways,httproutes,referencegrants}.yaml (generated
// from apis/v1/*_types.go kubebuilder markers). Sub-objects the simulator does not model (TLS
// options, infrastructure, CORS, request mirroring, timeouts, response header modifier,
// parametersRef) are `open`: accepted as written, unchecked. docs/gateway-api.md §2 lists what is checked.
import type { CelRule, OSchema } from '../crd/openapi.ts';

/** The Gateway API release whose standard-channel CRDs the playground serves. */
export const GATEWAY_API_VERSION = 'v1.6.1';

type Obj = Record<string, unknown>;
type Rule = (self: Obj) => boolean;
type ListRule = (self: Obj[]) => boolean;

const cel = (message: string, holds: Rule): CelRule => ({ message, holds: holds as (self: never) => boolean });
const celList = (message: string, holds: ListRule): CelRule => ({
  message,
  holds: holds as (self: never) => boolean,
});
const has = (o: Obj | undefined, k: string): boolean => o !== undefined && o[k] !== undefined;
const o = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null ? (v as Obj) : undefined);

// Patterns of apis/v1/shared_types.go (Hostname, PreciseHostname, SectionName, Group, Kind, Namespace, HeaderName, GatewayController).
const DNS_SUBDOMAIN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
const HOSTNAME = '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
const GROUP = '^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
const KIND = '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$';
const NAMESPACE = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
const HEADER_NAME = "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$";
const CONTROLLER =
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$";
const PROTOCOL =
  '^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$';
const PATH_CHARS = "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$";

const str = (extra: Partial<OSchema> = {}): OSchema => ({ type: 'string', ...extra });
const int = (extra: Partial<OSchema> = {}): OSchema => ({ type: 'integer', ...extra });
const obj = (properties: Record<string, OSchema>, extra: Partial<OSchema> = {}): OSchema => ({
  type: 'object',
  properties,
  ...extra,
});
const list = (items: OSchema, extra: Partial<OSchema> = {}): OSchema => ({ type: 'array', items, ...extra });
const open: OSchema = { type: 'object', open: true };

const group = (def?: string) => str({ pattern: GROUP, ...(def !== undefined ? { default: def } : {}) });
const kind = (def?: string) => str({ pattern: KIND, minLength: 1, ...(def !== undefined ? { default: def } : {}) });
const objName = str({ minLength: 1 });
const namespace = str({ pattern: NAMESPACE, minLength: 1 });
const port = int({ minimum: 1, maximum: 65535 });

const labelSelector = obj({
  matchLabels: { type: 'object', additionalProperties: str() },
  matchExpressions: list(obj({ key: str(), operator: str(), values: list(str()) }, { required: ['key', 'operator'] })),
});

// ---- GatewayClass (apis/v1/gatewayclass_types.go) ----
export const gatewayClassSpec = obj(
  {
    controllerName: str({ pattern: CONTROLLER, minLength: 1 }),
    description: str(),
    parametersRef: open,
  },
  { required: ['controllerName'] },
);

// ---- Gateway (apis/v1/gateway_types.go) ----
const allowedRoutes = obj(
  {
    namespaces: obj(
      { from: str({ enum: ['All', 'Selector', 'Same'], default: 'Same' }), selector: labelSelector },
      {
        default: { from: 'Same' },
      },
    ),
    kinds: list(obj({ group: group('gateway.networking.k8s.io'), kind: kind() }, { required: ['kind'] }), {
      maxItems: 8,
    }),
  },
  { default: { namespaces: { from: 'Same' } } },
);

const listener = obj(
  {
    name: str({ pattern: DNS_SUBDOMAIN, minLength: 1 }),
    hostname: str({ pattern: HOSTNAME, minLength: 1 }),
    port,
    protocol: str({ pattern: PROTOCOL, minLength: 1 }),
    tls: open,
    allowedRoutes,
  },
  { required: ['name', 'port', 'protocol'] },
);

const proto = (l: Obj) => String(l['protocol']);
const hostOf = (l: Obj) => l['hostname'];

export const gatewaySpec = obj(
  {
    gatewayClassName: str({ minLength: 1 }),
    listeners: list(listener, {
      minItems: 1,
      maxItems: 64,
      rules: [
        celList("tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']", (self) =>
          self.every((l) => (['HTTP', 'TCP', 'UDP'].includes(proto(l)) ? !has(l, 'tls') : true)),
        ),
        celList('tls mode must be Terminate for protocol HTTPS', (self) =>
          self.every((l) => {
            const mode = o(l['tls'])?.['mode'];
            return proto(l) === 'HTTPS' && has(l, 'tls')
              ? mode === undefined || mode === '' || mode === 'Terminate'
              : true;
          }),
        ),
        celList('tls mode must be set for protocol TLS', (self) =>
          self.every((l) => {
            const mode = o(l['tls'])?.['mode'];
            return proto(l) === 'TLS' ? mode !== undefined && mode !== '' : true;
          }),
        ),
        celList("hostname must not be specified for protocols ['TCP', 'UDP']", (self) =>
          self.every((l) => (['TCP', 'UDP'].includes(proto(l)) ? !has(l, 'hostname') || hostOf(l) === '' : true)),
        ),
        celList('Listener name must be unique within the Gateway', (self) =>
          self.every((l1) => self.filter((l2) => l1['name'] === l2['name']).length === 1),
        ),
        celList('Combination of port, protocol and hostname must be unique for each listener', (self) =>
          self.every(
            (l1) =>
              self.filter(
                (l2) =>
                  l1['port'] === l2['port'] &&
                  l1['protocol'] === l2['protocol'] &&
                  (has(l1, 'hostname') && has(l2, 'hostname')
                    ? l1['hostname'] === l2['hostname']
                    : !has(l1, 'hostname') && !has(l2, 'hostname')),
              ).length === 1,
          ),
        ),
      ],
    }),
    addresses: list(obj({ type: str({ default: 'IPAddress', minLength: 1 }), value: str() }), { maxItems: 16 }),
    infrastructure: open,
    allowedListeners: open,
    tls: open,
  },
  { required: ['gatewayClassName', 'listeners'] },
);

// ---- HTTPRoute (apis/v1/httproute_types.go) ----
const parentRef = obj(
  {
    group: group('gateway.networking.k8s.io'),
    kind: kind('Gateway'),
    namespace,
    name: objName,
    sectionName: str({ pattern: DNS_SUBDOMAIN, minLength: 1 }),
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

const headerMods = obj({
  set: list(
    obj(
      { name: str({ pattern: HEADER_NAME, minLength: 1 }), value: str({ minLength: 1 }) },
      { required: ['name', 'value'] },
    ),
    {
      maxItems: 16,
    },
  ),
  add: list(
    obj(
      { name: str({ pattern: HEADER_NAME, minLength: 1 }), value: str({ minLength: 1 }) },
      { required: ['name', 'value'] },
    ),
    {
      maxItems: 16,
    },
  ),
  remove: list(str(), { maxItems: 16 }),
});

const pathModifier = obj(
  {
    type: str({ enum: ['ReplaceFullPath', 'ReplacePrefixMatch'] }),
    replaceFullPath: str(),
    replacePrefixMatch: str(),
  },
  {
    required: ['type'],
    rules: [
      cel("replaceFullPath must be specified when type is set to 'ReplaceFullPath'", (s) =>
        s['type'] === 'ReplaceFullPath' ? has(s, 'replaceFullPath') : true,
      ),
      cel("type must be 'ReplaceFullPath' when replaceFullPath is set", (s) =>
        has(s, 'replaceFullPath') ? s['type'] === 'ReplaceFullPath' : true,
      ),
      cel("replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'", (s) =>
        s['type'] === 'ReplacePrefixMatch' ? has(s, 'replacePrefixMatch') : true,
      ),
      cel("type must be 'ReplacePrefixMatch' when replacePrefixMatch is set", (s) =>
        has(s, 'replacePrefixMatch') ? s['type'] === 'ReplacePrefixMatch' : true,
      ),
    ],
  },
);

const FILTER_FIELDS: readonly [string, string][] = [
  ['cors', 'CORS'],
  ['requestHeaderModifier', 'RequestHeaderModifier'],
  ['responseHeaderModifier', 'ResponseHeaderModifier'],
  ['requestMirror', 'RequestMirror'],
  ['requestRedirect', 'RequestRedirect'],
  ['urlRewrite', 'URLRewrite'],
  ['extensionRef', 'ExtensionRef'],
];

const filter = obj(
  {
    type: str({
      enum: [
        'RequestHeaderModifier',
        'ResponseHeaderModifier',
        'RequestMirror',
        'RequestRedirect',
        'URLRewrite',
        'ExtensionRef',
        'CORS',
      ],
    }),
    requestHeaderModifier: headerMods,
    responseHeaderModifier: open,
    requestMirror: open,
    requestRedirect: obj({
      scheme: str({ enum: ['http', 'https'] }),
      hostname: str({ pattern: DNS_SUBDOMAIN, minLength: 1 }),
      path: pathModifier,
      port,
      statusCode: int({ enum: [301, 302, 303, 307, 308], default: 302 }),
    }),
    urlRewrite: obj({ hostname: str({ pattern: DNS_SUBDOMAIN, minLength: 1 }), path: pathModifier }),
    extensionRef: open,
    cors: open,
  },
  {
    required: ['type'],
    rules: FILTER_FIELDS.flatMap(([f, t]) => [
      cel(`filter.${f} must be nil if the filter.type is not ${t}`, (s) => !(has(s, f) && s['type'] !== t)),
      cel(`filter.${f} must be specified for ${t} filter.type`, (s) => !(!has(s, f) && s['type'] === t)),
    ]),
  },
);

const filterList = list(filter, {
  maxItems: 16,
  rules: [
    celList(
      'May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both',
      (self) => !(self.some((f) => f['type'] === 'RequestRedirect') && self.some((f) => f['type'] === 'URLRewrite')),
    ),
    ...['CORS', 'RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestRedirect', 'URLRewrite'].map((t) =>
      celList(`${t} filter cannot be repeated`, (self) => self.filter((f) => f['type'] === t).length <= 1),
    ),
  ],
});

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

const EXACT_OR_PREFIX = (s: Obj) => s['type'] === 'Exact' || s['type'] === 'PathPrefix';
const VALUE = (s: Obj) => String(s['value'] ?? '');
const pathRule = (message: string, ok: (v: string) => boolean): CelRule =>
  cel(`${message} when type one of ['Exact', 'PathPrefix']`, (s) => (EXACT_OR_PREFIX(s) ? ok(VALUE(s)) : true));
const pathChars = new RegExp(PATH_CHARS);

const pathMatch = obj(
  {
    type: str({ enum: ['Exact', 'PathPrefix', 'RegularExpression'], default: 'PathPrefix' }),
    value: str({ default: '/' }),
  },
  {
    default: { type: 'PathPrefix', value: '/' },
    rules: [
      pathRule("value must be an absolute path and start with '/'", (v) => v.startsWith('/')),
      pathRule("must not contain '//'", (v) => !v.includes('//')),
      pathRule("must not contain '/./'", (v) => !v.includes('/./')),
      pathRule("must not contain '/../'", (v) => !v.includes('/../')),
      pathRule("must not contain '%2f'", (v) => !v.includes('%2f')),
      pathRule("must not contain '%2F'", (v) => !v.includes('%2F')),
      pathRule("must not contain '#'", (v) => !v.includes('#')),
      pathRule("must not end with '/..'", (v) => !v.endsWith('/..')),
      pathRule("must not end with '/.'", (v) => !v.endsWith('/.')),
      cel("type must be one of ['Exact', 'PathPrefix', 'RegularExpression']", (s) =>
        ['Exact', 'PathPrefix', 'RegularExpression'].includes(String(s['type'])),
      ),
      cel(
        "must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']",
        (s) => (EXACT_OR_PREFIX(s) ? pathChars.test(VALUE(s)) : true),
      ),
    ],
  },
);

const nameValue = (maxValue: 'header' | 'query') =>
  obj(
    {
      type: str({ enum: ['Exact', 'RegularExpression'], default: 'Exact' }),
      name: str({ pattern: HEADER_NAME, minLength: 1 }),
      value: str({ minLength: 1 }),
    },
    { required: maxValue === 'header' ? ['name', 'value'] : ['name', 'value'] },
  );

const match = obj({
  path: pathMatch,
  headers: list(nameValue('header'), { maxItems: 16 }),
  queryParams: list(nameValue('query'), { maxItems: 16 }),
  method: str({ enum: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'] }),
});

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
    name: str({ pattern: DNS_SUBDOMAIN, minLength: 1 }),
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

export const MAX_RULES = 16;

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
  hostnames: list(str({ pattern: HOSTNAME, minLength: 1 }), { maxItems: 16 }),
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

// ---- ReferenceGrant (apis/v1beta1/referencegrant_types.go) ----
export const referenceGrantSpec = obj(
  {
    from: list(obj({ group: group(), kind: kind(), namespace }, { required: ['group', 'kind', 'namespace'] }), {
      minItems: 1,
      maxItems: 16,
    }),
    to: list(obj({ group: group(), kind: kind(), name: objName }, { required: ['group', 'kind'] }), {
      minItems: 1,
      maxItems: 16,
    }),
  },
  { required: ['from', 'to'] },
);

/** Each kind's top-level schema: spec required where the CRD says so (Gateway, GatewayClass, HTTPRoute, ReferenceGrant all require spec). */
export const GATEWAY_API_SPECS: Readonly<Record<string, OSchema>> = {
  GatewayClass: gatewayClassSpec,
  Gateway: gatewaySpec,
  HTTPRoute: httpRouteSpec,
  ReferenceGrant: referenceGrantSpec,
};
