// ReferenceGrant's spec schema (apis/v1beta1/referencegrant_types.go).
import { list, obj } from './schemaBuilders.ts';
import { group, kind, namespace, objName } from './sharedTypes.ts';

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
