// The filters of an HTTPRoute rule and of its backendRefs (apis/v1/httproute_types.go HTTPRouteFilter).
import { cel, celList, has, int, list, obj, open, str } from './schemaBuilders.ts';
import { DNS_SUBDOMAIN, HEADER_NAME, port } from './sharedTypes.ts';

// RequestHeaderModifier's set and add: HTTPHeader entries (name 256, value 4096), at most 16 each.
const headers = list(
  obj(
    {
      name: str({ pattern: HEADER_NAME, minLength: 1, maxLength: 256 }),
      value: str({ minLength: 1, maxLength: 4096 }),
    },
    { required: ['name', 'value'] },
  ),
  { maxItems: 16 },
);

const headerMods = obj({
  set: headers,
  add: headers,
  remove: list(str(), { maxItems: 16 }),
});

const pathModifier = obj(
  {
    type: str({ enum: ['ReplaceFullPath', 'ReplacePrefixMatch'] }),
    replaceFullPath: str({ maxLength: 1024 }),
    replacePrefixMatch: str({ maxLength: 1024 }),
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
      hostname: str({ pattern: DNS_SUBDOMAIN, minLength: 1, maxLength: 253 }),
      path: pathModifier,
      port,
      statusCode: int({ enum: [301, 302, 303, 307, 308], default: 302 }),
    }),
    urlRewrite: obj({ hostname: str({ pattern: DNS_SUBDOMAIN, minLength: 1, maxLength: 253 }), path: pathModifier }),
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

export const filterList = list(filter, {
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
