// The Go types the API server decodes each kind into, reduced to what type checking needs: a Go
// type name for messages and, for structs, their JSON fields. `open` structs list only the fields
// the simulator reads (unknown fields are not reported there); closed structs list every field
// of the real type, so a misspelt field is a strict-decoding error as with kubectl's default
// --validate=strict (k8s.io/api types.go of each group).

export type Schema =
  | { t: 'string'; go: string }
  | { t: 'int'; go: 'int32' | 'int64' }
  | { t: 'bool' }
  | { t: 'intOrString' }
  | { t: 'map'; go: string; value: Schema }
  | { t: 'array'; go: string; item: Schema }
  | { t: 'struct'; go: string; name: string; fields: Record<string, Schema>; open: boolean }
  | { t: 'any' }
  /**
   * A v1.ResourceList's resource.Quantity: parsed and stored by the quantity plug-in (api/plugins.ts),
   * rounded up to milli as SetDefaults_ResourceList does to every list the decoder gives it.
   */
  | { t: 'quantity' };

export const str = (go = 'string'): Schema => ({ t: 'string', go });
export const i32: Schema = { t: 'int', go: 'int32' };
export const i64: Schema = { t: 'int', go: 'int64' };
export const bool: Schema = { t: 'bool' };
export const intOrString: Schema = { t: 'intOrString' };
export const any: Schema = { t: 'any' };
export const stringMap: Schema = { t: 'map', go: 'map[string]string', value: str() };
/** v1.ResourceList: every value is rounded up to milli on decoding (SetDefaults_ResourceList, pkg/apis/core/v1/defaults.go). */
export const resourceList: Schema = { t: 'map', go: 'v1.ResourceList', value: { t: 'quantity' } };

export function arr(item: Schema): Schema {
  return { t: 'array', go: `[]${goName(item)}`, item };
}

/** A struct: `go` is the package-qualified type (`v1.ServiceSpec`), `name` the bare name (`ServiceSpec`). */
export function struct(go: string, fields: Record<string, Schema>, open = false): Schema {
  return { t: 'struct', go, name: go.slice(go.indexOf('.') + 1), fields, open };
}

function goName(s: Schema): string {
  switch (s.t) {
    case 'string':
    case 'int':
    case 'map':
    case 'array':
    case 'struct':
      return s.go;
    case 'bool':
      return 'bool';
    case 'intOrString':
      return 'intstr.IntOrString';
    case 'any':
      return 'interface {}';
    case 'quantity':
      return 'resource.Quantity';
  }
}

/** metav1.OwnerReference, closed: its six fields (apimachinery pkg/apis/meta/v1/types.go). */
const ownerReference: Schema = struct('v1.OwnerReference', {
  apiVersion: str(),
  kind: str(),
  name: str(),
  uid: str('types.UID'),
  controller: bool,
  blockOwnerDeletion: bool,
});

/** core/v1 ObjectReference, closed: its seven fields (an Endpoints or EndpointSlice `targetRef`). */
export const objectReference: Schema = struct('v1.ObjectReference', {
  kind: str(),
  namespace: str(),
  name: str(),
  uid: str('types.UID'),
  apiVersion: str(),
  resourceVersion: str(),
  fieldPath: str(),
});

export const objectMeta: Schema = struct('v1.ObjectMeta', {
  name: str(),
  generateName: str(),
  namespace: str(),
  selfLink: str(),
  uid: str('types.UID'),
  resourceVersion: str(),
  generation: i64,
  creationTimestamp: any,
  deletionTimestamp: any,
  deletionGracePeriodSeconds: i64,
  labels: stringMap,
  annotations: stringMap,
  ownerReferences: arr(ownerReference),
  finalizers: arr(str()),
  managedFields: any,
});

export const labelSelector: Schema = struct('v1.LabelSelector', {
  matchLabels: stringMap,
  matchExpressions: arr(
    struct('v1.LabelSelectorRequirement', {
      key: str(),
      operator: str('v1.LabelSelectorOperator'),
      values: arr(str()),
    }),
  ),
});

/** A top-level object of a kind: TypeMeta + metadata + the given fields. */
export function topLevel(name: string, fields: Record<string, Schema>): Schema {
  return struct(`v1.${name}`, { apiVersion: str(), kind: str(), metadata: objectMeta, ...fields });
}
