// The matches of an HTTPRoute rule (apis/v1/httproute_types.go HTTPRouteMatch): path, headers,
// query parameters and method.
import type { CelRule } from '../crd/openapi.ts';
import { cel, list, obj, str, type Obj } from './schemaBuilders.ts';
import { HEADER_NAME } from './sharedTypes.ts';

const PATH_CHARS = "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$";

const EXACT_OR_PREFIX = (s: Obj) => s['type'] === 'Exact' || s['type'] === 'PathPrefix';
const VALUE = (s: Obj) => String(s['value'] ?? '');
const pathRule = (message: string, ok: (v: string) => boolean): CelRule =>
  cel(`${message} when type one of ['Exact', 'PathPrefix']`, (s) => (EXACT_OR_PREFIX(s) ? ok(VALUE(s)) : true));
const pathChars = new RegExp(PATH_CHARS);

const pathMatch = obj(
  {
    type: str({ enum: ['Exact', 'PathPrefix', 'RegularExpression'], default: 'PathPrefix' }),
    value: str({ default: '/', maxLength: 1024 }),
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

// HTTPHeaderMatch.Value is at most 4096 characters, HTTPQueryParamMatch.Value 1024; both names are
// HTTPHeaderName (256).
const nameValue = (maxValue: number) =>
  obj(
    {
      type: str({ enum: ['Exact', 'RegularExpression'], default: 'Exact' }),
      name: str({ pattern: HEADER_NAME, minLength: 1, maxLength: 256 }),
      value: str({ minLength: 1, maxLength: maxValue }),
    },
    { required: ['name', 'value'] },
  );

export const match = obj({
  path: pathMatch,
  headers: list(nameValue(4096), { maxItems: 16 }),
  queryParams: list(nameValue(1024), { maxItems: 16 }),
  method: str({ enum: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'] }),
});
