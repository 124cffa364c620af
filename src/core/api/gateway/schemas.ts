// The Gateway API CRDs' structural schemas, the part the playground checks: types, enums, patterns,
// bounds, required fields, defaults and the x-kubernetes-validations (CEL) rules with their exact
// messages, from kubernetes-sigs/gateway-api v1.6.1 config/crd/standard/
// gateway.networking.k8s.io_{gatewayclasses,gateways,httproutes,referencegrants}.yaml (generated
// from apis/v1/*_types.go kubebuilder markers). Sub-objects the simulator does not model (TLS
// options, infrastructure, CORS, request mirroring, timeouts, response header modifier,
// parametersRef) are `open`: accepted as written, unchecked. docs/gateway-api.md §2 lists what is checked.
// Each kind's schema has its own file (gatewayClassSchema.ts, gatewaySchema.ts, httpRouteSchema.ts with
// httpRouteMatches.ts and httpRouteFilters.ts, referenceGrantSchema.ts), over the shared field types
// (sharedTypes.ts) and the schema vocabulary (schemaBuilders.ts).
import type { OSchema } from '../crd/openapi.ts';
import { gatewayClassSpec } from './gatewayClassSchema.ts';
import { gatewaySpec } from './gatewaySchema.ts';
import { httpRouteSpec } from './httpRouteSchema.ts';
import { referenceGrantSpec } from './referenceGrantSchema.ts';

/** The Gateway API release whose standard-channel CRDs the playground serves. */
export const GATEWAY_API_VERSION = 'v1.6.1';

/** Each kind's top-level schema: spec required where the CRD says so (Gateway, GatewayClass, HTTPRoute, ReferenceGrant all require spec). */
export const GATEWAY_API_SPECS: Readonly<Record<string, OSchema>> = {
  GatewayClass: gatewayClassSpec,
  Gateway: gatewaySpec,
  HTTPRoute: httpRouteSpec,
  ReferenceGrant: referenceGrantSpec,
};
