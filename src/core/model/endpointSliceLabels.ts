// The EndpointSlice labels that the controllers write and the API server, kube-proxy's view and
// kubectl read, in one place: discovery/v1's well-known labels (k8s.io/api discovery/v1
// well_known_labels.go LabelServiceName, LabelManagedBy) and the two managers' names
// (pkg/controller/endpointslice and pkg/controller/endpointslicemirroring ControllerName), which
// the API server's EndpointSlice strategy reads too (warnOnBadIPs, api/discovery/endpointSliceWarnings.ts).
export const LABEL_SERVICE_NAME = 'kubernetes.io/service-name';
export const LABEL_MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
export const ENDPOINTSLICE_CONTROLLER = 'endpointslice-controller.k8s.io';
export const MIRRORING_CONTROLLER = 'endpointslicemirroring-controller.k8s.io';
// The v1 Endpoints controller's label (pkg/controller/endpoint LabelManagedBy, ControllerName): the
// mirroring controller skips what it manages, and the API server's Endpoints strategy skips the IP
// warnings for it (endpointsWarnings, api/coreKinds/validateEndpoints.ts).
export const ENDPOINTS_MANAGED_BY = 'endpoints.kubernetes.io/managed-by';
export const ENDPOINT_CONTROLLER = 'endpoint-controller';
// discovery/v1 LabelSkipMirror: an Endpoints the mirroring controller must leave alone (the API
// server's own `kubernetes` Endpoints carries it).
export const LABEL_SKIP_MIRROR = 'endpointslice.kubernetes.io/skip-mirror';

/**
 * Whether the mirroring controller leaves an Endpoints alone by its labels alone
 * (pkg/controller/endpointslicemirroring utils.go skipMirror; and the Endpoints controller's own).
 * The mirror (controllers/endpointsMirroring.ts) and the check that a state needs it
 * (controllers/plugins.ts holdsPluginKinds) both read this.
 */
export const mirrorSkips = (labels: Readonly<Record<string, string>> | undefined): boolean =>
  labels?.[LABEL_SKIP_MIRROR] === 'true' || labels?.[ENDPOINTS_MANAGED_BY] === ENDPOINT_CONTROLLER;
